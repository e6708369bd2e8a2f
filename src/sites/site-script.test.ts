import { describe, expect, it } from 'vitest';
import { sites } from './index';
import { SITE_IDS } from './ids';
import { SITE_GLOBAL, contentScriptFiles, siteLiteral, siteScriptSource, takeGivenSite } from './site-script';
import type { Site } from './types';

/** Runs a site script the way the browser does, in a scope of its own. */
function run(source: string): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  new Function('globalThis', source)(scope);
  return scope;
}

describe('site scripts', () => {
  it('the id list is the registry, in order', () => {
    expect(SITE_IDS).toEqual(sites.map((s) => s.id));
  });

  it.each(sites.map((s) => [s.id, s] as const))('%s: the script leaves the site as defined, without its notes', (_id, site) => {
    const given = run(siteScriptSource(site))[SITE_GLOBAL] as Site;
    const { notes: _notes, ...rest } = site;
    expect(given).toEqual(rest);
    // Regular expressions stay regular expressions (post pages, owner name patterns).
    for (const [a, b] of (site.postPages ?? []).map((r, i) => [r, given.postPages![i]] as const)) {
      expect(b).toBeInstanceOf(RegExp);
      expect(b.source).toBe(a.source);
      expect(b.flags).toBe(a.flags);
    }
    expect(JSON.stringify(given)).not.toContain('\\u0000');
  });

  it('a regular expression with slashes and flags, and strings that look like the marker', () => {
    const site = { id: 't', name: 'T', matches: ['https://t.example/*'], metrics: {}, postPages: [/^\/a\/[^/]+\/b$/iu], notes: 'x' } as unknown as Site;
    const given = run(siteScriptSource(site))[SITE_GLOBAL] as Site;
    expect(given.postPages![0].test('/A/1/b')).toBe(true);
    expect(given.postPages![0].flags).toBe('iu');
    expect(siteLiteral({ ...site, name: 're0' } as Site)).toContain('"name":"re0"');
  });

  it('refuses a function, which could not be written into the script', () => {
    expect(() => siteLiteral({ id: 'f', name: 'F', matches: [], metrics: {}, odd: () => 1 } as unknown as Site)).toThrow(/function/);
  });

  it('takeGivenSite takes the site once and ignores anything that is not one', () => {
    const scope = run(siteScriptSource(sites[0]));
    expect(takeGivenSite(scope)?.id).toBe(sites[0].id);
    expect(takeGivenSite(scope)).toBeUndefined();
    expect(takeGivenSite({ [SITE_GLOBAL]: 'x' })).toBeUndefined();
    expect(takeGivenSite({ [SITE_GLOBAL]: { id: 'x' } })).toBeUndefined();
  });

  it('content script files: the site file first, or the shared script alone', () => {
    expect(contentScriptFiles('mastodon', 'main.js')).toEqual(['sites/mastodon.js', 'main.js']);
    expect(contentScriptFiles(undefined, 'main.js')).toEqual(['main.js']);
  });
});
