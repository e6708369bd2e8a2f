import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { hidingOn, shortcutFor, siteForUrl, withSiteEnabled } from './tab-site';

const withCustom = () => {
  const s = defaultSettings();
  s.customSites.push({ origin: 'https://mastodon.example', name: 'My Mastodon' });
  return s;
};

describe('siteForUrl', () => {
  it('finds a supported site by the registry', () => {
    expect(siteForUrl('https://x.com/home', defaultSettings())).toEqual({
      kind: 'supported', key: 'x', name: 'X', origin: 'https://x.com',
    });
  });
  it('finds a custom site by its origin, keyed by origin', () => {
    const r = siteForUrl('https://mastodon.example/@me/1', withCustom());
    expect(r).toMatchObject({ kind: 'custom', key: 'https://mastodon.example', name: 'My Mastodon' });
  });
  it('a custom site names the platform whose rules it gets', () => {
    const s = withCustom();
    s.customSites[0].platform = 'mastodon';
    expect(siteForUrl('https://mastodon.example/', s)).toMatchObject({ kind: 'custom', platform: 'mastodon' });
    expect(siteForUrl('https://mastodon.example/', withCustom())).not.toHaveProperty('platform');
  });
  it('a different port or scheme is a different origin', () => {
    expect(siteForUrl('http://mastodon.example/', withCustom()).kind).toBe('none');
  });
  it('other web pages are not covered but could be added', () => {
    expect(siteForUrl('https://example.org/a', defaultSettings())).toEqual({ kind: 'none', origin: 'https://example.org', name: 'example.org' });
  });
  it('browser pages, missing and broken addresses are not covered and cannot be added', () => {
    for (const u of ['chrome://extensions/', 'about:blank', undefined, null, '', 'not a url']) {
      expect(siteForUrl(u, defaultSettings())).toEqual({ kind: 'none', origin: null, name: '' });
    }
  });
});

describe('hidingOn / withSiteEnabled', () => {
  it('defaults decide for sites without an entry (fail closed: on)', () => {
    const s = defaultSettings();
    expect(hidingOn(s, siteForUrl('https://x.com/', s))).toBe(true);
    s.defaults.enabled = false;
    expect(hidingOn(s, siteForUrl('https://x.com/', s))).toBe(false);
  });
  it('switching keeps the kinds and does not mutate the input', () => {
    const s = defaultSettings();
    s.sites.x = { enabled: true, kinds: { ...s.defaults.kinds, likes: false }, customSelectors: ['.a'] };
    const tab = siteForUrl('https://x.com/', s);
    const off = withSiteEnabled(s, tab, false);
    expect(off.sites.x).toEqual({ enabled: false, kinds: { ...s.defaults.kinds, likes: false }, customSelectors: ['.a'] });
    expect(s.sites.x.enabled).toBe(true);
    expect(hidingOn(off, tab)).toBe(false);
  });
  it('never hides where Unscored does not run', () => {
    const s = defaultSettings();
    const tab = siteForUrl('https://example.org/', s);
    expect(hidingOn(s, tab)).toBe(false);
    expect(withSiteEnabled(s, tab, true)).toBe(s);
  });
});

describe('shortcutFor', () => {
  it('reads the binding, null when unset', () => {
    expect(shortcutFor([{ name: '_execute_action' }, { name: 'toggle-site', shortcut: 'Alt+Shift+U' }])).toBe('Alt+Shift+U');
    expect(shortcutFor([{ name: 'toggle-site', shortcut: '' }])).toBeNull();
    expect(shortcutFor([])).toBeNull();
  });
});
