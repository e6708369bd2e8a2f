/**
 * What the user reads and writes in the pause dialog stays theirs (Chromium; Firefox in
 * firefox.spec.ts): a hostile page script (fixtures-composer/spy.js) tries every way to read
 * the question and the typed reason, and finds neither. The same spy against the dialog as it
 * was before its frame (a test build, UNSCORED_TEST_LEAKY_PAUSE) finds both: the spy works.
 * Also the fail-safe: a page that removes the frame, or forbids frames, still gets the user
 * asked, and Post still sends once.
 */
import { chromium, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { test, expect, chromiumArgs, setStoredSettings, waitForEngine, Server } from './lib/extension';
import { DIST, ROOT } from './lib/paths';
import {
  dialogFrame,
  dialogState,
  focusEnd,
  focusInDraft,
  inDialog,
  listComposerFixtures,
  pauseHosts,
  pauseSettings,
  posts,
  readDraft,
  settlePause,
  SPY,
} from './fixtures-composer/harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const QUESTION = 'Distinctive-question-QK7 for me only?';
const REASON = 'secret-reason-XYZ';
const x = listComposerFixtures().fixtures.find((f) => f.site === 'x')!;
const settings = pauseSettings('x', true, { question: QUESTION, askReason: true, journal: true });
const spied = (page: Page) => page.evaluate(() => (window as unknown as { __spy(): string }).__spy());

async function openX(page: Page, server: Server, html = x.html): Promise<void> {
  server.set(x.url, html);
  await page.addInitScript(SPY);
  await page.goto(x.url);
  await waitForEngine(page);
  expect(await page.evaluate(focusEnd, x.textSel)).toBe(true);
  await page.keyboard.type('a draft to share');
  await page.locator(x.submitSel).first().click();
  await settlePause(page);
}

test('the page can neither read the question nor the reason typed in the dialog', async ({ page, server, worker }) => {
  await setStoredSettings(worker, settings);
  await openX(page, server);
  const frame = await dialogFrame(page);
  expect(frame, 'the dialog is in the extension\'s frame').toBeTruthy();
  expect((await inDialog(page, dialogState)).label).toBe(QUESTION);
  // Focus starts in the reason field, inside the frame.
  await page.keyboard.type(REASON);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('End');
  await frame!.locator('button[data-action="post"]').click();
  await settlePause(page);
  expect(await page.evaluate(posts)).toEqual(['a draft to share']);
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('journal')).journal))
    .toEqual([expect.objectContaining({ answer: REASON, question: QUESTION })]);
  const seen = await spied(page);
  expect(seen, 'the spy hears what is typed in the page').toContain('a draft to share');
  expect(seen).not.toContain(REASON);
  expect(seen).not.toContain(QUESTION);
  expect(seen).not.toContain('secret-reason');
});

test('the dialog in its frame is accessible: axe finds no violations, light and dark', async ({ page, server, worker }) => {
  await setStoredSettings(worker, pauseSettings('x', true, { question: QUESTION, askReason: true, secondLine: 'Would I say it to their face?', delaySeconds: 5 }));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openX(page, server);
    const frame = await dialogFrame(page);
    expect(frame).toBeTruthy();
    // The frame's own page: axe from the page cannot reach it through our closed shadow root, so
    // it runs there directly (evaluated, as the extension page's CSP allows no inline script).
    await frame!.evaluate(AXE);
    const r = await frame!.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe.run());
    const found = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found, `axe violations in the dialog (${colorScheme})`).toEqual([]);
    expect(r.passes.length, 'axe did check the dialog').toBeGreaterThan(5);
    // And the site's page around our host and frame: only what we add is ours to judge.
    const around = await new AxeBuilder({ page }).disableRules(['page-has-heading-one', 'landmark-one-main', 'region']).analyze();
    expect(around.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe violations around it (${colorScheme})`).toEqual([]);
    await page.keyboard.press('Escape');
    await settlePause(page);
  }
});

test('the fail-safe: a page that removes the frame still gets the user asked, without a reason field', async ({ page, server, worker }) => {
  await setStoredSettings(worker, settings);
  // Removes every other element added to <html> (the frame's host; not the in-page dialog that
  // follows it), as a hostile page could.
  await page.addInitScript(() => {
    let n = 0;
    new MutationObserver((rs) => {
      for (const r of rs) for (const e of r.addedNodes) if (e instanceof Element && e.parentNode === document.documentElement && e.localName.includes('-') && n++ % 2 === 0) e.remove();
    }).observe(document, { childList: true, subtree: true });
  });
  await openX(page, server);
  expect(await page.evaluate(pauseHosts), 'the in-page dialog is up').toBe(1);
  expect(await dialogFrame(page)).toBeUndefined();
  expect(await page.evaluate(posts)).toEqual([]);
  // A closed root: the page (and this test) can only see its host, which has focus.
  expect(await page.evaluate(() => document.activeElement?.localName.includes('-'))).toBe(true);
  // No reason field: these keys go nowhere (Back has focus), and the page may hear them.
  await page.keyboard.press('Escape');
  await settlePause(page);
  expect(await page.evaluate(pauseHosts)).toBe(0);
  expect(await page.evaluate(posts)).toEqual([]);
  expect(await page.evaluate(readDraft, x.textSel)).toBe('a draft to share');
  expect(await page.evaluate(focusInDraft, x.textSel)).toBe(true);
  // Again (removed again, in-page again): Tab to Post, Enter posts once.
  await page.locator(x.submitSel).first().click();
  await settlePause(page);
  expect(await page.evaluate(pauseHosts)).toBe(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await settlePause(page);
  expect(await page.evaluate(posts)).toEqual(['a draft to share']);
  const seen = await spied(page);
  expect(seen).not.toContain(QUESTION);
});

test('a page that forbids frames (CSP frame-src) still gets the user asked; Post sends once', async ({ page, server, worker }) => {
  await setStoredSettings(worker, settings);
  const html = x.html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="frame-src 'none'; child-src 'none'">`);
  await openX(page, server, html);
  const frame = await dialogFrame(page);
  // Chromium exempts web-accessible extension pages from the page's CSP.
  expect(frame, 'the frame loads despite the CSP').toBeTruthy();
  await frame!.locator('button[data-action="post"]').click();
  await settlePause(page);
  expect(await page.evaluate(posts)).toEqual(['a draft to share']);
});

test.describe('a leaky build', () => {
  const dist = `${DIST}-leakypause`;
  test.beforeAll(() => {
    test.setTimeout(120_000);
    execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, UNSCORED_DIST: dist, UNSCORED_TEST_LEAKY_PAUSE: '1' }, stdio: 'pipe' });
  });

  test('the same spy finds the question and the reason in the old in-page dialog (the spy works)', async () => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs(`${dist}/chrome`),
      viewport: { width: 1200, height: 900 },
    });
    try {
      const server = new Server();
      await server.attach(context);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await setStoredSettings(worker, settings);
      const page = await context.newPage();
      await openX(page, server);
      expect(await page.evaluate(pauseHosts)).toBe(1);
      await page.keyboard.type(REASON);
      await page.locator('unscored-pause button[data-action="post"]').click();
      await settlePause(page);
      expect(await page.evaluate(posts)).toEqual(['a draft to share']);
      const seen = await spied(page);
      expect(seen).toContain(QUESTION);
      expect(seen).toContain(REASON);
    } finally {
      await context.close();
    }
  });
});
