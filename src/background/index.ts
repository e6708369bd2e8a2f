/**
 * Background: keeps nothing in memory that matters (service workers are stopped at will).
 * Grows with the popup (icon state, the toggle shortcut) and custom sites (registration).
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../settings/schema';
import { startToolbar, updateAllIcons } from './toolbar';
import { startCustomScripts, syncCustomScripts } from './custom-scripts';
import { startPauseTokens } from './pause-tokens';
import { injectOpenTabs } from './open-tabs';

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Nothing to migrate yet: settings are repaired and migrated on every read (src/settings).
  // Tabs open before this install or update get the content script now, not at their next load.
  if (reason === 'install' || reason === 'update') void injectOpenTabs();
});

// Toolbar icon per tab, the toggle shortcut, and content scripts for sites the user added.
startToolbar();
startCustomScripts(injectOpenTabs);
// The pause dialog's frame gets its token here, never through the page.
startPauseTokens();
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
  void updateAllIcons();
  void syncCustomScripts();
});
// Site access granted later (Chrome's "on click" access, the popup's "Allow on this site" or
// "Turn on", a site added): startCustomScripts registers what is registered at run time, then
// the open tabs of those hosts get the content script now (Firefox injects declared ones itself).
// Every time the worker starts (install, update, browser start, wake-up): cheap and idempotent.
void updateAllIcons();
void syncCustomScripts();
