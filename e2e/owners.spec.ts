/**
 * Whose numbers, the hint style and "only on a post's page" (issue 19), in Chromium and in
 * Firefox ESR: one parametrised run over every site with owner fixtures
 * (e2e/fixtures/<site>/owners/), each page loaded once without the extension and once per mode.
 */
import { test as base, expect } from '@playwright/test';
import type { Browser, Page as PPage } from 'puppeteer-core';
import { test, setStoredSettings, waitForEngine } from './lib/extension';
import { controlUrl } from './lib/fixture-files';
import { collectAnnotations, COLLECT_ANNOTATIONS_JS } from './lib/annotations';
import { COLLECT_OWNERS_JS, expectOwners, listOwnerFixtures, ownerSettings, pageOwnerOf, type OwnerReport, OWNER_SITES } from './lib/owners';
import { launchFirefox, openExtensionPage, servePages } from './lib/firefox';
import type { AnnotationReport } from './lib/annotations';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES, ROOT } from './lib/paths';

/** The hint fixture: counts of 0, 1 and many, each with the mark it must get. */
const HINT_URL = 'https://x.com/runner_2024';
const HINT_HTML = readFileSync(resolve(FIXTURES, 'x', 'hint', 'counts.html'), 'utf8');
const X_OWNERS = listOwnerFixtures().find((f) => f.site === 'x' && f.name === 'owners/self')!;
const STATUS_PATH = '/runner_2024/status/1860000000000000011';

/** Run in the page: each annotated count's expected mark, the mark drawn after it, and whether a digit can be read. */
function readHints(): { want: string; got: string }[] {
  return Array.from(document.querySelectorAll('[data-expect-hint]')).map((el) => {
    let got = '';
    for (let n: Element | null = el; n && !got && n.localName !== 'button' && n.localName !== 'a'; n = n.parentElement) {
      const c = getComputedStyle(n, '::after').content;
      if (c && c !== 'none' && c !== 'normal') got = c.replace(/^"|"$/g, '');
    }
    return { want: el.getAttribute('data-expect-hint') ?? '', got };
  });
}
const READ_HINTS_JS = `(() => { const __name = (f) => f; return (${readHints.toString()})(); })()`;

/** Run in the page: the replies counts of the owner fixture, readable or not. */
function repliesReadable(): boolean[] {
  return Array.from(document.querySelectorAll('[data-testid="reply"] [data-expect="metric"]')).map((el) => getComputedStyle(el).visibility === 'visible');
}
const REPLIES_JS = `(() => { const __name = (f) => f; return (${repliesReadable.toString()})(); })()`;

const fixtures = listOwnerFixtures();

base('every covered site has an owner fixture', () => {
  expect(OWNER_SITES.filter((s) => !fixtures.some((f) => f.site === s))).toEqual([]);
});

// One browser context for every site (a context is a browser launch: seconds each on this machine);
// each site's failures are reported on their own (soft), so one site cannot hide another's.
test('chromium: every covered site, only mine and only others\'', async ({ context, server, worker }) => {
  test.slow();
  for (const f of fixtures) {
    await test.step(`${f.site}/${f.name}`, async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      server.serveFixture(f);
      await page.goto(controlUrl(f.url));
      const control = (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[];
      const controlKeeps = (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'keep').map((r) => r.text);
      for (const mode of ['mine', 'others'] as const) {
        await setStoredSettings(worker, ownerSettings(mode));
        await page.goto(f.url);
        await waitForEngine(page);
        expectOwners(`${f.site}/${f.name}`, mode, (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[], control, await page.evaluate(collectAnnotations), controlKeeps, true, pageOwnerOf(f.html));
      }
      expect.soft(errors, `${f.site}: uncaught errors on the page`).toEqual([]);
      await page.close();
    });
  }
});

test.describe('chromium: hint style, post pages, popup and options', () => {
  test('hint style: 0, 1 and many as their three marks, no digit drawn or announced', async ({ context, server, worker }) => {
    await setStoredSettings(worker, ownerSettings('both', 'hint'));
    server.set(HINT_URL, HINT_HTML);
    const page = await context.newPage();
    await page.goto(HINT_URL);
    await waitForEngine(page);
    const hints = (await page.evaluate(READ_HINTS_JS)) as { want: string; got: string }[];
    expect(hints.length).toBe(6);
    expect(hints.map((h) => h.got)).toEqual(hints.map((h) => h.want));
    expect((await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'metric' && !r.ok)).toEqual([]);
    // What a screen reader hears, from Chromium's own accessibility tree: the mark's word (the
    // generated text of a visible ::after), never the number (the count is visibility:hidden).
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; name?: { value?: string } }[] };
    const names = nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? '')).filter(Boolean);
    // The counts were 0, 1, 1, 0, 2.3K and 12; names and post text keep their digits.
    expect(names.filter((n) => /^(0|1|2\.3K|12)$|\b(2378|2\.3K)\b/.test(n.trim())), 'no count announced').toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['none', 'one', 'some']));
  });

  test('replies only on a post\'s page: hidden on the profile, shown after a pushState to the post, hidden again on Back', async ({ context, server, worker }) => {
    await setStoredSettings(worker, ownerSettings('both', 'hide', ['replies']));
    server.serveFixture(X_OWNERS);
    const page = await context.newPage();
    await page.goto(X_OWNERS.url);
    await waitForEngine(page);
    expect(await page.evaluate(REPLIES_JS)).toEqual([false, false]);
    // The app changes address without a load (no new document, no webNavigation).
    await page.evaluate((p) => history.pushState({}, '', p), STATUS_PATH);
    await expect.poll(() => page.evaluate(REPLIES_JS)).toEqual([true, true]);
    await page.evaluate(() => history.back());
    await expect.poll(() => page.evaluate(REPLIES_JS)).toEqual([false, false]);
    // Other kinds stayed hidden throughout.
    expect((await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'metric' && !r.ok && !/^(4|12)$/.test(r.text))).toEqual([]);
  });

  test('until the page names the account, no split count is shown (never shown, then hidden)', async ({ context, server, worker }) => {
    await setStoredSettings(worker, ownerSettings('others'));
    // The profile link arrives late, as in an app that renders its nav after the timeline.
    const link = '<a href="/runner_2024" aria-label="Profile" role="link" data-testid="AppTabBar_Profile_Link"><span data-expect="keep">Profile</span></a>';
    expect(X_OWNERS.html).toContain(link);
    server.set(X_OWNERS.url, X_OWNERS.html.replace(link, ''));
    const page = await context.newPage();
    await page.goto(X_OWNERS.url);
    await waitForEngine(page);
    const before = (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[];
    // The unread badge is always the user's own: shown with "only others'" hidden, account or not.
    expect(before.filter((r) => !r.unreadable && !r.where.includes('AppTabBar_Notifications_Link')).map((r) => `${r.owner} ${r.text}`)).toEqual([]);
    await page.evaluate((html) => document.querySelector('header nav')!.insertAdjacentHTML('beforeend', html), link);
    // Own counts (and the badge, always the user's) are shown once the account is known.
    await expect.poll(async () => ((await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[]).filter((r) => r.owner === 'mine' && r.unreadable).length).toBe(0);
    expect(((await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[]).filter((r) => r.owner === 'others' && !r.unreadable)).toEqual([]);
  });

  test('popup: whose numbers in one click, the post-page switch; options: per kind; axe finds nothing', async ({ context, server, worker, extensionId }) => {
    // Two axe runs on a shared two-core machine.
    test.slow();
    // The hide style, so that what is hidden is out of the accessibility tree too (the check's terms).
    await setStoredSettings(worker, ownerSettings('both', 'hide'));
    server.serveFixture(X_OWNERS);
    const page = await context.newPage();
    await page.goto(X_OWNERS.url);
    await waitForEngine(page);
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, X_OWNERS.url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.locator('main.popup:not([aria-busy])').waitFor();
    await popup.getByRole('radio', { name: 'Only mine' }).check();
    const stored = () => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as any);
    await expect.poll(async () => (await stored())?.sites?.x?.whose?.likes).toBe('mine');
    // The tab follows: others' counts readable, own ones not.
    await expect.poll(async () => ((await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[]).filter((r) => r.owner === 'others' && r.unreadable).length).toBe(0);
    expect(((await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[]).filter((r) => r.owner === 'mine' && !r.unreadable)).toEqual([]);
    await popup.getByRole('switch', { name: /only on a post/i }).check();
    await expect.poll(async () => (await stored())?.sites?.x?.postPageOnly?.replies).toBe(true);
    await popup.getByRole('radio', { name: 'Hint' }).check();
    await expect.poll(async () => (await stored())?.style).toBe('hint');
    const shots = resolve(ROOT, 'artifacts', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await popup.screenshot({ path: resolve(shots, 'popup-owners.png'), fullPage: true });
    const popupAxe = await new AxeBuilder({ page: popup }).analyze();
    expect(popupAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'axe on the popup').toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.locator('#sites').waitFor();
    const xSite = options.locator('article.site').filter({ has: options.getByRole('heading', { name: 'X', exact: true }) });
    await xSite.locator('summary').first().click();
    const replies = xSite.getByRole('combobox', { name: 'Replies and comments' });
    await expect(replies).toHaveValue('mine');
    await replies.selectOption('others');
    await expect.poll(async () => (await stored())?.sites?.x?.whose?.replies).toBe('others');
    await xSite.getByRole('checkbox', { name: /Likes: only on a post/ }).check();
    await expect.poll(async () => (await stored())?.sites?.x?.postPageOnly?.likes).toBe(true);
    await options.screenshot({ path: resolve(shots, 'options-owners.png'), fullPage: false });
    // The new controls only (ui.spec.ts runs axe over the whole page): the X site's, open, and the defaults'.
    const optionsAxe = await new AxeBuilder({ page: options }).include('#sites article.site:first-of-type').include('#defaults').analyze();
    expect(optionsAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'axe on the options page').toEqual([]);
  });
});

base.describe('firefox', () => {
  base.describe.configure({ mode: 'serial' });
  let browser: Browser;
  let settingsPage: PPage;
  base.beforeAll(async () => {
    browser = await launchFirefox();
    settingsPage = await browser.newPage();
    await openExtensionPage(settingsPage, 'src/options/index.html', 'body');
  });
  base.afterAll(async () => {
    await browser?.close();
  });
  const store = (v: unknown) =>
    settingsPage.evaluate(async (s) => {
      await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: s });
    }, JSON.parse(JSON.stringify(v)));

  base('firefox: hint style marks, and replies only on a post\'s page across pushState', async () => {
    await store(ownerSettings('both', 'hint'));
    const page = await browser.newPage();
    await servePages(page, { [HINT_URL]: HINT_HTML });
    await page.goto(HINT_URL);
    await new Promise((r) => setTimeout(r, 300));
    const hints = (await page.evaluate(READ_HINTS_JS)) as { want: string; got: string }[];
    expect(hints.length).toBe(6);
    expect(hints.map((h) => h.got)).toEqual(hints.map((h) => h.want));
    expect(((await page.evaluate(COLLECT_ANNOTATIONS_JS)) as AnnotationReport[]).filter((r) => r.kind === 'metric' && !r.ok)).toEqual([]);
    await page.close();

    await store(ownerSettings('both', 'hide', ['replies']));
    const p2 = await browser.newPage();
    await servePages(p2, { [X_OWNERS.url]: X_OWNERS.html });
    await p2.goto(X_OWNERS.url);
    await new Promise((r) => setTimeout(r, 300));
    expect(await p2.evaluate(REPLIES_JS)).toEqual([false, false]);
    // Firefox ESR has no Navigation API: the app's next render (a mutation) is where we notice.
    await p2.evaluate((p) => {
      history.pushState({}, '', p);
      document.body.append(document.createElement('div'));
    }, STATUS_PATH);
    const poll = async (want: boolean[]) => {
      for (let i = 0; i < 30 && JSON.stringify(await p2.evaluate(REPLIES_JS)) !== JSON.stringify(want); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await p2.evaluate(REPLIES_JS)).toEqual(want);
    };
    await poll([true, true]);
    await p2.evaluate(() => history.back());
    await poll([false, false]);
    await p2.close();
  });

  for (const f of fixtures) {
    base(`firefox: ${f.site}/${f.name}: only mine, only others'`, async () => {
      const page = await browser.newPage();
      await servePages(page, { [f.url]: f.html, [controlUrl(f.url)]: f.html });
      await page.goto(controlUrl(f.url));
      const control = (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[];
      const controlKeeps = ((await page.evaluate(COLLECT_ANNOTATIONS_JS)) as AnnotationReport[]).filter((r) => r.kind === 'keep').map((r) => r.text);
      for (const mode of ['mine', 'others'] as const) {
        await store(ownerSettings(mode));
        await page.goto(f.url);
        await new Promise((r) => setTimeout(r, 300));
        expectOwners(`firefox ${f.site}/${f.name}`, mode, (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[], control, (await page.evaluate(COLLECT_ANNOTATIONS_JS)) as AnnotationReport[], controlKeeps, false, pageOwnerOf(f.html));
      }
      await page.close();
    });
  }
});
