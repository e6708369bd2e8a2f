/**
 * Tabs that were open before Unscored was installed or updated (Chrome injects declared content
 * scripts only into pages loaded afterwards; src/background/open-tabs.ts injects them). One
 * Chromium with the extension loaded through CDP's Extensions.loadUnpacked, so that the tabs are
 * open first; then an update: the unpacked directory rewritten with a new version and loaded
 * again (what chrome://extensions' reload does; chrome.runtime.reload() does not bring back an
 * extension loaded through CDP: its worker never starts again).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, Server, chromiumArgs } from './lib/extension';
import { DIST_CHROME } from './lib/paths';
import { listFixtures } from './lib/fixture-files';
import { WATCH_READABLE_JS, appendPost, clearSeen, readableNow, seenReadable } from './lib/open-tabs';
import { listComposerFixtures, pauseHosts, pauseSettings, settlePause, focusEnd } from './fixtures-composer/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const home = listFixtures('x').find((f) => f.name === 'home')!;
const composer = listComposerFixtures().fixtures.find((f) => f.site === 'x')!;

/** Chromium with nothing loaded yet, reachable over CDP (Extensions.loadUnpacked needs that). */
async function launchBare(dir: string): Promise<{ browser: Browser; proc: ChildProcess }> {
  // The same flags as the other specs, minus --load-extension (nothing is installed at start).
  const flags = chromiumArgs().filter((a) => !a.includes('-extension'));
  const proc = spawn(CHROMIUM, ['--headless=new', ...flags, '--enable-unsafe-extension-debugging', '--remote-debugging-port=0', `--user-data-dir=${dir}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise<string>((resolve, reject) => {
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => {
      err += d;
      const m = /DevTools listening on (ws:\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    proc.on('exit', () => reject(new Error(`chromium exited: ${err.slice(-500)}`)));
  });
  return { browser: await chromium.connectOverCDP(ws), proc };
}

/** Everything the page's console gets, from every world (the content script's included). */
async function recordConsole(context: BrowserContext, page: Page): Promise<string[]> {
  const out: string[] = [];
  const cdp: CDPSession = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) => out.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`));
  cdp.on('Runtime.consoleAPICalled', (e) => out.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`));
  cdp.on('Log.entryAdded', (e) => out.push(`log ${e.entry.level}: ${e.entry.text}`));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return out;
}

const seen = (page: Page) => page.evaluate(seenReadable);
const readable = (page: Page) => page.evaluate(readableNow);

test('tabs open at install are covered, and an update leaves exactly one live content script', async () => {
  test.setTimeout(90_000);
  const tmp = mkdtempSync(join(tmpdir(), 'unscored-open-tabs-'));
  const ext = join(tmp, 'ext');
  cpSync(DIST_CHROME, ext, { recursive: true });
  const { browser, proc } = await launchBare(join(tmp, 'profile'));
  try {
    const context = browser.contexts()[0];
    const server = new Server();
    await server.attach(context);
    server.serveFixture(home);
    server.set(composer.url, composer.html);

    // Before install: two X tabs, their numbers readable.
    const feed = await context.newPage();
    await feed.goto(home.url);
    const post = await context.newPage();
    await post.goto(composer.url);
    await feed.evaluate(WATCH_READABLE_JS);
    expect((await readable(feed)).length, 'numbers are readable before install').toBeGreaterThan(0);
    const feedConsole = await recordConsole(context, feed);
    const postConsole = await recordConsole(context, post);

    // Install: no reload of either tab.
    const cdp = await browser.newBrowserCDPSession();
    // The worker of the given version (an old one may linger in the list, stopped).
    const workerOf = async (version: string): Promise<Worker> => {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        for (const w of context.serviceWorkers()) {
          const v = await Promise.race([
            w.evaluate(() => chrome.runtime.getManifest().version).catch(() => null),
            new Promise<null>((r) => setTimeout(() => r(null), 500)),
          ]);
          if (v === version) return w;
        }
        await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
      }
      throw new Error(`no service worker of version ${version}`);
    };
    await cdp.send('Extensions.loadUnpacked' as never, { path: ext } as never);
    let worker = await workerOf('0.1.0');
    await expect.poll(() => readable(feed), { message: 'numbers hidden in the tab open at install' }).toEqual([]);

    // The pause on, so that a copy left running would catch the post and call the extension.
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), pauseSettings('x', true));
    await feed.evaluate(clearSeen);

    // Update: the directory rewritten with a new version, then the reload that the store's
    // update amounts to. The frame watcher runs through it.
    const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
    rmSync(ext, { recursive: true });
    cpSync(DIST_CHROME, ext, { recursive: true });
    writeFileSync(join(ext, 'manifest.json'), JSON.stringify({ ...manifest, version: '0.1.1' }));
    await cdp.send('Extensions.loadUnpacked' as never, { path: ext } as never);
    worker = await workerOf('0.1.1');
    // Exactly one live copy answers in each tab (an orphan cannot: its messaging is gone).
    for (const page of [feed, post]) {
      const url = page.url();
      await expect
        .poll(() => worker.evaluate(async (u) => {
          const [tab] = await chrome.tabs.query({ url: u });
          return chrome.tabs.sendMessage(tab.id!, { type: 'unscored:status' }).then((r) => (r as { siteId: string }).siteId, () => null);
        }, url), { message: `${url}: a live content script after the update` })
        .toBe('x');
    }
    // New posts after the update are hidden too (only a live engine can do that).
    await feed.evaluate(appendPost);
    await feed.waitForTimeout(300);
    expect(await readable(feed), 'numbers hidden after the update').toEqual([]);
    expect(await seen(feed), 'no number readable in any frame during the update').toEqual([]);

    // The post is caught once: by the live copy's pause, one dialog; none by the orphan.
    expect(await post.evaluate(focusEnd, composer.textSel)).toBe(true);
    await post.keyboard.type('after the update');
    await post.locator(composer.submitSel).first().click();
    await settlePause(post);
    expect(await post.evaluate(pauseHosts), 'one pause dialog').toBe(1);

    const invalidated = [...feedConsole, ...postConsole].filter((l) => /context invalidated|Unscored/i.test(l));
    expect(invalidated, 'nothing from an orphaned content script in the pages\' consoles').toEqual([]);
  } finally {
    await browser.close().catch(() => undefined);
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill();
      await exited;
    }
    rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
  }
});
