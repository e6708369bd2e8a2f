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
import { loadSettings } from '../settings/storage';
import { cssFor, customCss, customJs, jsFor, undeclaredOptionalSites } from './custom-scripts';

/** Firefox has runtime.getBrowserInfo; Chrome does not. */
export function injectsOpenTabsItself(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/**
 * Injects into every open tab of a supported site (or of those among `origins`, match patterns
 * just granted); returns the ids of the tabs it reached. Sites whose content scripts are
 * registered at run time (optional sites, sites the user added) are injected in both browsers:
 * Firefox injects only declared content scripts by itself.
 */
export async function injectOpenTabs(origins?: string[]): Promise<number[]> {
  const itself = injectsOpenTabsItself();
  const runtime = new Set(undeclaredOptionalSites().map((s) => s.id));
  if (itself && !origins) return [];
  const { settings } = await loadSettings();
  // Host permissions (not "tabs") are what let us see these tabs' addresses. Asked apart, so
  // that one odd pattern of a site the user added cannot cost the registry sites their tabs.
  const query = (url: string[]) => (url.length ? browser.tabs.query({ url }).catch(() => []) : Promise.resolve([]));
  const lists = origins
    ? [await query(origins)]
    : await Promise.all([query([...new Set(sites.flatMap((s) => s.matches))]), query(settings.customSites.map((c) => `${c.origin}/*`))]);
  const seen = new Set<number>();
  const tabs = lists.flat().filter((t) => t.id !== undefined && !seen.has(t.id) && !!seen.add(t.id));
  const reached: number[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      // Discarded tabs load again when shown, and get the content scripts then.
      if (tab.id === undefined || !tab.url || tab.discarded) return;
      const site = findSiteForUrl(tab.url);
      let css: string;
      let js: string[];
      if (site) {
        if (itself && !runtime.has(site.id)) return;
        css = cssFor(site.id);
        js = jsFor(site.id);
      } else {
        const origin = new URL(tab.url).origin;
        const custom = settings.customSites.find((c) => c.origin === origin);
        if (!custom) return;
        css = customCss(custom.platform);
        js = customJs(custom.platform);
      }
      const target = { tabId: tab.id };
      try {
        // Stylesheet first: counts are hidden before the script has even started.
        await browser.scripting.insertCSS({ target, files: [css] });
        await browser.scripting.executeScript({ target, files: js });
        reached.push(tab.id);
      } catch (e) {
        // Closed meanwhile, an error page, or site access withheld by the user: nothing to do.
        console.debug('[Unscored] open tab', tab.id, e);
      }
    }),
  );
  return reached;
}
