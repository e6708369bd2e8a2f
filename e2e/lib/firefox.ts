/**
 * Debian's Firefox ESR with the Firefox build installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox). Pages are served
 * under real hostnames by request interception; nothing leaves the machine.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { test } from '@playwright/test';
import { DIST_FIREFOX } from './paths';
import { sites } from '../../src/sites';

export const GECKO_ID = 'unscored@unscored.app';
/** Pinned so the popup and options have a known moz-extension:// address. */
export const FIREFOX_UUID = '6d1b2b6e-5a3c-4f7e-9d61-0c2f1a7e9b11';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * `prefs`: more Firefox preferences for one spec (e2e/firefox-android.spec.ts's user agent).
 * `install: false` leaves the extension out, for a spec that installs it itself over open tabs
 * (e2e/firefox-open-tabs.spec.ts).
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}, { install = true } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No background traffic from the browser itself.
      'app.update.enabled': false,
      'browser.search.update': false,
      'extensions.update.enabled': false,
      // Optional permissions are granted without a prompt (no one is there to answer it): the
      // real permissions.request, from a real click, for turnOnOptionalSites below.
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
    },
  });
  if (install) await browser.installExtension(DIST_FIREFOX);
  return browser;
}

export function extensionUrl(path: string): string {
  return `moz-extension://${FIREFOX_UUID}/${path}`;
}

/** Serves the given pages by URL; anything else gets a local 404. */
export async function servePages(page: Page, pages: Record<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url().split('#')[0];
    // A request Firefox dropped while we answered (its frame detached as the page closed) makes
    // the answer fail with "no such request": nothing is left to answer, so that one is ignored;
    // any other failure still fails the test.
    const settle = (p: Promise<void>) =>
      void p.catch((e: unknown) => {
        if (!/no such request/i.test(String((e as Error)?.message ?? e))) throw e;
      });
    if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('about:')) return settle(req.continue());
    const body = pages[url];
    if (body !== undefined) return settle(req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    return settle(req.respond({ status: 404, contentType: 'text/plain', body: 'not served in tests' }));
  });
}

/** Whether an error, or any error in its `cause` chain, is a protocol error (puppeteer wraps it twice). */
export function causedByProtocolError(e: unknown): boolean {
  for (let err: unknown = e, depth = 0; err && depth < 10; err = (err as { cause?: unknown }).cause, depth++) {
    if (/protocol error/i.test(String(err))) return true;
  }
  return false;
}

/**
 * Opens an extension page. Under BiDi, goto() of a moz-extension:// address never resolves, so
 * we wait for the page's content instead. While the document is being replaced, Firefox can
 * answer that wait with a protocol error ("right-hand side of 'in' should be an object, got
 * null", seen in CI, wrapped once or twice) instead of a retry: such errors are retried until the
 * deadline.
 */
export async function openExtensionPage(page: Page, path: string, readySelector: string): Promise<void> {
  void page.goto(extensionUrl(path)).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      // The new tab is about:blank until the extension page replaces it, and about:blank has a
      // <body> too: wait for the extension's own document (CI once evaluated `browser.storage`
      // on about:blank and found no `browser`).
      await page.waitForFunction(
        (sel) => location.protocol === 'moz-extension:' && document.readyState !== 'loading' && !!document.querySelector(sel),
        { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
        readySelector,
      );
      return;
    } catch (e) {
      if (Date.now() >= deadline || !causedByProtocolError(e)) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Turns on every optional site (issue 20) the way a user does: the options page's "Turn on"
 * buttons, clicked (permissions.request from a user action, granted by the pref above); the
 * background then registers each site's content script. Returns the ids turned on.
 */
export async function turnOnOptionalSites(browser: Browser): Promise<string[]> {
  const optional = sites.filter((s) => s.optional);
  if (!optional.length) return [];
  const page = await browser.newPage();
  await openExtensionPage(page, 'src/options/index.html', '#sites h2');
  for (const s of optional) {
    const button = `#sites article[aria-labelledby="site-${s.id}"] .optional-state button`;
    await page.waitForSelector(button, { timeout: 10_000 });
    await page.click(button);
    await page.waitForFunction((sel) => !document.querySelector(sel), { timeout: 10_000 }, button);
  }
  // The background registers on permissions.onAdded: give its serialized sync a moment.
  await new Promise((r) => setTimeout(r, 500));
  await page.close();
  return optional.map((s) => s.id);
}

/**
 * One Firefox for a spec file, launched before its first test with every optional site turned on
 * (their content scripts really registered), closed after its last: returns the browser's getter.
 */
export function firefoxForSpec(): () => Browser {
  let browser: Browser | undefined;
  test.beforeAll(async () => {
    browser = await launchFirefox();
    await turnOnOptionalSites(browser);
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * A new tab with these settings stored (written from an extension page: any one can, only its
 * <body> is needed), these pages served, and `url` loaded (`before` run in the page first).
 */
export async function openWithSettings(browser: Browser, settings: unknown, pages: Record<string, string>, url: string, before?: string): Promise<Page> {
  const page = await browser.newPage();
  await openExtensionPage(page, 'src/options/index.html', 'body');
  await page.evaluate(async (v) => {
    await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: v });
  }, JSON.parse(JSON.stringify(settings)));
  await servePages(page, pages);
  if (before) await page.evaluateOnNewDocument(before);
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 300));
  return page;
}
