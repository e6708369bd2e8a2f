/**
 * The pause dialog's own words, in the browser's UI language (public/_locales). The dialog is
 * built in the extension's frame or, as a fallback, in the page by the content script: both
 * have the browser's i18n, so the same messages serve both. (The question is the user's own
 * text and is never translated.)
 */
import api from '#browser';

export type DialogMessage =
  | 'dialogDraft'
  | 'dialogWhy'
  | 'dialogJournalKept'
  | 'dialogNotSaved'
  | 'dialogGoBack'
  | 'dialogPost'
  | 'dialogPostIn'
  | 'dialogSnooze'
  | 'dialogFrameLabel';

/** A missing message shows its key, as the extension's pages do, so a gap is seen, not blank. */
export function dialogText(key: DialogMessage, ...subs: (string | number)[]): string {
  try {
    const m = api?.i18n?.getMessage(key, subs.map(String));
    if (m) return m;
  } catch {
    /* no i18n here (a unit test's partial fake) */
  }
  return key;
}
