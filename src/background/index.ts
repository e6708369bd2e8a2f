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
startCustomScripts();
// The pause dialog's frame gets its token here, never through the page.
startPauseTokens();
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
  void updateAllIcons();
  void syncCustomScripts();
});
// Site access granted later (Chrome's "on click" access, or the popup's "Allow on this site"):
// the open tabs of that site get the content script now (Chrome; Firefox injects by itself).
browser.permissions.onAdded.addListener((p) => {
  if (p.origins?.length) void injectOpenTabs(p.origins);
});
// Every time the worker starts (install, update, browser start, wake-up): cheap and idempotent.
void updateAllIcons();
void syncCustomScripts();
