/**
 * Redesign mode (Chromium): every fixture as a site redesign would leave it (classes, test ids,
 * data-* attributes and custom element names renamed, test-id elements wrapped: see
 * lib/redesign.ts), with the normal build and its site files unchanged. Measures how much the
 * engine still hides when the site selectors match nothing, and asserts that it never breaks
 * the page: every keep intact, no uncaught error.
 *
 * Report: the table in the output and the test's annotations; every miss with its context in
 * test-results/redesign-report.json.
 */
import { test, waitForEngine, optionalSites } from './lib/extension';
import { collectAnnotations } from './lib/annotations';
import { controlUrl, listFixtures } from './lib/fixture-files';
import { redesignHtml } from './lib/redesign';
import { annotationContexts, checkRedesign, originalUrl, REDESIGN_SEED, type FixtureRun } from './lib/redesign-check';

/**
 * Share of all metrics still unreadable after the redesign, over every fixture: the bar.
 * Measured with seed 1 on 2026-12-01: 219 / 332 = 0.660 with the old text patterns, 318 / 332 =
 * 0.958 with the recogniser (src/recogniser/); still missed: LinkedIn's SSI scores beside plain
 * labels, TikTok's play counts beside an untitled icon, Twitch's viewer counts, Medium's clap
 * count in an unlabelled button, old Reddit's "(3 children)".
 */
const REDESIGN_FLOOR = 0.95;

// Optional sites (issue 20) run with the extension active there: the granted test build, which
// differs from the real one only in declaring them (Chromium cannot accept the prompt headless).
test.use({ granted: optionalSites.length > 0 });

test('redesign: with every class, test id, data-* attribute and custom element renamed, no keep is broken and recall stays above the floor', async ({ context, server }) => {
  // One pass over all 55 fixtures: about 2 minutes on a quiet host, much more on a busy one.
  test.setTimeout(420_000);
  const started = Date.now();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const runs: FixtureRun[] = [];
  for (const f of listFixtures()) {
    const html = redesignHtml(f.html, REDESIGN_SEED);
    server.set(originalUrl(f.url), f.html);
    server.serveFixture({ ...f, html });
    await page.goto(originalUrl(f.url));
    const original = await page.evaluate(collectAnnotations);
    await page.goto(controlUrl(f.url));
    const control = await page.evaluate(collectAnnotations);
    const contexts = await page.evaluate(annotationContexts);
    await page.goto(f.url);
    await waitForEngine(page);
    const reports = await page.evaluate(collectAnnotations);
    runs.push({ fixture: f, original, control, reports, contexts });
  }
  await page.close();

  checkRedesign('chromium', runs, errors, started, 'redesign-report.json', REDESIGN_FLOOR);
});
