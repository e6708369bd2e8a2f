/**
 * UI text through browser.i18n (public/_locales/<lang>/messages.json). A missing key shows the
 * key itself, so a gap is visible in review instead of an empty label.
 */
import browser from 'webextension-polyfill';

export function t(key: string, ...subs: (string | number)[]): string {
  let m = '';
  try {
    m = browser.i18n.getMessage(key, subs.map(String));
  } catch {
    // Outside an extension (unit tests with a partial fake): fall through to the key.
  }
  return m || key;
}

/** The UI language, for <html lang>. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
