/**
 * Sites the user adds. Adding asks the browser for that one host (the request must come straight
 * from the click), then saves the site; the background registers the content script there.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { findSiteForUrl, getSite } from '../../sites';
import { normalizeOrigin } from '../../settings/repair';
import { LIMITS, type Settings } from '../../settings/schema';
import { Notice } from '../../ui/components';
import { t } from '../../ui/i18n';
import { SiteControls } from './sites';
import type { SectionProps } from '../section-props';

export const originPattern = (origin: string) => `${origin}/*`;

/** Why an address cannot be added, or its origin. Pure, so it is unit-tested. */
export function checkNewSite(input: string, settings: Settings): { origin: string } | { error: string } {
  const origin = normalizeOrigin(input);
  if (!origin) return { error: t('customInvalid') };
  const supported = findSiteForUrl(`${origin}/`);
  if (supported) return { error: t('customSupported', supported.name) };
  if (settings.customSites.some((c) => c.origin === origin)) return { error: t('customDuplicate') };
  if (settings.customSites.length >= LIMITS.customSites) return { error: t('customTooMany', LIMITS.customSites) };
  return { origin };
}

function usePermissions(origins: string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = origins.join(' ');
  useEffect(() => {
    let live = true;
    const check = () =>
      void Promise.all(origins.map((o) => browser.permissions.contains({ origins: [originPattern(o)] }).catch(() => false))).then(
        (r) => live && setGranted(Object.fromEntries(origins.map((o, i) => [o, r[i]]))),
      );
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key]);
  return granted;
}

export function CustomSitesSection(props: SectionProps & { prefill?: string }) {
  const { settings, update } = props;
  const [draft, setDraft] = useState(props.prefill ?? '');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const id = useId();
  const errId = useId();
  const granted = usePermissions(settings.customSites.map((c) => c.origin));

  const add = (e: Event) => {
    e.preventDefault();
    setDone('');
    const r = checkNewSite(draft, settings);
    if ('error' in r) return setError(r.error);
    setError('');
    const origin = r.origin;
    // First thing in the handler: the browser only shows the request during a user action.
    void browser.permissions.request({ origins: [originPattern(origin)] }).then(
      async (ok) => {
        if (!ok) return setError(t('customDenied', origin));
        await update((s) => {
          if (!s.customSites.some((c) => c.origin === origin)) s.customSites.push({ origin, name: new URL(origin).hostname });
        });
        setDraft('');
        setDone(t('customAdded', new URL(origin).hostname));
      },
      (err: unknown) => setError(`${t('customDenied', origin)} (${err instanceof Error ? err.message : String(err)})`),
    );
  };

  const remove = (origin: string) => {
    void update((s) => {
      s.customSites = s.customSites.filter((c) => c.origin !== origin);
      delete s.sites[origin];
      delete s.pause.sites[origin];
    }).then(() => browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false));
  };

  return (
    <section id="custom-sites" aria-labelledby="custom-h" class="panel">
      <h2 id="custom-h">{t('customHeading')}</h2>
      <p class="hint">{t('customIntro')}</p>
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label for={id}>{t('customOriginLabel')}</label>
          <input
            id={id}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="mastodon.social"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errId : undefined}
            onInput={(e) => {
              setDraft((e.currentTarget as HTMLInputElement).value);
              if (error) setError('');
            }}
          />
        </div>
        <button type="submit" class="primary">
          {t('customAdd')}
        </button>
      </form>
      <p id={errId} class="field-error" role="alert">
        {error}
      </p>
      {done && <Notice kind="ok">{done}</Notice>}
      {settings.customSites.length === 0 ? (
        <p class="empty">{t('customNone')}</p>
      ) : (
        settings.customSites.map((c) => (
          <article key={c.origin} class="site" aria-labelledby={`custom-${c.origin}`}>
            <div class="site-head">
              <h3 id={`custom-${c.origin}`}>
                {c.name} <span class="hint inline">{c.origin}</span>
                {/* A site running a known platform gets that platform's rules (issue 20). */}
                {c.platform && getSite(c.platform) && <span class="badge">{t('customPlatform', getSite(c.platform)!.name)}</span>}
              </h3>
              <button type="button" class="danger" aria-label={t('customRemoveLabel', c.name)} onClick={() => remove(c.origin)}>
                {t('remove')}
              </button>
            </div>
            {granted[c.origin] === false && (
              <Notice kind="error">
                {t('customNoPermission')}{' '}
                <button
                  type="button"
                  onClick={() => void browser.permissions.request({ origins: [originPattern(c.origin)] }).catch(() => false)}
                >
                  {t('customAllow')}
                </button>
              </Notice>
            )}
            <SiteControls {...props} siteKey={c.origin} name={c.name} />
          </article>
        ))
      )}
    </section>
  );
}
