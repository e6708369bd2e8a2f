/**
 * What a tab's address means to Unscored: a supported site (registry), a site the user added
 * (custom origin), or neither. Pure: shared by the popup and the background (toolbar icon,
 * keyboard shortcut) and unit-tested.
 */
import { findSiteForUrl } from '../sites';
import { siteSettings, type Settings } from '../settings/schema';

export type TabSite =
  | { kind: 'supported'; key: string; name: string; origin: string }
  /** platform: the registry id of the platform whose rules the site gets (a Mastodon server). */
  | { kind: 'custom'; key: string; name: string; origin: string; platform?: string }
  /** origin is set for ordinary web pages (they could be added), null for browser pages. */
  | { kind: 'none'; origin: string | null; name: string };

export function siteForUrl(url: string | undefined | null, settings: Settings): TabSite {
  let u: URL | null = null;
  try {
    u = url ? new URL(url) : null;
  } catch {
    u = null;
  }
  const web = u && (u.protocol === 'https:' || u.protocol === 'http:');
  if (!u || !web) return { kind: 'none', origin: null, name: '' };
  const site = findSiteForUrl(u.href);
  if (site) return { kind: 'supported', key: site.id, name: site.name, origin: u.origin };
  const custom = settings.customSites.find((c) => c.origin === u.origin);
  if (custom) return { kind: 'custom', key: custom.origin, name: custom.name, origin: custom.origin, ...(custom.platform ? { platform: custom.platform } : {}) };
  return { kind: 'none', origin: u.origin, name: u.hostname };
}

/** Whether hiding is switched on for the site of this tab (false where Unscored does not run). */
export function hidingOn(settings: Settings, tab: TabSite): boolean {
  if (tab.kind === 'none') return false;
  return siteSettings(settings, tab.key).enabled;
}

/** The next settings with the tab's site switched on or off (unchanged where it does not run). */
export function withSiteEnabled(settings: Settings, tab: TabSite, enabled: boolean): Settings {
  if (tab.kind === 'none') return settings;
  const cur = siteSettings(settings, tab.key);
  return { ...settings, sites: { ...settings.sites, [tab.key]: { ...cur, kinds: { ...cur.kinds }, enabled } } };
}

/** A shortcut as the browser reports it ("Alt+Shift+U"), or null when none is set. */
export function shortcutFor(commands: { name?: string; shortcut?: string }[], name = 'toggle-site'): string | null {
  const c = commands.find((x) => x.name === name);
  return c?.shortcut ? c.shortcut : null;
}
