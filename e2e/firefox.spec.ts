/**
 * The core checks in real Firefox ESR: the content script runs on a supported host and hides its
 * metrics (and only them), the popup and options pages render.
 */
import { test, expect } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, servePages, openExtensionPage } from './lib/firefox';
import { listFixtures, controlUrl } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';
import { expectFixtureHidden } from './lib/extension';
import { dialogState, focusEnd, focusInDraft, listComposerFixtures, pauseSettings, posts, readDraft } from './fixtures-composer/harness';

test.describe.configure({ mode: 'serial' });
let browser: Browser;
test.beforeAll(async () => {
  browser = await launchFirefox();
});
test.afterAll(async () => {
  await browser?.close();
});

// One page per site in Firefox (the first fixture of each site).
const perSite = new Map<string, ReturnType<typeof listFixtures>[number]>();
for (const f of listFixtures()) if (!perSite.has(f.site)) perSite.set(f.site, f);

for (const f of perSite.values()) {
  test(`firefox: ${f.site}/${f.name} metrics hidden, content intact`, async () => {
    const page = await browser.newPage();
    await servePages(page, { [f.url]: f.html, [controlUrl(f.url)]: f.html });
    await page.goto(controlUrl(f.url));
    const control = await page.evaluate(collectAnnotations);
    await page.goto(f.url);
    await new Promise((r) => setTimeout(r, 300));
    const reports = await page.evaluate(collectAnnotations);
    expectFixtureHidden(`firefox ${f.site}/${f.name}`, {
      reports,
      controlKeeps: control.filter((r) => r.kind === 'keep').map((r) => r.text),
    });
    await page.close();
  });
}

test('firefox: popup and options pages render', async () => {
  const page = await browser.newPage();
  await openExtensionPage(page, 'src/popup/index.html', 'main.popup h1');
  expect(await page.$eval('main', (m) => m.textContent ?? '')).toContain('Unscored');
  await openExtensionPage(page, 'src/options/index.html', '#sites h2');
  expect(await page.$eval('h1', (m) => m.textContent ?? '')).toMatch(/Unscored/);
  await page.close();
});

test('firefox: the popup switch reveals the numbers and labels in the tab, and hides them again', async () => {
  const f = listFixtures('x').find((x) => x.name === 'home')!;
  const page = await browser.newPage();
  await servePages(page, { [f.url]: f.html });
  await page.goto(f.url);
  // The numbers and the labels that carry counts: revealing restores each label's original,
  // kept on the element as the content script's own (Xray) view of it.
  const metrics = async () => (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'metric' || r.kind === 'scrub');
  const waitFor = async (hidden: boolean) => {
    for (let i = 0; i < 50 && !(await metrics()).every((r) => r.ok === hidden); i++) await new Promise((r) => setTimeout(r, 100));
    expect((await metrics()).filter((r) => r.ok !== hidden).map((r) => r.where)).toEqual([]);
  };
  await waitFor(true);
  const popup = await browser.newPage();
  await openExtensionPage(popup, 'src/popup/index.html', 'main.popup h1');
  // The popup page opened in a tab names the tab it is about with ?tab=<id>.
  const tabId = await popup.evaluate(
    async (url) => (await (globalThis as any).browser.tabs.query({ url }))[0]?.id as number | undefined,
    f.url,
  );
  expect(tabId).toBeGreaterThan(0);
  await openExtensionPage(popup, `src/popup/index.html?tab=${tabId}`, 'input[role=switch]');
  expect(await popup.$eval('input[role=switch]', (i) => (i as HTMLInputElement).checked)).toBe(true);
  await popup.click('input[role=switch]');
  await waitFor(false);
  await popup.click('input[role=switch]');
  await waitFor(true);
  await popup.close();
  await page.close();
});

test('firefox: pause before posting on the X composer: Go back, then Post', async () => {
  const x = listComposerFixtures().fixtures.find((f) => f.site === 'x')!;
  const page = await browser.newPage();
  // Any extension page can write storage; only its <body> is needed.
  await openExtensionPage(page, 'src/options/index.html', 'body');
  await page.evaluate(async (v) => {
    await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: v });
  }, JSON.parse(JSON.stringify(pauseSettings('x', true, { question: 'Why am I sharing this?' }))));
  await servePages(page, { [x.url]: x.html });
  await page.goto(x.url);
  await new Promise((r) => setTimeout(r, 300));
  await page.evaluate(focusEnd, x.textSel);
  await page.keyboard.type('firefox draft');
  await page.click(x.composer.submit[0]);
  expect(await page.evaluate(dialogState)).toMatchObject({ open: true, role: 'dialog', modal: 'true', label: 'Why am I sharing this?', preview: 'firefox draft' });
  await page.click('unscored-pause >>> button[data-action="back"]');
  expect((await page.evaluate(dialogState)).open).toBe(false);
  expect(await page.evaluate(posts)).toEqual([]);
  expect(await page.evaluate(readDraft, x.textSel)).toBe('firefox draft');
  expect(await page.evaluate(focusInDraft, x.textSel)).toBe(true);
  // The keyboard shortcut is caught too; Post sends the draft once.
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  expect((await page.evaluate(dialogState)).open).toBe(true);
  await page.click('unscored-pause >>> button[data-action="post"]');
  await new Promise((r) => setTimeout(r, 100));
  expect(await page.evaluate(posts)).toEqual(['firefox draft']);
  await page.close();
});
