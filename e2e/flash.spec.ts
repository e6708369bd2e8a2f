/**
 * Hide before paint: no metric may be readable in any frame, at load or when the feed grows.
 * Checked in requestAnimationFrame callbacks, which run before the frame is painted.
 */
import { test, expect, waitForEngine } from './lib/extension';
import { listFixtures } from './lib/fixture-files';
import { GROW_FEED_JS, READABLE_METRICS_JS } from './lib/feed';

const home = listFixtures('x').find((f) => f.name === 'home')!;

test('no flash while the feed grows by 400 posts, 20 per frame', async ({ context, server }) => {
  const page = await context.newPage();
  server.serveFixture(home);
  await page.goto(home.url);
  await waitForEngine(page);
  await page.evaluate(READABLE_METRICS_JS);
  await page.evaluate(GROW_FEED_JS);
  const result = await page.evaluate(() => (window as unknown as { __growFeed: (n: number, p: number, c: boolean) => Promise<{ made: number; frames: number; violations: string[] }> }).__growFeed(400, 20, true));
  expect(result.made).toBe(400);
  expect(result.frames).toBeGreaterThanOrEqual(20);
  expect(result.violations, `readable metrics in the first frame after insertion: ${result.violations.slice(0, 10).join(', ')}`).toEqual([]);
});

test('the flash check can fail: with X turned off the new numbers are readable', async ({ context, server, worker }) => {
  await worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, sites: { x: { enabled: false } } } }));
  const page = await context.newPage();
  server.serveFixture(home);
  await page.goto(home.url);
  await waitForEngine(page);
  await page.evaluate(READABLE_METRICS_JS);
  await page.evaluate(GROW_FEED_JS);
  const result = await page.evaluate(() => (window as unknown as { __growFeed: (n: number, p: number, c: boolean) => Promise<{ violations: string[] }> }).__growFeed(20, 20, true));
  expect(result.violations.length).toBeGreaterThanOrEqual(20);
});

test('no flash at load: every frame from the first one hides every metric', async ({ context, server }) => {
  const page = await context.newPage();
  // A page-world watcher installed before any content: checks every frame until load + 10.
  await page.addInitScript(`
    window.__loadViolations = [];
    ${READABLE_METRICS_JS}
    let after = -1;
    function tick() {
      if (document.body) for (const v of window.__readableMetrics(document)) window.__loadViolations.push(v);
      if (document.readyState === 'complete' && after < 0) after = 0;
      if (after >= 0 && ++after > 10) { window.__loadChecked = true; return; }
      requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  `);
  for (const f of listFixtures('x')) {
    server.serveFixture(f);
    await page.goto(f.url);
    await page.waitForFunction(() => (window as unknown as { __loadChecked?: boolean }).__loadChecked === true);
    const v = await page.evaluate(() => (window as unknown as { __loadViolations: string[] }).__loadViolations);
    expect(v, `${f.name}: readable at some frame during load`).toEqual([]);
  }
});
