/** The pause before posting: where, what it asks, how long it waits, and what it keeps. */
import { useId, useState } from 'preact/hooks';
import { offersPause, sites } from '../../sites';
import { DEFAULT_QUESTION, LIMITS } from '../../settings/schema';
import { Switch, TextField } from '../../ui/components';
import { t } from '../../ui/i18n';
import type { SectionProps } from '../section-props';

/** Parses the delay field: whole seconds 0–60, or null. Pure, so it is unit-tested. */
export function parseDelay(text: string): number | null {
  if (!/^\s*\d{1,2}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 0 && n <= LIMITS.maxDelaySeconds ? n : null;
}

function DelayField({ value, onSave }: { value: number; onSave: (n: number) => void }) {
  const id = useId();
  const errId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const bad = draft !== null && parseDelay(draft) === null;
  return (
    <div class="field narrow">
      <label for={id}>{t('pauseDelay')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={LIMITS.maxDelaySeconds}
        step={1}
        value={draft ?? String(value)}
        aria-invalid={bad ? 'true' : undefined}
        aria-describedby={bad ? errId : undefined}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setDraft(v);
          const n = parseDelay(v);
          if (n !== null) onSave(n);
        }}
        onBlur={() => setDraft(null)}
      />
      {bad && (
        <p class="field-error" id={errId} role="alert">
          {t('pauseDelayInvalid', LIMITS.maxDelaySeconds)}
        </p>
      )}
    </div>
  );
}

export function PauseSection({ settings, update }: SectionProps) {
  const p = settings.pause;
  // Offered only where the pause works: registry sites with a composer (each has a composer
  // fixture the pause e2e passes, checked by src/sites/pause-offered.test.ts) and sites the user
  // added (the composer recogniser).
  const all = [...sites.filter(offersPause).map((s) => ({ key: s.id, name: s.name })), ...settings.customSites.map((c) => ({ key: c.origin, name: c.name }))];
  return (
    <section id="pause" aria-labelledby="pause-h" class="panel">
      <h2 id="pause-h">{t('pauseHeading')}</h2>
      <p class="hint">{t('pauseIntro')}</p>
      <fieldset>
        <legend>{t('pauseSitesLegend')}</legend>
        <div class="kinds-grid">
        {all.map((s) => (
          <Switch
            key={s.key}
            label={t('pauseOn', s.name)}
            checked={p.sites[s.key] === true}
            onChange={(on) => void update((x) => void (x.pause.sites[s.key] = on))}
          />
        ))}
        </div>
      </fieldset>
      <TextField
        label={t('pauseQuestion')}
        value={p.question}
        maxLength={LIMITS.questionLength}
        hint={t('pauseQuestionHint', DEFAULT_QUESTION)}
        onSave={(v) => void update((x) => void (x.pause.question = v))}
      />
      <TextField
        label={t('pauseSecondLine')}
        value={p.secondLine}
        maxLength={LIMITS.secondLineLength}
        onSave={(v) => void update((x) => void (x.pause.secondLine = v))}
      />
      <DelayField value={p.delaySeconds} onSave={(n) => void update((x) => void (x.pause.delaySeconds = n))} />
      <Switch label={t('pauseAskReason')} checked={p.askReason} onChange={(on) => void update((x) => void (x.pause.askReason = on))} />
      <Switch
        label={t('pauseJournal')}
        hint={t('pauseJournalHint')}
        checked={p.journal}
        onChange={(on) => void update((x) => void (x.pause.journal = on))}
      />
      <Switch
        label={t('pauseChat')}
        hint={t('pauseChatHint')}
        name="pause-chat"
        checked={p.chat}
        onChange={(on) => void update((x) => void (x.pause.chat = on))}
      />
    </section>
  );
}
