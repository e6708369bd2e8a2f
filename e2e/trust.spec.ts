/**
 * Trust (issue "Trust and release"):
 * - zero network: no extension context (service worker, content scripts, popup, options) makes
 *   a single request, over every fixture and both extension pages;
 * - never breaks the page: no uncaught error and no error of ours in the console, on every
 *   fixture and both extension pages;
 * - markup changed: every site's fixtures with that site's `metrics` selectors left out of the
 *   build, to measure how much the text patterns and the aria-label fallback still hide.
 *
 * Each recorder first proves on a canary that it sees what it is looking for, so a pass means
 * "nothing happened", not "nothing was watched".
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { test, expect, chromiumArgs, runFixture, waitForEngine, Server } from './lib/extension';
import { optionalSites } from './lib/extension';
import { listFixtures } from './lib/fixture-files';
import { DIST, ROOT } from './lib/paths';

const EXT = 'chrome-extension://';
const fixtures = listFixtures();
// Optional sites (issue 20) with the extension active there: the granted test build (it differs
// from the real one only in declaring them; Chromium cannot accept the prompt headless).
test.use({ granted: optionalSites.length > 0 });

/** Extension pages, as the build names them. */
const EXTENSION_PAGES = ['src/popup/index.html', 'src/options/index.html'];

type Finding = { what: string; where: string };

interface CallFrame {
  url: string;
  scriptId?: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}
function frames(st: StackTrace | undefined, url?: string): CallFrame[] {
  const out: CallFrame[] = url ? [{ url }] : [];
  for (let s = st; s; s = s.parent) out.push(...s.callFrames);
  return out;
}

/**
 * Which scripts of a tab are ours: loaded from the extension, or run in an extension's
 * isolated world (content scripts, including code injected with scripting.executeScript, whose
 * stack frames carry no URL).
 */
async function extensionScripts(cdp: CDPSession): Promise<(frames: { url: string; scriptId?: string }[]) => boolean> {
  const contexts = new Set<number>();
  const scripts = new Set<string>();
  cdp.on('Runtime.executionContextCreated', (e) => {
    const c = e.context as { id: number; origin: string; auxData?: { type?: string } };
    if (c.origin.startsWith(EXT)) contexts.add(c.id);
  });
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith(EXT) || contexts.has(e.executionContextId)) scripts.add(e.scriptId);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return (frames) => frames.some((f) => f.url.startsWith(EXT) || (f.scriptId !== undefined && scripts.has(f.scriptId)));
}

/**
 * Records every request made by an extension context: the service worker and extension pages
 * (Playwright reports them by origin), content scripts (Chromium's initiator: a script of ours
 * in the stack).
 */
class NetworkRecorder {
  readonly found: Finding[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (req) => {
      const url = req.url();
      if (url.startsWith(EXT) || url.startsWith('data:')) return;
      if (req.serviceWorker()) return void this.found.push({ what: url, where: 'service worker' });
      let frameUrl = '';
      try {
        frameUrl = req.frame().url();
      } catch {
        /* no frame: not a page request */
      }
      if (frameUrl.startsWith(EXT)) this.found.push({ what: url, where: `extension page ${new URL(frameUrl).pathname}` });
    });
  }

  async watchPage(context: BrowserContext, page: Page): Promise<CDPSession> {
    const cdp = await context.newCDPSession(page);
    const ours = await extensionScripts(cdp);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const init = e.initiator as { url?: string; stack?: StackTrace };
      if (e.request.url.startsWith(EXT) || e.request.url.startsWith('data:')) return;
      if (ours(frames(init.stack, init.url))) this.found.push({ what: e.request.url, where: `content script on ${page.url()}` });
    });
    return cdp;
  }

  /** Resource timing inside the service worker: everything it fetched since it started. */
  static async workerFetches(worker: Worker): Promise<string[]> {
    return worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !u.startsWith('chrome-extension://')));
  }
}

/** Uncaught errors, and console errors or guarded failures ("[Unscored] …") of ours. */
class ErrorRecorder {
  readonly found: Finding[] = [];

  async watchPage(context: BrowserContext, page: Page, ours: boolean): Promise<void> {
    const where = () => page.url();
    // The fixtures have no scripts of their own: any uncaught error on them counts.
    page.on('pageerror', (e) => this.found.push({ what: `uncaught: ${e.message}`, where: where() }));
    // Every execution context of the tab, content scripts' isolated world included.
    const cdp = await context.newCDPSession(page);
    const mine = await extensionScripts(cdp);
    cdp.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails as { text: string; url?: string; stackTrace?: StackTrace; exception?: { description?: string } };
      if (ours || mine(frames(d.stackTrace, d.url))) this.found.push({ what: `exception: ${d.exception?.description ?? d.text}`, where: where() });
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      const text = e.args.map((a: { value?: unknown; description?: string }) => String(a.value ?? a.description ?? '')).join(' ');
      const byUs = ours || mine(frames(e.stackTrace as StackTrace | undefined));
      // The content script catches its own failures and reports them as "[Unscored] <error>".
      if (text.startsWith('[Unscored]') || (e.type === 'error' && byUs)) this.found.push({ what: `console.${e.type}: ${text}`, where: where() });
    });
  }

  watchWorker(worker: Worker): void {
    worker.on('console', (m) => {
      if (m.type() === 'error' || m.text().startsWith('[Unscored]')) this.found.push({ what: `console.${m.type()}: ${m.text()}`, where: 'service worker' });
    });
  }
}

async function extensionPage(context: BrowserContext, extensionId: string, path: string, before?: (p: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await before?.(page);
  await page.goto(`${EXT}${extensionId}/${path}`);
  await page.waitForLoadState('load');
  await waitForEngine(page); // a few frames for the first render and storage reads
  return page;
}

/**
 * Runs a canary in the content-script world of a tab (what a content script could do). The code
 * is fixed here: the extension's CSP forbids evaluating strings there.
 */
async function canaryInContentWorld(worker: Worker, url: string, kind: 'fetch' | 'errors'): Promise<void> {
  await worker.evaluate(
    async ({ u, k }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
      if (!tab?.id) throw new Error(`no tab at ${u}`);
      const func =
        k === 'fetch'
          ? () => void fetch('https://canary.unscored.test/content').catch(() => undefined)
          : () => {
              console.debug('[Unscored]', new Error('canary'));
              setTimeout(() => {
                throw new Error('canary 2');
              });
            };
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, func });
    },
    { u: url, k: kind },
  );
}

test.describe('zero network', () => {
  test('the recorder sees requests from each extension context (canary)', async ({ context, server, worker, extensionId }) => {
    const rec = new NetworkRecorder(context);
    const f = fixtures[0];
    server.serveFixture(f);
    const page = await context.newPage();
    await rec.watchPage(context, page);
    await page.goto(f.url);
    await worker.evaluate(() => fetch('https://canary.unscored.test/worker').catch(() => undefined));
    await canaryInContentWorld(worker, f.url, 'fetch');
    const popup = await extensionPage(context, extensionId, EXTENSION_PAGES[0]);
    await popup.evaluate(() => fetch('https://canary.unscored.test/popup').catch(() => undefined));
    await expect.poll(() => rec.found.map((r) => `${r.where.split(' ')[0]} ${new URL(r.what).pathname}`).sort()).toEqual(
      ['content /content', 'extension /popup', 'service /worker'],
    );
    expect(await NetworkRecorder.workerFetches(worker)).toEqual(['https://canary.unscored.test/worker']);
  });

  test(`no request from any extension context over ${fixtures.length} fixtures, the popup and the options page`, async ({ context, server, worker, extensionId }) => {
    // Every fixture in one test: a loaded host needs more than the default minute.
    test.setTimeout(240_000);
    const rec = new NetworkRecorder(context);
    for (const f of fixtures) {
      server.serveFixture(f);
      const page = await context.newPage();
      await rec.watchPage(context, page);
      await page.goto(f.url);
      await waitForEngine(page);
      // Scroll the page as a reader would: lazy work, if any, happens now.
      await page.mouse.wheel(0, 2000);
      await waitForEngine(page);
      await page.close();
    }
    for (const path of EXTENSION_PAGES) {
      const page = await extensionPage(context, extensionId, path, (p) => rec.watchPage(context, p).then(() => undefined));
      await page.close();
    }
    expect(rec.found, rec.found.map((r) => `${r.where}: ${r.what}`).join('\n')).toEqual([]);
    expect(await NetworkRecorder.workerFetches(worker)).toEqual([]);
  });
});

test.describe('never breaks the page', () => {
  test('the recorder sees an error of ours in the content-script world (canary)', async ({ context, server, worker }) => {
    const rec = new ErrorRecorder();
    const f = fixtures[0];
    server.serveFixture(f);
    const page = await context.newPage();
    await rec.watchPage(context, page, false);
    await page.goto(f.url);
    await canaryInContentWorld(worker, f.url, 'errors');
    // A page's own console error is not ours.
    await page.evaluate(() => console.error('the page itself'));
    // The uncaught one is reported twice (as a page error and as an exception in our world).
    await expect.poll(() => rec.found.map((r) => r.what.replace(/\n.*/s, '')).sort()).toEqual(
      ['console.debug: [Unscored] Error: canary', 'exception: Error: canary 2', 'uncaught: canary 2'],
    );
  });

  test(`no uncaught error and no error of ours over ${fixtures.length} fixtures and the extension pages`, async ({ context, server, worker, extensionId }) => {
    test.setTimeout(240_000);
    const rec = new ErrorRecorder();
    rec.watchWorker(worker);
    for (const f of fixtures) {
      server.serveFixture(f);
      const page = await context.newPage();
      await rec.watchPage(context, page, false);
      await page.goto(f.url);
      await waitForEngine(page);
      // Live changes: a title change, added text, a removed subtree.
      await page.evaluate(() => {
        document.title = `(9) ${document.title}`;
        document.body.append(Object.assign(document.createElement('span'), { textContent: '12 likes' }));
        document.body.firstElementChild?.remove();
      });
      await page.mouse.wheel(0, 2000);
      await waitForEngine(page);
      await page.close();
    }
    for (const path of EXTENSION_PAGES) {
      const page = await extensionPage(context, extensionId, path, (p) => rec.watchPage(context, p, true));
      await page.close();
    }
    expect(rec.found, rec.found.map((r) => `${r.where}: ${r.what}`).join('\n')).toEqual([]);
  });
});

/** Floors measured with the site selectors left out (see the report in the test output). */
const FALLBACK_FLOOR = {
  /** Share of all annotated metrics, over every fixture, still hidden (measured: 317 / 332 = 95%, 2026-12-01; 68% before the recogniser). */
  overall: 0.9,
  /** Share on each site (measured lowest: medium 67%, hackernews and twitch 75%). */
  site: 0.6,
};

test.describe('markup changed', () => {
  const dist = `${DIST}-nometrics`;
  test.beforeAll(() => {
    test.setTimeout(180_000);
    execFileSync('node', ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, UNSCORED_DIST: dist, UNSCORED_TEST_DROP_SITE_METRICS: '1', ...(optionalSites.length ? { UNSCORED_TEST_GRANT_OPTIONAL: '1' } : {}) },
      stdio: 'pipe',
    });
  });

  test('with every site file\'s metric selectors gone, the fallbacks still hide a measured share', async () => {
    test.setTimeout(300_000);
    expect(existsSync(`${dist}/chrome/manifest.json`)).toBe(true);
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs(`${dist}/chrome`),
      viewport: { width: 1200, height: 900 },
    });
    try {
      const server = new Server();
      await server.attach(context);
      const page = await context.newPage();
      const perSite = new Map<string, { hidden: number; total: number; missed: string[] }>();
      for (const f of fixtures) {
        const { reports } = await runFixture(page, server, f);
        const metrics = reports.filter((r) => r.kind === 'metric');
        const s = perSite.get(f.site) ?? { hidden: 0, total: 0, missed: [] };
        s.total += metrics.length;
        s.hidden += metrics.filter((r) => r.ok).length;
        s.missed.push(...metrics.filter((r) => !r.ok).map((r) => `${f.name}: ${r.where} "${r.text}"`));
        perSite.set(f.site, s);
      }
      await page.close();
      const rows = [...perSite.entries()].map(([site, s]) => ({ site, hidden: s.hidden, total: s.total, share: s.total ? Math.round((100 * s.hidden) / s.total) : 0 }));
      const hidden = rows.reduce((n, r) => n + r.hidden, 0);
      const total = rows.reduce((n, r) => n + r.total, 0);
      const report = [
        'Markup changed (site metric selectors removed): metrics still hidden by text patterns + aria-label fallback',
        ...rows.map((r) => `  ${r.site.padEnd(14)} ${String(r.hidden).padStart(3)} / ${String(r.total).padEnd(3)} ${String(r.share).padStart(3)}%`),
        `  ${'all'.padEnd(14)} ${String(hidden).padStart(3)} / ${String(total).padEnd(3)} ${String(Math.round((100 * hidden) / total)).padStart(3)}%`,
      ].join('\n');
      console.log(report);
      test.info().annotations.push({ type: 'markup-changed', description: report });
      expect(total).toBeGreaterThan(0);
      // The check can fail: without site selectors, something is missed somewhere.
      expect(hidden, 'the no-selector build should not hide everything (is the flag working?)').toBeLessThan(total);
      expect(hidden / total, report).toBeGreaterThanOrEqual(FALLBACK_FLOOR.overall);
      const below = rows.filter((r) => r.total && r.hidden / r.total < FALLBACK_FLOOR.site);
      expect(below.map((r) => `${r.site} ${r.hidden}/${r.total}: ${perSite.get(r.site)!.missed.join('; ')}`), report).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
