/**
 * The element picker on X: pick mode is started the way the popup starts it (its script injected),
 * a number the site file does not hide is picked with the mouse and saved, and it stays hidden
 * after a reload; Escape leaves without saving; links and buttons do nothing while picking.
 *
 * The page (e2e/fixtures-picker/spaces.html) has page styles that would break a picker UI that
 * page CSS could reach (`button { display: none }`, red 40px text).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, waitForEngine, type Server } from './lib/extension';
import { collectAnnotations } from './lib/annotations';

const html = readFileSync(resolve(import.meta.dirname, 'fixtures-picker', 'spaces.html'), 'utf8');
const URL_ = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1];

async function open(page: Page, server: Server): Promise<void> {
  server.set(URL_, html);
  await page.goto(URL_);
  await waitForEngine(page);
}

/** What the popup does: the picker's own script injected into the tab (src/picker/script.ts). */
async function startPicking(worker: Worker, url: string): Promise<void> {
  const done = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab at ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return (await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['src/picker/start.iife.js'] })).length;
  }, url);
  expect(done).toBe(1);
}

async function storedSelectors(worker: Worker): Promise<string[] | undefined> {
  return worker.evaluate(async () => {
    const got = await chrome.storage.local.get('settings');
    return (got.settings as { sites?: Record<string, { customSelectors?: string[] }> } | undefined)?.sites?.x?.customSelectors;
  });
}

/** Whether each annotated listener count can be read, by its text. */
async function readable(page: Page): Promise<Record<string, boolean>> {
  const reports = await page.evaluate(collectAnnotations);
  return Object.fromEntries(reports.filter((r) => r.kind === 'metric').map((r) => [r.text, !r.ok]));
}

const target = (page: Page) => page.getByText('1.4K', { exact: true });
const ui = (page: Page) => page.locator('unscored-picker');

test('pick a number by mouse, widen to every card, save: hidden now and after a reload', async ({ context, server, worker }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, server);
  // The check can fail: before picking, the count is readable.
  expect(await readable(page)).toEqual({ '1.4K': true, '212': true });

  await startPicking(worker, URL_);
  await expect(ui(page).locator('[role="dialog"]')).toBeVisible();
  await target(page).hover();
  await expect(ui(page).locator('.hl')).toBeVisible();
  await target(page).click();
  const code = ui(page).locator('code');
  await expect(code).not.toBeEmpty();
  // The preview starts at the narrowest selector without positions: both cards' counts.
  await expect(ui(page).locator('.status')).toContainText('Hides 2 elements');
  // Narrower: this card's count only (by position); wider again: both.
  await ui(page).getByRole('button', { name: /Narrower/ }).click();
  await expect(ui(page).locator('.status')).toContainText('Hides 1 element');
  await expect(ui(page).locator('.box')).toHaveCount(1);
  await ui(page).getByRole('button', { name: /Wider/ }).click();
  await expect(ui(page).locator('.status')).toContainText('Hides 2 elements');
  await expect(ui(page).locator('.box')).toHaveCount(2);
  const selector = (await code.textContent())!;
  expect(selector).not.toMatch(/expect|unscored|nth-of-type/);

  await ui(page).getByRole('button', { name: 'Save' }).click();
  await expect(ui(page)).toHaveCount(0);
  await expect.poll(() => storedSelectors(worker)).toEqual([selector]);
  await expect.poll(() => readable(page)).toEqual({ '1.4K': false, '212': false });
  // Content around it stays readable.
  const keeps = (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'keep');
  expect(keeps.filter((r) => !r.ok).map((r) => `${r.text}: ${r.why}`)).toEqual([]);

  await page.reload();
  await waitForEngine(page);
  expect(await readable(page)).toEqual({ '1.4K': false, '212': false });
  expect(await storedSelectors(worker)).toEqual([selector]);
  expect(errors).toEqual([]);
});

test('by keyboard only: arrows move to a number, Enter picks, Enter saves', async ({ context, server, worker }) => {
  const page = await context.newPage();
  await open(page, server);
  await startPicking(worker, URL_);
  await expect(ui(page).locator('[role="dialog"]')).toBeVisible();
  // Numbers on the page in order: 1.4K, 212 ("Top 10 trail routes" and post text are not counts).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(ui(page).locator('.hl')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(ui(page).locator('.status')).toContainText('Hides 2 elements');
  await page.keyboard.press('ArrowLeft'); // narrower: this count only
  await expect(ui(page).locator('.status')).toContainText('Hides 1 element');
  await page.keyboard.press('Enter');
  await expect(ui(page)).toHaveCount(0);
  await expect.poll(() => storedSelectors(worker)).toHaveLength(1);
  await expect.poll(() => readable(page)).toEqual({ '1.4K': true, '212': false });
});

test('Escape leaves without saving, from hovering and from the preview', async ({ context, server, worker }) => {
  const page = await context.newPage();
  await open(page, server);
  await startPicking(worker, URL_);
  await target(page).hover();
  await page.keyboard.press('Escape');
  await expect(ui(page)).toHaveCount(0);

  await startPicking(worker, URL_);
  await target(page).click();
  await expect(ui(page).locator('code')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(ui(page)).toHaveCount(0);
  expect(await storedSelectors(worker)).toBeUndefined();
  expect(await readable(page)).toEqual({ '1.4K': true, '212': true });
  // The page has its clicks back: the link navigates again.
  server.set('https://x.com/i/spaces/1YqKDqWvPRvGV/join', '<title>joined</title>');
  await page.getByText('Join this Space').first().click();
  await expect(page).toHaveURL(/\/join$/);
});

test('a link clicked in pick mode does not navigate, and nothing is requested', async ({ context, server, worker }) => {
  const page = await context.newPage();
  await open(page, server);
  await startPicking(worker, URL_);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => navigations.push(f.url()));
  await page.getByText('Join this Space').first().click();
  await page.getByText('Join this Space').first().click({ button: 'middle' });
  // Give a navigation, if one had started, the time to commit.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(page.url()).toBe(URL_);
  expect(navigations).toEqual([]);
  expect(server.strays.filter((u) => u.includes('/join'))).toEqual([]);
  await expect(ui(page).locator('.error')).toContainText('not a number');
  expect(await context.pages()).toHaveLength(2); // no new tab from the middle click
});
