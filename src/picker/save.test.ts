import { beforeEach, describe, expect, it } from 'vitest';
import { resetFakeBrowser } from '../test/fake-browser';
import { saveCustomSelector } from './save';
import { loadSettings, saveSettings } from '../settings/storage';
import { defaultSettings, LIMITS } from '../settings/schema';

beforeEach(() => resetFakeBrowser());

const stored = async (key = 'x') => (await loadSettings()).settings.sites[key]?.customSelectors;

describe('saveCustomSelector', () => {
  it('appends to the site, keeping its other settings', async () => {
    const s = defaultSettings();
    s.sites.x = { enabled: true, kinds: { ...s.defaults.kinds, likes: false }, customSelectors: ['.a'] };
    await saveSettings(s);
    expect(await saveCustomSelector('x', ' [data-testid="count"] ')).toMatchObject({ ok: true });
    expect(await stored()).toEqual(['.a', '[data-testid="count"]']);
    expect((await loadSettings()).settings.sites.x.kinds.likes).toBe(false);
  });

  it('a site with no entry yet gets one from the defaults', async () => {
    expect(await saveCustomSelector('x', '.n')).toMatchObject({ ok: true });
    expect(await stored()).toEqual(['.n']);
  });

  it.each([
    ['', /empty/],
    ['div {color:red}', /contains \{ \} or ;/],
    ['body', /whole page/],
    ['[[[', /unbalanced brackets/],
    ['.a'.repeat(300), /longer than 500/],
  ])('refuses %j with a message, and stores nothing', async (sel, why) => {
    const r = await saveCustomSelector('x', sel);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(why);
    expect(await stored()).toBeUndefined();
  });

  it('saving the same selector twice keeps one', async () => {
    await saveCustomSelector('x', '.n');
    expect(await saveCustomSelector('x', '.n')).toEqual({ ok: true, message: expect.stringMatching(/Already/) });
    expect(await stored()).toEqual(['.n']);
  });

  it('refuses past the per-site limit', async () => {
    const s = defaultSettings();
    s.sites.x = { enabled: true, kinds: s.defaults.kinds, customSelectors: Array.from({ length: LIMITS.selectorsPerSite }, (_, i) => `.c${i}`) };
    await saveSettings(s);
    const r = await saveCustomSelector('x', '.one-more');
    expect(!r.ok && r.error).toMatch(/already has 100/);
  });

  it('a site settings do not know is refused instead of silently dropped', async () => {
    const r = await saveCustomSelector('https://not-added.example', '.n');
    expect(!r.ok && r.error).toMatch(/does not keep settings/);
  });

  it('a sync quota error keeps the local copy and says so', async () => {
    const s = defaultSettings();
    s.sync = true;
    s.sites.x = { enabled: true, kinds: s.defaults.kinds, customSelectors: Array.from({ length: 40 }, (_, i) => `.c${i}-${'a'.repeat(200)}`) };
    await saveSettings(s);
    const r = await saveCustomSelector('x', '.n');
    expect(r).toEqual({ ok: true, message: expect.stringMatching(/Saved.*not synced/) });
    expect(await stored()).toContain('.n');
  });
});
