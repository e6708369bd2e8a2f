/**
 * Playwright fixtures: Debian's Chromium with the unpacked Chrome build loaded, and pages served
 * under real hostnames with context.route (nothing leaves the machine: every other request is
 * answered locally with 404, and recorded so that tests can assert there were none).
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { DIST_CHROME, DIST_GRANTED_CHROME } from './paths';
import { sites } from '../../src/sites';
import { controlUrl, type FixtureFile } from './fixture-files';
import { collectAnnotations, type AnnotationReport } from './annotations';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(dist = DIST_CHROME): string[] {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
  ];
}

/** Pages served per URL (exact, without hash); anything else gets a local 404. */
export class Server {
  private readonly pages = new Map<string, { body: string; contentType: string }>();
  /** Every request that reached the router and was not one of our pages. */
  readonly strays: string[] = [];

  set(url: string, body: string, contentType = 'text/html; charset=utf-8'): void {
    this.pages.set(url.split('#')[0], { body, contentType });
  }

  /** Serves a fixture under its real URL and its control copy under a host we do not match. */
  serveFixture(f: FixtureFile): void {
    this.set(f.url, f.html);
    this.set(controlUrl(f.url), f.html);
  }

  async attach(context: BrowserContext): Promise<void> {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
      const page = this.pages.get(url.split('#')[0]);
      if (page) return route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
      this.strays.push(url);
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
    });
  }
}

/**
 * Optional sites (issue 20), picked from the registry: their hosts are asked for at run time, so
 * a spec that runs their fixtures needs them turned on. Firefox turns them on for real
 * (e2e/lib/firefox.ts turnOnOptionalSites); headless Chromium cannot accept the prompt, so
 * such specs use the granted test build (`test.use({ granted: true })`), which declares them as
 * the background registers them once granted: the same content script and stylesheet.
 */
export const optionalSites = sites.filter((s) => s.optional);

export interface ExtFixtures {
  /** Load the granted test build (DIST_GRANTED) instead of the real one. */
  granted: boolean;
  context: BrowserContext;
  extensionId: string;
  server: Server;
  worker: Worker;
}

export const test = base.extend<ExtFixtures>({
  granted: [false, { option: true }],
  context: async ({ granted }, use) => {
    const dist = granted ? DIST_GRANTED_CHROME : DIST_CHROME;
    if (!existsSync(`${dist}/manifest.json`)) throw new Error(`No build at ${dist}: run npm run build (the granted build comes from e2e/lib/global-setup.ts)`);
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(dist),
      viewport: { width: 1200, height: 900 },
    });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  server: async ({ context }, use) => {
    const server = new Server();
    await server.attach(context);
    await use(server);
  },
});
export { expect };

/** Writes settings straight into extension storage (through the service worker). */
export async function setStoredSettings(worker: Worker, value: unknown): Promise<void> {
  await worker.evaluate(async (v) => {
    await chrome.storage.local.set({ settings: v });
  }, value);
}

/** Waits until the content script applied settings (it sets attributes on <html>). */
export async function waitForEngine(page: Page): Promise<void> {
  // The engine is synchronous from document_start; settings arrive a moment later. Give the
  // storage read a few frames: the check is about the final state, flashes have their own test.
  await page.waitForTimeout(150);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export interface FixtureResult {
  reports: AnnotationReport[];
  /** Text of every keep annotation without the extension, in the same order. */
  controlKeeps: string[];
}

/** Loads a fixture without and with the extension and collects both sides' annotations. */
export async function runFixture(page: Page, server: Server, f: FixtureFile): Promise<FixtureResult> {
  server.serveFixture(f);
  await page.goto(controlUrl(f.url));
  const control = await page.evaluate(collectAnnotations);
  await page.goto(f.url);
  await waitForEngine(page);
  const reports = await page.evaluate(collectAnnotations);
  return { reports, controlKeeps: control.filter((r) => r.kind === 'keep').map((r) => r.text) };
}

/** Asserts both sides: metrics unreadable, scrubbed attributes clean, keeps visible and unchanged. */
export function expectFixtureHidden(name: string, { reports, controlKeeps }: FixtureResult): void {
  const metrics = reports.filter((r) => r.kind === 'metric');
  const keeps = reports.filter((r) => r.kind === 'keep');
  expect(metrics.length, `${name}: fixture has metric annotations`).toBeGreaterThan(0);
  expect(keeps.length, `${name}: fixture has keep annotations`).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const r of reports) if (!r.ok) failures.push(`${r.kind} ${r.where} "${r.text}": ${r.why}`);
  keeps.forEach((r, i) => {
    if (r.text !== controlKeeps[i]) failures.push(`keep ${r.where}: text changed from "${controlKeeps[i]}" to "${r.text}"`);
  });
  expect(failures, `${name}: ${failures.length} problems`).toEqual([]);
}
