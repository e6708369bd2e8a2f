/**
 * Sites the user added that run a known platform (issue 20): `customSites[].platform`. An
 * optional field, so version-2 settings without it read as before (no migration); a platform
 * this version does not know is dropped (the site keeps the generic patterns), never the site.
 */
import { describe, expect, it } from 'vitest';
import { repairSettings } from './repair';
import { defaultSettings, SCHEMA_VERSION } from './schema';
import { exportSettings, parseImport } from './import-export';
import { sites, findSiteForUrl, platformSiteFor, getSite } from '../sites';
import { PLATFORM_SITES } from '../platforms/platforms';

const ids = sites.map((s) => s.id);

describe('customSites[].platform', () => {
  it('a known platform is kept', () => {
    const raw = { ...defaultSettings(), customSites: [{ origin: 'https://social.example.net', name: 'social.example.net', platform: 'mastodon' }] };
    const r = repairSettings(raw, ids);
    expect(r.problems).toEqual([]);
    expect(r.settings.customSites).toEqual([{ origin: 'https://social.example.net', name: 'social.example.net', platform: 'mastodon' }]);
  });

  it('settings without it (every site added before) read unchanged', () => {
    const raw = { ...defaultSettings(), customSites: [{ origin: 'https://forum.example.org', name: 'Forum' }] };
    const r = repairSettings(raw, ids);
    expect(r.problems).toEqual([]);
    expect(r.settings.customSites).toEqual([{ origin: 'https://forum.example.org', name: 'Forum' }]);
    expect(r.settings.version).toBe(SCHEMA_VERSION);
  });

  it.each([['friendica'], [42], [null], ['x'], ['__proto__']])('an unknown platform (%j) is dropped with a problem, the site kept', (platform) => {
    const raw = { ...defaultSettings(), customSites: [{ origin: 'https://a.example', name: 'A', platform }] };
    const r = repairSettings(raw, ids);
    expect(r.settings.customSites).toEqual([{ origin: 'https://a.example', name: 'A' }]);
    expect(r.problems).toEqual(['customSites[0].platform: unknown platform, dropped']);
  });

  it('survives export and import', () => {
    const s = defaultSettings();
    s.customSites = [{ origin: 'https://blog.example.com', name: 'blog.example.com', platform: 'medium' }, { origin: 'https://b.example', name: 'b.example' }];
    const back = parseImport(exportSettings(s));
    expect('settings' in back && back.settings.customSites).toEqual(s.customSites);
  });

  it('every platform id is a registry site id once its site file is in (the ones in now have a site file)', () => {
    for (const p of PLATFORM_SITES) if (getSite(p)) expect(getSite(p)!.id).toBe(p);
    expect(getSite('mastodon')).toBeDefined();
    expect(getSite('medium')).toBeDefined();
  });
});

describe('findSiteForUrl with sites the user added', () => {
  const custom = [
    { origin: 'https://social.example.net', platform: 'mastodon' },
    { origin: 'https://blog.example.com', platform: 'medium' },
    { origin: 'https://plain.example' },
  ];
  it("a custom origin with a platform gets that platform's site file", () => {
    expect(findSiteForUrl('https://social.example.net/@gina/1', custom)?.id).toBe('mastodon');
    expect(findSiteForUrl('https://blog.example.com/a-post-1a2b', custom)?.id).toBe('medium');
    expect(platformSiteFor('https://blog.example.com/', custom)?.id).toBe('medium');
  });
  it('without a platform, another origin, or without the list: none', () => {
    expect(findSiteForUrl('https://plain.example/', custom)).toBeUndefined();
    expect(findSiteForUrl('https://social.example.net.evil.example/', custom)).toBeUndefined();
    expect(findSiteForUrl('http://social.example.net/', custom)).toBeUndefined();
    expect(findSiteForUrl('https://social.example.net/')).toBeUndefined();
    expect(platformSiteFor('not a url', custom)).toBeUndefined();
  });
  it('a registry site stays itself', () => {
    expect(findSiteForUrl('https://mastodon.social/home', custom)?.id).toBe('mastodon');
    expect(findSiteForUrl('https://x.com/home', [{ origin: 'https://x.com', platform: 'medium' }])?.id).toBe('x');
  });
});
