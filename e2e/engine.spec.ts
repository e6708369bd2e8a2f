/**
 * The engine on X: settings reveal what the user chose, the check can fail, the tab title is
 * scrubbed and restored, and nothing is lost when storage is corrupt (fail closed).
 */
import { test, expect, runFixture, expectFixtureHidden, setStoredSettings, waitForEngine } from './lib/extension';
import { listFixtures } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';

const home = listFixtures('x').find((f) => f.name === 'home')!;

test('turning X off shows every number again (the check can fail)', async ({ context, server, worker }) => {
  await setStoredSettings(worker, { version: 1, sites: { x: { enabled: false } } });
  const page = await context.newPage();
  const { reports } = await runFixture(page, server, home);
  const metrics = reports.filter((r) => r.kind === 'metric');
  expect(metrics.length).toBeGreaterThan(5);
  expect(metrics.filter((r) => r.ok).map((r) => r.where)).toEqual([]);
  // Attributes are restored too.
  expect(reports.filter((r) => r.kind === 'scrub' && r.ok)).toEqual([]);
  expect(await page.title()).toBe('(4) Home / X');
});

test('per-kind switch: showing likes reveals likes only', async ({ context, server, worker }) => {
  await setStoredSettings(worker, { version: 1, sites: { x: { enabled: true, kinds: { likes: false } } } });
  const page = await context.newPage();
  const { reports } = await runFixture(page, server, home);
  const readable = reports.filter((r) => r.kind === 'metric' && !r.ok).map((r) => r.text);
  expect(readable.sort()).toEqual(['12', '2.3K'].sort());
});

test('a count X\'s stylesheet hides is not marked as well; one without a hook is (and both are hidden)', async ({ context, server }) => {
  const page = await context.newPage();
  expectFixtureHidden('x/home', await runFixture(page, server, home));
  const marks = await page.evaluate(() => ({
    // The action bars' numbers: hidden by X's selectors alone (the engine's covered() check).
    inActionBars: document.querySelectorAll('[role="group"] [data-testid="app-text-transition-container"] [data-unscored-mark]').length,
    actionBarCounts: document.querySelectorAll('[role="group"] [data-testid="app-text-transition-container"]').length,
    // Counts with no hook (the profile's posts count, trends): found and marked by their text.
    elsewhere: document.querySelectorAll('[data-unscored-mark]').length,
  }));
  expect(marks.actionBarCounts).toBeGreaterThan(4);
  expect(marks.inActionBars).toBe(0);
  expect(marks.elsewhere).toBeGreaterThan(0);
});

test('tab title count removed, and a live title change is caught', async ({ context, server }) => {
  const page = await context.newPage();
  server.serveFixture(home);
  await page.goto(home.url);
  await waitForEngine(page);
  expect(await page.title()).toBe('Home / X');
  await page.evaluate(() => { document.title = '(7) Home / X'; });
  await expect.poll(() => page.title()).toBe('Home / X');
});

test('corrupt storage fails closed: everything stays hidden', async ({ context, server, worker }) => {
  for (const bad of ['garbage', 42, { version: 'x', sites: [] }, { sites: { x: 'off' } }, null]) {
    await setStoredSettings(worker, bad);
    const page = await context.newPage();
    const res = await runFixture(page, server, home);
    expectFixtureHidden(`home with settings ${JSON.stringify(bad)}`, res);
    await page.close();
  }
});

test('hide style: visibility hidden keeps layout', async ({ context, server, worker }) => {
  await setStoredSettings(worker, { version: 1, style: 'hide' });
  const page = await context.newPage();
  const res = await runFixture(page, server, home);
  expectFixtureHidden('home (hide style)', res);
  expect(res.reports.filter((r) => r.kind === 'metric').every((r) => r.why.includes('visibility'))).toBe(true);
});

test('hover style: a number is revealed while hovered, hidden again after', async ({ context, server, worker }) => {
  await setStoredSettings(worker, { version: 1, style: 'hover' });
  const page = await context.newPage();
  expectFixtureHidden('home (hover style)', await runFixture(page, server, home));
  const count = page.locator('[data-testid="like"] [data-testid="app-text-transition-container"]').first();
  await count.hover();
  const whileHovered = await page.evaluate(collectAnnotations);
  expect(whileHovered.find((r) => r.kind === 'metric' && r.text === '2.3K')?.ok).toBe(false);
  await page.mouse.move(0, 0);
  const after = await page.evaluate(collectAnnotations);
  expect(after.find((r) => r.kind === 'metric' && r.text === '2.3K')?.ok).toBe(true);
});
