/**
 * How many elements a user's selector matches on the open tabs of its site, so that the
 * options page can flag one that matches nothing (a typo, or a site that changed). Asks the
 * content script in each tab (`unscored:count`); tabs without it (not loaded yet) are skipped.
 */
import browser from 'webextension-polyfill';
import { getSite } from '../sites';

/** Match patterns of a registry site id, or of a custom origin. */
export function patternsFor(siteKey: string): string[] {
  const site = getSite(siteKey);
  return site ? [...site.matches] : [`${siteKey}/*`];
}

/** Sum of matches over the site's open tabs, or null when no open tab could answer. */
export async function countOnOpenTabs(siteKey: string, selector: string): Promise<number | null> {
  let tabs: browser.Tabs.Tab[] = [];
  try {
    tabs = await browser.tabs.query({ url: patternsFor(siteKey) });
  } catch {
    return null;
  }
  let total: number | null = null;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const r = (await browser.tabs.sendMessage(tab.id, { type: 'unscored:count', selector }).catch(() => undefined)) as
      | { count?: number | null }
      | undefined;
    if (typeof r?.count === 'number') total = (total ?? 0) + r.count;
  }
  return total;
}
