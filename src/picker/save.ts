/**
 * Saving a picked selector: validated, appended to the site's custom selectors. The engine
 * watches settings and applies it at once, on this tab and every other.
 */
import { checkSelector } from '../settings/repair';
import { LIMITS, siteSettings } from '../settings/schema';
import { loadSettings, updateSettings } from '../settings/storage';

export type SaveResult = { ok: true; message: string } | { ok: false; error: string };

export async function saveCustomSelector(siteKey: string, selector: string): Promise<SaveResult> {
  const sel = selector.trim();
  const err = checkSelector(sel);
  if (err) return { ok: false, error: `Not saved: the selector ${err}.` };
  let problem: string | null = null;
  let already = false;
  let syncError: string | undefined;
  try {
    ({ syncError } = await updateSettings((s) => {
      const cur = siteSettings(s, siteKey);
      if (cur.customSelectors.includes(sel)) {
        already = true;
        return;
      }
      if (cur.customSelectors.length >= LIMITS.selectorsPerSite) {
        problem = `Not saved: this site already has ${LIMITS.selectorsPerSite} custom selectors. Remove some in Options.`;
        return;
      }
      s.sites[siteKey] = { ...cur, kinds: { ...cur.kinds }, customSelectors: [...cur.customSelectors, sel] };
    }));
  } catch (e) {
    return { ok: false, error: `Not saved: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (problem) return { ok: false, error: problem };
  // Settings are repaired on write: a site key that settings do not know is dropped.
  const after = await loadSettings();
  if (!siteSettings(after.settings, siteKey).customSelectors.includes(sel)) {
    return { ok: false, error: 'Not saved: Unscored does not keep settings for this site.' };
  }
  const done = already ? 'Already hidden on this site.' : 'Saved: hidden on this site from now on (Options lists it).';
  return { ok: true, message: syncError ? `${done} ${syncError}` : done };
}
