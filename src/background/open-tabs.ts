/**
 * Tabs already open when Unscored is installed or updated. Chrome injects declared content
 * scripts only into pages loaded afterwards, so a user who installs it with X open would see
 * every number until they reload; we inject the site's stylesheet and the content script into
 * each open tab of a supported site, once per tab. The content script itself makes sure only
 * one live copy runs (src/content/takeover.ts): an update leaves the old one running, orphaned.
 * Firefox injects declared content scripts into open tabs itself at install and update (and
 * unloads the old ones), so doing it here too would run two copies: skipped there.
 */
import browser from 'webextension-polyfill';
import { findSiteForUrl, sites } from '../sites';

// As in the build (vite.config.ts siteCss, manifest.config.ts siteCssPath).
const CONTENT_JS = 'src/content/main.iife.js';
const cssFor = (id: string) => `css/${id}.css`;

/** Firefox has runtime.getBrowserInfo; Chrome does not. */
export function injectsOpenTabsItself(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/**
 * Injects into every open tab of a supported site (or of those among `origins`, match patterns
 * just granted); returns the ids of the tabs it reached.
 */
export async function injectOpenTabs(origins?: string[]): Promise<number[]> {
  if (injectsOpenTabsItself()) return [];
  const patterns = origins ?? [...new Set(sites.flatMap((s) => s.matches))];
  // Host permissions (not "tabs") are what let us see these tabs' addresses.
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  const reached: number[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      const site = tab.id !== undefined && tab.url ? findSiteForUrl(tab.url) : undefined;
      // Discarded tabs load again when shown, and get the declared scripts then.
      if (!site || tab.id === undefined || tab.discarded) return;
      const target = { tabId: tab.id };
      try {
        // Stylesheet first: counts are hidden before the script has even started.
        await browser.scripting.insertCSS({ target, files: [cssFor(site.id)] });
        await browser.scripting.executeScript({ target, files: [CONTENT_JS] });
        reached.push(tab.id);
      } catch (e) {
        // Closed meanwhile, an error page, or site access withheld by the user: nothing to do.
        console.debug('[Unscored] open tab', tab.id, e);
      }
    }),
  );
  return reached;
}
