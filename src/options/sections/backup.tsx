/** Export, import, sync and reset. An import is all or nothing: a bad file changes nothing. */
import { useId, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { exportFileName, exportSettings, MAX_IMPORT_BYTES, parseImport } from '../../settings/import-export';
import { defaultSettings } from '../../settings/schema';
import { Notice, Switch } from '../../ui/components';
import { t } from '../../ui/i18n';
import type { SettingsApi } from '../../ui/use-settings';
import type { SectionProps } from '../section-props';
import { originPattern } from './custom-sites';
import { download } from '../../ui/download';

type Outcome = { kind: 'ok'; text: string; list: string[] } | { kind: 'error'; text: string; list: string[] } | null;

export function BackupSection(props: SectionProps & Pick<SettingsApi, 'replace' | 'syncError'>) {
  const { settings, update, replace, syncError } = props;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileId = useId();
  const yesRef = useRef<HTMLButtonElement>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOutcome(null);
    let r;
    if (file.size > MAX_IMPORT_BYTES) r = parseImport('x'.repeat(MAX_IMPORT_BYTES + 1));
    else r = parseImport(await file.text().catch(() => ''));
    if (!r.ok) return setOutcome({ kind: 'error', text: t('importBad', file.name), list: r.errors });
    const saved = await replace(r.settings);
    if (!saved) return setOutcome({ kind: 'error', text: t('importBad', file.name), list: [] });
    setOutcome({ kind: 'ok', text: r.warnings.length ? t('importOkWarnings') : t('importOk'), list: r.warnings });
  };

  const reset = async () => {
    setConfirmReset(false);
    const origins = settings.customSites.map((c) => originPattern(c.origin));
    await replace(defaultSettings());
    if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
    setOutcome({ kind: 'ok', text: t('resetDone'), list: [] });
  };

  return (
    <section id="backup" aria-labelledby="backup-h" class="panel">
      <h2 id="backup-h">{t('backupHeading')}</h2>
      <Switch
        label={t('syncLabel')}
        hint={t('syncHint')}
        checked={settings.sync}
        onChange={(on) => void update((s) => void (s.sync = on))}
      />
      {syncError && <Notice kind="error">{t('syncFailed', syncError)}</Notice>}
      <div class="button-row">
        <button type="button" onClick={() => download(exportFileName(), 'application/json', exportSettings(settings))}>
          {t('exportButton')}
        </button>
        <span class="file-button">
          <input
            id={fileId}
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
          <label for={fileId} class="button">
            {t('importButton')}
          </label>
        </span>
        {confirmReset ? null : (
          <button type="button" class="danger" onClick={() => { setConfirmReset(true); setTimeout(() => yesRef.current?.focus()); }}>
            {t('resetButton')}
          </button>
        )}
      </div>
      {confirmReset && (
        <div class="confirm" role="group" aria-labelledby="reset-q">
          <p id="reset-q">{t('resetConfirm')}</p>
          <button type="button" class="danger" ref={yesRef} onClick={() => void reset()}>
            {t('resetYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmReset(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {outcome?.kind === 'ok' && (
          <div class="notice notice-ok" data-outcome="ok">
            {outcome.text}
            {outcome.list.length > 0 && <ul>{outcome.list.map((w) => <li key={w}>{w}</li>)}</ul>}
          </div>
        )}
      </div>
      <div role="alert">
        {outcome?.kind === 'error' && (
          <div class="notice notice-error" data-outcome="error">
            {outcome.text}
            {outcome.list.length > 0 && <ul>{outcome.list.map((w) => <li key={w}>{w}</li>)}</ul>}
          </div>
        )}
      </div>
    </section>
  );
}
