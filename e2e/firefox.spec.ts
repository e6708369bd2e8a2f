/**
 * The core checks in real Firefox ESR: the content script runs on a supported host and hides its
 * metrics (and only them), the popup and options pages render.
 */
import { test, expect } from '@playwright/test';
import { firefoxForSpec, servePages, openExtensionPage, openWithSettings } from './lib/firefox';
import { listFixtures, controlUrl } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';
import { expectFixtureHidden } from './lib/extension';
import type { Page } from 'puppeteer-core';
import { dialogFrame, dialogState, focusEnd, focusInDraft, handled, inDialog, listComposerFixtures, listNegativeFixtures, pauseHosts, pauseSettings, posts, readDraft, settlePause, SPY } from './fixtures-composer/harness';

test.describe.configure({ mode: 'serial' });
const firefox = firefoxForSpec();

// One page per site in Firefox (the first fixture of each site).
const perSite = new Map<string, ReturnType<typeof listFixtures>[number]>();
for (const f of listFixtures()) if (!perSite.has(f.site)) perSite.set(f.site, f);

for (const f of perSite.values()) {
  test(`firefox: ${f.site}/${f.name} metrics hidden, content intact`, async () => {
    const page = await firefox().newPage();
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
  const page = await firefox().newPage();
  await openExtensionPage(page, 'src/popup/index.html', 'main.popup h1');
  expect(await page.$eval('main', (m) => m.textContent ?? '')).toContain('Unscored');
  await openExtensionPage(page, 'src/options/index.html', '#sites h2');
  expect(await page.$eval('h1', (m) => m.textContent ?? '')).toMatch(/Unscored/);
  await page.close();
});

test('firefox: the popup switch reveals the numbers and labels in the tab, and hides them again', async () => {
  const f = listFixtures('x').find((x) => x.name === 'home')!;
  const page = await firefox().newPage();
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
  const popup = await firefox().newPage();
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

// The pause on every composer fixture, in Firefox: the dialog appears, Go back keeps the draft
// (and focus), the site's keys are caught, a page script's own click() is caught, a double click
// never posts, and Post sends the draft exactly once.
const KEYBOARD = { mod: async (page: Page) => { await page.keyboard.down('Control'); await page.keyboard.press('Enter'); await page.keyboard.up('Control'); }, enter: (page: Page) => page.keyboard.press('Enter') };
for (const f of listComposerFixtures().fixtures) {
  test(`firefox: pause before posting on ${f.name}: Go back, keys, scripted click, double click, then Post once`, async () => {
    const page = await openWithSettings(firefox(), pauseSettings(f.site, true, { question: 'Why am I sharing this?', delaySeconds: 0, chat: !!f.composer.chat }), { [f.url]: f.html }, f.url);
    const isOpen = async () => (await inDialog(page, dialogState)).open;
    const escape = async () => {
      await page.keyboard.press('Escape');
      await settlePause(page);
      expect(await isOpen()).toBe(false);
      expect(await page.evaluate(posts)).toEqual([]);
      expect(await page.evaluate(readDraft, f.textSel)).toBe('firefox draft');
    };
    expect(await page.evaluate(focusEnd, f.textSel), 'textbox found').toBe(true);
    await page.keyboard.type('firefox draft');
    await page.click(f.submitPptr);
    await settlePause(page);
    expect(await inDialog(page, dialogState)).toMatchObject({ open: true, role: 'dialog', modal: 'true', label: 'Why am I sharing this?', preview: 'firefox draft' });
    await (await dialogFrame(page))!.click('button[data-action="back"]');
    await settlePause(page);
    expect(await isOpen()).toBe(false);
    expect(await page.evaluate(posts)).toEqual([]);
    expect(await page.evaluate(readDraft, f.textSel)).toBe('firefox draft');
    expect(await page.evaluate(focusInDraft, f.textSel), 'focus back in the composer').toBe(true);
    const keys = f.composer.shortcut === 'mod+enter' ? KEYBOARD.mod : f.composer.shortcut === 'enter' ? KEYBOARD.enter : undefined;
    if (keys) {
      await keys(page);
      await settlePause(page);
      expect(await isOpen(), 'the site\'s key is caught').toBe(true);
      await escape();
    }
    // A page script's own click() on the submit control.
    await page.$eval(f.submitPptr, (b) => (b as HTMLElement).click());
    await settlePause(page);
    expect(await isOpen(), 'a scripted click is caught').toBe(true);
    await escape();
    // A double click at 0 s asks and never posts.
    const el = await page.$(f.submitPptr);
    const box = await el!.boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2, { count: 2 });
    await settlePause(page);
    expect(await isOpen(), 'a double click asks').toBe(true);
    expect(await page.evaluate(posts)).toEqual([]);
    await (await dialogFrame(page))!.click('button[data-action="post"]');
    await settlePause(page);
    expect(await page.evaluate(posts), 'Post sends the draft exactly once').toEqual(['firefox draft']);
    await page.close();
  });
}

// Negative fixtures in Firefox: a search field, a login form, a settings form are never paused.
for (const n of listNegativeFixtures()) {
  test(`firefox: never paused: ${n.name} (${n.what})`, async () => {
    const page = await openWithSettings(firefox(), pauseSettings(n.site, true, { delaySeconds: 0, chat: true }), { [n.url]: n.html }, n.url);
    await page.click(n.box);
    await page.keyboard.type('marathon 5 km');
    await page.keyboard.press('Enter');
    await settlePause(page);
    await page.click(n.submit);
    await settlePause(page);
    await page.$eval(n.submit, (b) => (b as HTMLElement).click());
    await settlePause(page);
    expect((await inDialog(page, dialogState)).open).toBe(false);
    expect(await page.evaluate(pauseHosts)).toBe(0);
    const got = await page.evaluate(handled);
    // (Enter in a one-field form also clicks its submit button: the browser's implicit submission.)
    expect(got.filter((h) => h === 'click').length, JSON.stringify(got)).toBeGreaterThanOrEqual(2);
    await page.close();
  });
}

/** The X composer with the pause on, a draft typed (and `before` run in the page first). */
async function openPausedX(settings: Partial<ReturnType<typeof pauseSettings>['pause']>, draft: string, before?: string): Promise<Page> {
  const x = listComposerFixtures().fixtures.find((f) => f.site === 'x')!;
  const page = await openWithSettings(firefox(), pauseSettings('x', true, { delaySeconds: 0, ...settings }), { [x.url]: x.html }, x.url, before);
  await page.evaluate(focusEnd, x.textSel);
  await page.keyboard.type(draft);
  return page;
}
const xSubmit = listComposerFixtures().fixtures.find((f) => f.site === 'x')!.composer.submit[0];

// Double and triple clicks and a held key, on every site's composer: e2e/firefox-pause-hands.spec.ts.

test('firefox: the page can neither read the question nor the reason typed in the dialog', async () => {
  const question = 'Distinctive-question-QK7 for me only?';
  const page = await openPausedX({ question, askReason: true, journal: true }, 'a draft to share', SPY);
  await page.click(xSubmit);
  await settlePause(page);
  expect((await inDialog(page, dialogState)).label).toBe(question);
  await page.keyboard.type('secret-reason-XYZ');
  await (await dialogFrame(page))!.click('button[data-action="post"]');
  await settlePause(page);
  expect(await page.evaluate(posts)).toEqual(['a draft to share']);
  const seen = await page.evaluate(() => (window as unknown as { __spy(): string }).__spy());
  expect(seen, 'the spy hears what is typed in the page').toContain('a draft to share');
  expect(seen).not.toContain('secret-reason');
  expect(seen).not.toContain(question);
  await page.close();
});
