/**
 * The toolbar icon says whether hiding is on for the tab's site (grey "off" icon where it is off
 * or where Unscored does not run), and the `toggle-site` shortcut switches the current site.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { loadSettings, updateSettings } from '../settings/storage';
import { hidingOn, siteForUrl, withSiteEnabled } from '../ui/tab-site';
import type { Settings } from '../settings/schema';

const ICON_ON = { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' };
const ICON_OFF = { 16: '/icons/icon-off-16.png', 32: '/icons/icon-off-32.png' };

export async function updateIcon(tab: Tabs.Tab, settings?: Settings): Promise<void> {
  if (tab.id === undefined || tab.id < 0) return;
  const s = settings ?? (await loadSettings()).settings;
  const on = hidingOn(s, siteForUrl(tab.url, s));
  // A tab may close between the query and the call: nothing to do then.
  await browser.action.setIcon({ tabId: tab.id, path: on ? ICON_ON : ICON_OFF }).catch(() => undefined);
}

export async function updateAllIcons(): Promise<void> {
  const { settings } = await loadSettings();
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => updateIcon(t, settings)));
}

/** Switches hiding for the site of the given (or active) tab. Returns the new state, or null. */
export async function toggleSiteForTab(tab?: Tabs.Tab): Promise<boolean | null> {
  const target = tab?.url ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (!target) return null;
  let result: boolean | null = null;
  await updateSettings((s) => {
    const here = siteForUrl(target.url, s);
    if (here.kind === 'none') return;
    result = !hidingOn(s, here);
    Object.assign(s, withSiteEnabled(s, here, result));
  });
  return result;
}

export function startToolbar(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => void browser.tabs.get(tabId).then((t) => updateIcon(t), () => undefined));
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    // Chrome resets a tab's icon on navigation; set it again once the address is known.
    if (change.url !== undefined || change.status === 'loading') void updateIcon(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-site') void toggleSiteForTab(tab);
  });
}
