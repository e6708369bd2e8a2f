/**
 * The popup and the options page, driven like a user would, with the effect checked on the X
 * fixture: the popup is opened in a tab of its own with `?tab=<id>` naming the fixture's tab
 * (the toolbar popup itself cannot be opened by a test). Also: axe finds no violations (light
 * and dark), every control works by keyboard, and screenshots go to artifacts/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, waitForEngine, setStoredSettings, type Server } from './lib/extension';
import { listFixtures } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';
import { ROOT } from './lib/paths';
import { offersPause, sites } from '../src/sites';

const home = listFixtures('x').find((f) => f.name === 'home')!;
const SHOTS = resolve(ROOT, 'artifacts', 'screenshots');

async function openFixture(context: BrowserContext, server: Server, worker: Worker): Promise<{ page: Page; tabId: number }> {
  server.serveFixture(home);
  const page = await context.newPage();
  await page.goto(home.url);
  await waitForEngine(page);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, home.url);
  expect(tabId, 'fixture tab found').toBeGreaterThan(0);
  return { page, tabId: tabId! };
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.locator('main.popup:not([aria-busy])').waitFor();
  return popup;
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await page.locator('#sites').waitFor();
  return page;
}

/** Texts of the metric annotations that can be read on the fixture page. */
async function readable(page: Page): Promise<string[]> {
  const r = await page.evaluate(collectAnnotations);
  return r.filter((x) => x.kind === 'metric' && !x.ok).map((x) => x.text).sort();
}
/** Labels (aria-label/title) on the fixture page that carry their counts now. */
async function labelsWithCounts(page: Page): Promise<{ carrying: number; all: number }> {
  const r = (await page.evaluate(collectAnnotations)).filter((x) => x.kind === 'scrub');
  return { carrying: r.filter((x) => !x.ok).length, all: r.length };
}
async function metricCount(page: Page): Promise<number> {
  return (await page.evaluate(collectAnnotations)).filter((x) => x.kind === 'metric').length;
}

async function stored(worker: Worker): Promise<Record<string, any>> {
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
}

async function axe(page: Page, what: string): Promise<void> {
  const r = await new AxeBuilder({ page }).analyze();
  const found = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${what}`).toEqual([]);
}

test.describe('popup', () => {
  test('names the site, switches it off and on, and the tab follows at once', async ({ context, server, worker, extensionId }) => {
    const { page, tabId } = await openFixture(context, server, worker);
    expect(await readable(page)).toEqual([]);
    const popup = await openPopup(context, extensionId, tabId);
    await expect(popup.locator('.where')).toContainText('X');
    await expect(popup.getByRole('status').first()).toHaveText('Hiding is on here.');
    await expect(popup.getByText('Alt+Shift+U')).toBeVisible();

    const main = popup.getByRole('switch', { name: 'Hide scores on X' });
    await expect(main).toBeChecked();
    await main.click();
    await expect(main).not.toBeChecked();
    await expect(popup.getByRole('status').first()).toContainText('Hiding is off here');
    await expect.poll(() => readable(page)).toHaveLength(await metricCount(page));
    expect((await stored(worker)).sites.x.enabled).toBe(false);
    // Every scrubbed label has its original back.
    const labels = await labelsWithCounts(page);
    expect(labels.all).toBeGreaterThan(5);
    expect(labels.carrying).toBe(labels.all);

    await main.click();
    await expect.poll(() => readable(page)).toEqual([]);
    expect((await labelsWithCounts(page)).carrying).toBe(0);
  });

  test('keyboard: Space on the focused switch toggles it; a kind switch shows that kind only', async ({ context, server, worker, extensionId }) => {
    const { page, tabId } = await openFixture(context, server, worker);
    const popup = await openPopup(context, extensionId, tabId);
    // Reach the likes switch by Tab from the site switch, like a keyboard user.
    await popup.getByRole('switch', { name: 'Hide scores on X' }).focus();
    await popup.keyboard.press('Tab');
    await expect(popup.getByRole('switch', { name: 'Likes' })).toBeFocused();
    await popup.keyboard.press('Space');
    await expect(popup.getByRole('switch', { name: 'Likes' })).not.toBeChecked();
    await expect.poll(() => readable(page)).toEqual(['12', '2.3K'].sort());
    expect((await stored(worker)).sites.x.kinds.likes).toBe(false);
  });

  test('hiding style and "Show for 1 minute"', async ({ context, server, worker, extensionId }) => {
    const { page, tabId } = await openFixture(context, server, worker);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('radio', { name: 'Hide', exact: true }).check();
    await expect.poll(async () => (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'metric').every((r) => r.ok && r.why.includes('visibility'))).toBe(true);
    expect((await stored(worker)).style).toBe('hide');

    await popup.getByRole('button', { name: 'Show for 1 minute' }).click();
    await expect.poll(() => readable(page)).toHaveLength(await metricCount(page));
    const peek = await worker.evaluate(async () => (await chrome.storage.local.get('peek')).peek);
    expect((peek as Record<string, number>).x).toBeGreaterThan(Date.now() + 30_000);
    await expect(popup.getByText(/more seconds/)).toBeVisible();
    await popup.getByRole('button', { name: 'Hide again now' }).click();
    await expect.poll(() => readable(page)).toEqual([]);
  });

  test('ask before posting, with the question edited in the popup', async ({ context, server, worker, extensionId }) => {
    const { tabId } = await openFixture(context, server, worker);
    const popup = await openPopup(context, extensionId, tabId);
    await expect(popup.getByLabel('Your question')).toHaveCount(0);
    await popup.getByRole('switch', { name: 'Ask before posting on X' }).check();
    const q = popup.getByLabel('Your question');
    await q.fill('Would I say this to their face?');
    await expect.poll(async () => (await stored(worker)).pause).toMatchObject({ sites: { x: true }, question: 'Would I say this to their face?' });
    // Clearing the field keeps the draft empty (the stored value falls back to the default).
    await q.fill('');
    await expect(q).toHaveValue('');
  });

  test('a page Unscored does not cover says so', async ({ context, server, worker, extensionId }) => {
    server.set('https://example.org/', '<!doctype html><title>Example</title><p>12 likes</p>');
    const page = await context.newPage();
    await page.goto('https://example.org/');
    // Without a host permission the tab's address is hidden from the extension: take the newest tab.
    const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
    const popup = await openPopup(context, extensionId, tabId!);
    await expect(popup.getByText('Unscored does not run on this')).toBeVisible();
    await expect(popup.getByRole('switch')).toHaveCount(0);
  });

  test('axe: no violations, light and dark; screenshots', async ({ context, server, worker, extensionId }) => {
    const { tabId } = await openFixture(context, server, worker);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('switch', { name: 'Ask before posting on X' }).check();
    await popup.getByLabel('Your question').waitFor();
    mkdirSync(SHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await axe(popup, `popup (${scheme})`);
      const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
      expect(width).toBeGreaterThanOrEqual(360);
      expect(width).toBeLessThanOrEqual(400);
      await popup.locator('body').screenshot({ path: resolve(SHOTS, `popup-${scheme}.png`) });
    }
  });
});

test.describe('options', () => {
  test('site switch, kind switch and style change the open X tab', async ({ context, server, worker, extensionId }) => {
    const { page } = await openFixture(context, server, worker);
    const opts = await openOptions(context, extensionId);
    const x = opts.locator('article', { has: opts.getByRole('heading', { name: 'X', exact: true }) });
    await x.getByRole('switch', { name: 'Hide scores on X' }).uncheck();
    await expect.poll(() => readable(page)).toHaveLength(await metricCount(page));
    await x.getByRole('switch', { name: 'Hide scores on X' }).check();
    await expect.poll(() => readable(page)).toEqual([]);

    await x.getByText(/Which numbers/).click();
    await x.getByRole('switch', { name: 'Likes' }).uncheck();
    await expect.poll(() => readable(page)).toEqual(['12', '2.3K'].sort());

    await opts.locator('#style').getByRole('radio', { name: /^Hide/ }).check();
    await expect.poll(async () => (await stored(worker)).style).toBe('hide');
  });

  test('custom selectors: an invalid one is explained and never saved; a valid one hides', async ({ context, server, worker, extensionId }) => {
    const { page } = await openFixture(context, server, worker);
    const opts = await openOptions(context, extensionId);
    const x = opts.locator('article', { has: opts.getByRole('heading', { name: 'X', exact: true }) });
    await x.getByText(/Your own selectors/).click();
    const field = x.getByLabel('CSS selector to hide on X');
    for (const bad of ['a[', 'body', '.a { color: red }']) {
      await field.fill(bad);
      await x.getByRole('button', { name: 'Add selector' }).click();
      await expect(x.getByRole('alert')).toContainText('Not saved');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect((await stored(worker)).sites?.x?.customSelectors ?? []).toEqual([]);

    const tweetText = async () => (await page.evaluate(collectAnnotations)).find((r) => r.kind === 'keep' && r.where.includes('tweetText'))!.ok;
    expect(await tweetText()).toBe(true);
    await field.fill('[data-testid="tweetText"]');
    await field.press('Enter');
    await expect(x.getByRole('list', { name: 'Your selectors on X' })).toContainText('[data-testid="tweetText"]');
    expect((await stored(worker)).sites.x.customSelectors).toEqual(['[data-testid="tweetText"]']);
    await expect.poll(tweetText).toBe(false);
    await x.getByRole('button', { name: 'Remove selector [data-testid="tweetText"]' }).click();
    await expect.poll(tweetText).toBe(true);
  });

  test('custom selectors: one that matches nothing on the open page is flagged', async ({ context, server, worker, extensionId }) => {
    await openFixture(context, server, worker);
    const opts = await openOptions(context, extensionId);
    const x = opts.locator('article', { has: opts.getByRole('heading', { name: 'X', exact: true }) });
    await x.getByText(/Your own selectors/).click();
    const field = x.getByLabel('CSS selector to hide on X');
    await field.fill('.no-such-count');
    await field.press('Enter');
    const list = x.getByRole('list', { name: 'Your selectors on X' });
    await expect(list.locator('li', { hasText: '.no-such-count' })).toContainText('Matches nothing on the open X page');
    await field.fill('time');
    await field.press('Enter');
    // The X home fixture has two <time> elements.
    await expect(list.locator('li', { hasText: /^time/ })).toContainText('Matches 2 elements');
    await expect(list.locator('li', { hasText: /^time/ })).not.toContainText('Matches nothing');
  });

  test('a bad import changes nothing and lists what is wrong; a good one applies', async ({ context, server, worker, extensionId }) => {
    await setStoredSettings(worker, { version: 1, style: 'hover', sites: { x: { enabled: true, kinds: { likes: false } } } });
    const { page } = await openFixture(context, server, worker);
    const opts = await openOptions(context, extensionId);
    const before = await stored(worker);
    const file = opts.locator('#backup input[type=file]');
    const bad = JSON.stringify({ format: 'unscored-settings', version: 1, settings: { style: 'neon', sites: { x: { enabled: 'yes' } } } });
    await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = opts.locator('[data-outcome="error"]');
    await expect(alert).toContainText('bad.json was not imported');
    await expect(alert).toContainText('style');
    await expect(alert).toContainText('sites.x.enabled');
    await file.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
    await expect(opts.locator('[data-outcome="error"]')).toContainText('not valid JSON');
    expect(await stored(worker)).toEqual(before);
    expect(await readable(page)).toEqual(['12', '2.3K'].sort());

    const good = JSON.stringify({ format: 'unscored-settings', version: 1, settings: { style: 'hide', sites: { x: { enabled: false } } } });
    await file.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await expect(opts.locator('[data-outcome="ok"]')).toContainText('Settings imported');
    await expect.poll(() => readable(page)).toHaveLength(await metricCount(page));
    await expect(opts.getByRole('switch', { name: 'Hide scores on X' })).not.toBeChecked();
  });

  test('reset asks first, then restores the defaults', async ({ context, server, worker, extensionId }) => {
    await setStoredSettings(worker, { version: 1, style: 'hover', sites: { x: { enabled: false } } });
    const { page } = await openFixture(context, server, worker);
    const opts = await openOptions(context, extensionId);
    await opts.getByRole('button', { name: 'Reset to defaults…' }).click();
    await expect(opts.getByRole('button', { name: 'Yes, reset everything' })).toBeFocused();
    await opts.getByRole('button', { name: 'Cancel' }).click();
    expect((await stored(worker)).style).toBe('hover');
    await opts.getByRole('button', { name: 'Reset to defaults…' }).click();
    await opts.getByRole('button', { name: 'Yes, reset everything' }).click();
    await expect(opts.getByText('All settings are back to their defaults.')).toBeVisible();
    expect((await stored(worker)).style).toBe('blur');
    await expect.poll(() => readable(page)).toEqual([]);
  });

  test('pause settings are saved; the delay is checked', async ({ context, worker, extensionId }) => {
    const opts = await openOptions(context, extensionId);
    const pause = opts.locator('#pause');
    await pause.getByRole('switch', { name: 'Ask before posting on X' }).check();
    await pause.getByLabel('Your question').fill('Is this kind?');
    await pause.getByLabel('A second line (optional)').fill('Breathe.');
    const delay = pause.getByLabel('Seconds before you can post (0–60)');
    await delay.fill('75');
    await expect(pause.getByRole('alert')).toContainText('0 to 60');
    await delay.fill('10');
    await pause.getByRole('switch', { name: /one line about why/ }).check();
    await pause.getByRole('switch', { name: /private journal/ }).check();
    // The chat switch: off by default, explained to screen readers, and worked by keyboard.
    const chat = pause.getByRole('switch', { name: 'Also in chat and direct messages' });
    await expect(chat).not.toBeChecked();
    await expect(chat).toHaveAccessibleDescription(/Twitch chat included/);
    await chat.focus();
    await opts.keyboard.press('Space');
    await expect(chat).toBeChecked();
    // Every registry site with a composer is offered, Twitch (its chat) included; a site without
    // one (Spotify's web player) is not: a switch there would do nothing.
    await expect(pause.getByRole('switch', { name: 'Ask before posting on Pinterest' })).toBeVisible();
    await expect(pause.getByRole('switch', { name: 'Ask before posting on Twitch' })).toBeVisible();
    for (const s of sites) {
      const sw = pause.getByRole('switch', { name: `Ask before posting on ${s.name}`, exact: true });
      if (offersPause(s)) await expect(sw, s.id).toBeVisible();
      else await expect(sw, s.id).toHaveCount(0);
    }
    expect(sites.filter((s) => !offersPause(s)).map((s) => s.id)).toContain('spotify');
    await expect.poll(async () => (await stored(worker)).pause).toMatchObject({
      sites: { x: true }, question: 'Is this kind?', secondLine: 'Breathe.', delaySeconds: 10, askReason: true, journal: true, chat: true,
    });
  });

  test('adding a site: bad addresses and supported sites are refused with a message', async ({ context, worker, extensionId }) => {
    const opts = await openOptions(context, extensionId);
    const sec = opts.locator('#custom-sites');
    const field = sec.getByLabel('Site address');
    await field.fill('not a site');
    await sec.getByRole('button', { name: 'Add site' }).click();
    await expect(sec.getByRole('alert')).toContainText('Enter a web address');
    await field.fill('https://x.com/home');
    await sec.getByRole('button', { name: 'Add site' }).click();
    await expect(sec.getByRole('alert')).toContainText('supported already');
    expect((await stored(worker)).customSites ?? []).toEqual([]);
  });

  test('sync: a quota error is shown clearly and local settings are kept', async ({ context, worker, extensionId }) => {
    const many = Array.from({ length: 60 }, (_, i) => `.very-long-selector-${'x'.repeat(200)}-${i}`);
    await setStoredSettings(worker, { version: 1, sites: { x: { enabled: true, customSelectors: many } } });
    const opts = await openOptions(context, extensionId);
    await opts.getByRole('switch', { name: 'Sync settings through my browser account' }).check();
    await expect(opts.locator('#backup').getByRole('alert').first()).toContainText('not synced');
    const s = await stored(worker);
    expect(s.sync).toBe(true);
    expect(s.sites.x.customSelectors).toHaveLength(60);
  });

  test('axe: no violations, light and dark; screenshots', async ({ context, worker, extensionId }) => {
    await setStoredSettings(worker, { version: 1, customSites: [{ origin: 'https://forum.example.org', name: 'forum.example.org' }] });
    const opts = await openOptions(context, extensionId);
    await opts.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const x = opts.locator('article', { has: opts.getByRole('heading', { name: 'X', exact: true }) });
    await x.getByText(/Your own selectors/).click();
    await x.getByLabel('CSS selector to hide on X').fill('a[');
    await x.getByRole('button', { name: 'Add selector' }).click();
    mkdirSync(SHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await opts.emulateMedia({ colorScheme: scheme });
      await axe(opts, `options (${scheme})`);
      await opts.screenshot({ path: resolve(SHOTS, `options-${scheme}.png`), fullPage: true });
      await opts.screenshot({ path: resolve(SHOTS, `options-${scheme}-top.png`) });
      await opts.locator('#pause').screenshot({ path: resolve(SHOTS, `options-${scheme}-pause.png`) });
      await opts.locator('#backup').screenshot({ path: resolve(SHOTS, `options-${scheme}-backup.png`) });
    }
  });
});
