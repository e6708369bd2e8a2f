/**
 * Tabs open at install and update in Firefox ESR: Firefox injects the declared content scripts
 * into them itself (src/background/open-tabs.ts does not, or there would be two copies), and at
 * an update it unloads the old copy: whatever the old copy left registered in the page (the
 * pause's capture listeners, the one-copy event of src/content/takeover.ts) must not turn into
 * "can't access dead object" errors. Firefox reports those in its own console, which the
 * devtools.console.stdout prefs copy to its standard output, read here.
 */
import { test, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_FIREFOX } from './lib/paths';
import { launchFirefox, openExtensionPage, servePages } from './lib/firefox';
import { listFixtures } from './lib/fixture-files';
import { WATCH_READABLE_JS, appendPost, clearSeen, readableNow, seenReadable } from './lib/open-tabs';
import { listComposerFixtures, pauseHosts, pauseSettings, settlePause, focusEnd } from './fixtures-composer/harness';

const home = listFixtures('x').find((f) => f.name === 'home')!;
const composer = listComposerFixtures().fixtures.find((f) => f.site === 'x')!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('firefox: tabs open at install are covered, and an update leaves one live copy and no dead objects', async () => {
  test.setTimeout(90_000);
  const tmp = mkdtempSync(join(tmpdir(), 'unscored-ff-open-tabs-'));
  const ext = join(tmp, 'ext');
  cpSync(DIST_FIREFOX, ext, { recursive: true });
  // Firefox's console (content and chrome) to standard output; the extension comes later.
  const browser: Browser = await launchFirefox({ 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true }, { install: false });
  const log: string[] = [];
  browser.process()?.stdout?.on('data', (d: Buffer) => log.push(String(d)));
  browser.process()?.stderr?.on('data', (d: Buffer) => log.push(String(d)));
  try {
    const open = async (url: string): Promise<Page> => {
      const page = await browser.newPage();
      await servePages(page, { [home.url]: home.html, [composer.url]: composer.html });
      await page.goto(url);
      return page;
    };
    const feed = await open(home.url);
    const post = await open(composer.url);
    await feed.evaluate(WATCH_READABLE_JS);
    expect((await feed.evaluate(readableNow)).length, 'numbers are readable before install').toBeGreaterThan(0);

    await browser.installExtension(ext);
    await expect.poll(() => feed.evaluate(readableNow), { message: 'numbers hidden in the tab open at install' }).toEqual([]);

    // The pause on (from an extension page: settings live in extension storage).
    const ui = await browser.newPage();
    await openExtensionPage(ui, 'src/options/index.html', '#sites h2');
    await ui.evaluate((s) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: s }), pauseSettings('x', true) as never);
    await ui.close();
    await sleep(300);
    await feed.evaluate(clearSeen);
    const before = log.join('').length;

    // Update: the same temporary add-on installed again from its rewritten directory.
    const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
    writeFileSync(join(ext, 'manifest.json'), JSON.stringify({ ...manifest, version: '0.1.1' }));
    await browser.installExtension(ext);
    await sleep(1500);
    await feed.evaluate(appendPost);
    await sleep(300);
    expect(await feed.evaluate(readableNow), 'numbers hidden after the update, new posts included').toEqual([]);
    expect(await feed.evaluate(seenReadable), 'no number readable in any frame during the update').toEqual([]);

    expect(await post.evaluate(focusEnd, composer.textSel)).toBe(true);
    await post.keyboard.type('after the update');
    await (await post.$(composer.submitSel))!.click();
    await settlePause(post);
    expect(await post.evaluate(pauseHosts), 'one pause dialog, from the one live copy').toBe(1);

    const after = log.join('').slice(before);
    const dead = after.split('\n').filter((l) => /dead object|context invalidated/i.test(l));
    expect(dead, 'no errors from the unloaded copy').toEqual([]);
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
  }
});
