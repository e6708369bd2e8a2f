/**
 * Settings -> what the engine should show on this page. Pure, so it is unit-tested.
 */
import { METRIC_KINDS } from '../sites/types';
import { shownKinds, siteSettings, type Settings } from '../settings/schema';
import type { OwnerSplit } from '../hiding/compile-owners';
import type { EngineState } from './engine';

export const PEEK_KEY = 'peek';

/** What about the page itself changes what is shown (issue 19). */
export interface PageFacts {
  /** The address is a single post's own page (the site file's `postPages`). */
  postPage?: boolean;
  /** The site file says whose each count is (`owners`); without it no count is only one owner's. */
  owners?: boolean;
}

/** The engine's state plus whose numbers are hidden, for the kinds hidden for one owner only. */
export interface PageState extends EngineState {
  /** Kinds hidden for one owner only: <html> reveals them and src/content/owners.ts hides that owner's. */
  split: OwnerSplit;
}

/** `peek` maps a site key to the epoch ms until which its numbers are shown. */
export function engineState(settings: Settings, siteKey: string, peekUntil = 0, now = Date.now(), page: PageFacts = {}): PageState {
  const s = siteSettings(settings, siteKey);
  const peeking = peekUntil > now;
  const base = { style: settings.style, customSelectors: s.customSelectors, split: {} };
  if (peeking || !s.enabled) return { ...base, shown: ['all', 'custom', ...METRIC_KINDS] };
  const shown: string[] = [];
  const revealed: string[] = [];
  const split: OwnerSplit = {};
  for (const k of shownKinds(s)) shown.push(k);
  for (const k of METRIC_KINDS) {
    if (shown.includes(k)) {
      // Shown everywhere, unless the user keeps it for a post's own page.
      if (s.postPageOnly?.[k] && !page.postPage) shown.splice(shown.indexOf(k), 1);
      else continue;
    }
    if (s.postPageOnly?.[k] && page.postPage) {
      shown.push(k);
      continue;
    }
    const whose = s.whose?.[k] ?? 'both';
    if (whose === 'both') continue;
    // Unread badges are always the user's own: "only others'" shows them, "only mine" hides them.
    if (k === 'unread' && whose === 'others') {
      shown.push(k);
      continue;
    }
    // Without the site's hooks no count is known to be the kept owner's: hidden (fail closed).
    // (Unread split as "mine" is hidden everywhere but in others' posts, where no badge is: it
    // says to labels that mention it, "Notifications (3 unread)", that only mine are hidden.)
    if (!page.owners) continue;
    split[k] = whose;
    revealed.push(k);
  }
  const order = (a: string[]) => METRIC_KINDS.filter((k) => a.includes(k));
  const shownSorted = order(shown);
  return revealed.length
    ? { ...base, shown: shownSorted, revealed: order([...shownSorted, ...revealed]), split }
    : { ...base, shown: shownSorted, split };
}
