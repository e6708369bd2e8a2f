import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { resetFakeBrowser } from '../test/fake-browser';
import { loadSettings, saveSettings, updateSettings, watchSettings } from './storage';
import { defaultSettings } from './schema';

type FakeArea = { failNext: Error | null };

beforeEach(() => resetFakeBrowser());

describe('settings storage', () => {
  it('fails closed when storage cannot be read', async () => {
    (browser.storage.local as unknown as FakeArea).failNext = new Error('IO error');
    const r = await loadSettings();
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/could not be read/);
  });

  it('round-trips and repairs what it writes', async () => {
    const s = defaultSettings();
    s.style = 'hide';
    await saveSettings(s);
    expect((await loadSettings()).settings.style).toBe('hide');
  });

  it('does not touch sync unless the user turned it on', async () => {
    await saveSettings(defaultSettings());
    expect(await browser.storage.sync.get(null)).toEqual({});
    const s = defaultSettings();
    s.sync = true;
    await saveSettings(s);
    expect(Object.keys(await browser.storage.sync.get(null))).toEqual(['settings']);
  });

  it('a sync quota error keeps the local copy and says so', async () => {
    const s = defaultSettings();
    s.sync = true;
    s.sites.x = { enabled: true, kinds: s.defaults.kinds, customSelectors: Array.from({ length: 100 }, (_, i) => `.c${i}-${'a'.repeat(200)}`) };
    const r = await saveSettings(s);
    expect(r.syncError).toMatch(/not synced/);
    expect((await loadSettings()).settings.sites.x.customSelectors).toHaveLength(100);
  });

  it('watchers get repaired settings', async () => {
    const seen: string[] = [];
    const stop = watchSettings((r) => seen.push(r.settings.style));
    await updateSettings((s) => { s.style = 'hover'; });
    await browser.storage.local.set({ settings: { style: 'bogus' } });
    stop();
    expect(seen).toEqual(['hover', 'blur']);
  });
});
