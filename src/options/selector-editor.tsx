/**
 * The user's own CSS selectors for one site. Each is checked when entered (`checkSelector`);
 * an invalid one is explained and never saved.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { countOnOpenTabs } from './selector-matches';
import { checkSelector } from '../settings/repair';
import { LIMITS, siteSettings } from '../settings/schema';
import { t } from '../ui/i18n';
import type { SectionProps } from './section-props';

/** The reason a selector cannot be added, or null. Pure, so it is unit-tested. */
export function selectorProblem(input: string, existing: readonly string[]): string | null {
  if (!input.trim()) return t('selectorEmpty');
  const err = checkSelector(input);
  if (err) return t('selectorInvalid', input.trim(), err);
  if (existing.includes(input.trim())) return t('selectorDuplicate');
  if (existing.length >= LIMITS.selectorsPerSite) return t('selectorTooMany', LIMITS.selectorsPerSite);
  return null;
}

export function SelectorEditor(props: SectionProps & { siteKey: string; siteName: string }) {
  const { settings, update, siteKey, siteName } = props;
  const list = siteSettings(settings, siteKey).customSelectors;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  const errId = useId();
  const hintId = useId();
  // Per selector: matches on the site's open tabs (null: no open tab to ask).
  const [matches, setMatches] = useState<Record<string, number | null>>({});
  const key = list.join('\n');
  useEffect(() => {
    let live = true;
    void Promise.all(list.map((sel) => countOnOpenTabs(siteKey, sel))).then((counts) => {
      if (live) setMatches(Object.fromEntries(list.map((sel, i) => [sel, counts[i]])));
    });
    return () => {
      live = false;
    };
  }, [key, siteKey]);

  const add = (e: Event) => {
    e.preventDefault();
    const problem = selectorProblem(draft, list);
    setError(problem ?? '');
    if (problem) return;
    const sel = draft.trim();
    setDraft('');
    void update((s) => {
      const cur = siteSettings(s, siteKey);
      s.sites[siteKey] = { ...cur, customSelectors: [...cur.customSelectors, sel] };
    });
  };

  return (
    <details class="selectors" open={list.length > 0}>
      <summary>{t('selectorsSummary', list.length)}</summary>
      {list.length > 0 && (
        <ul class="selector-list" aria-label={t('selectorsListLabel', siteName)}>
          {list.map((sel) => (
            <li key={sel}>
              <code>{sel}</code>
              {matches[sel] === 0 && <span class="field-error inline">{t('selectorMatchesNothing', siteName)}</span>}
              {typeof matches[sel] === 'number' && matches[sel]! > 0 && <span class="hint inline">{t('selectorMatches', String(matches[sel]))}</span>}
              <button
                type="button"
                class="link"
                aria-label={t('selectorRemoveLabel', sel)}
                onClick={() =>
                  void update((s) => {
                    const cur = siteSettings(s, siteKey);
                    s.sites[siteKey] = { ...cur, customSelectors: cur.customSelectors.filter((x) => x !== sel) };
                  })
                }
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label for={id}>{t('selectorLabel', siteName)}</label>
          <input
            id={id}
            type="text"
            spellcheck={false}
            autoComplete="off"
            value={draft}
            maxLength={LIMITS.selectorLength}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${errId} ${hintId}` : hintId}
            onInput={(e) => {
              setDraft((e.currentTarget as HTMLInputElement).value);
              if (error) setError('');
            }}
          />
          <p class="hint" id={hintId}>
            {t('selectorHint')}
          </p>
        </div>
        <button type="submit">{t('selectorAdd')}</button>
      </form>
      <p id={errId} class="field-error" role="alert">
        {error}
      </p>
    </details>
  );
}
