/**
 * Background: keeps nothing in memory that matters (service workers are stopped at will).
 * Grows with the popup (icon state, the toggle shortcut) and custom sites (registration).
 */
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet: settings are repaired and migrated on every read (src/settings).
});
