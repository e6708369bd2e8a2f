/**
 * `npm run bench`: the cost of hiding on an endless feed. The X home fixture grows by 1,000
 * posts (20 per frame), with and without the extension, alternating in one process; medians of
 * the pairs. Main-thread task and script time and JS heap from the Chrome DevTools Protocol
 * (Performance.getMetrics), flash frames from a separate checked run, and bundle sizes.
 *
 * Two feeds. The fixture's posts are X's markup as React renders it (145 elements, 10 text
 * nodes, X's base styles; e2e/fixtures/x/home.html), cloned from the page's first post as served
 * (e2e/lib/feed.ts: new to the extension, as on the real site), so the page's own work per post is
 * style, layout and paint, without X's rendering script: a light page, so the ratio errs high.
 * The real saved X page in ../shared/captures (when present; BENCH_CAPTURE=0 skips it) grows by
 * its own post, a long-form post of 818 elements (X's stylesheet and scripts are not in the
 * capture).
 * Then the page-load section (bench/load.ts): the content script's start, with and without the
 * extension on every site's fixture and its redesigned copy, content-script sizes and compile time.
 * Writes bench/results.json and prints a table. Never part of `npm test`: timings vary by machine.
 *
 * Options (after `npm run bench --`):
 *   --feed-only / --load-only     one section (the other's results in bench/results.json are kept)
 *   --load-pairs N                pairs per page in the load section (default 30)
 *   --load-fixtures a/b,c/d|all   pages for the load section (default: one page a site)
 *   --redesigned / --no-redesigned  only the redesigned copies / only the pages as written
 *   --profile-load [site/page]    also a CPU profile of the content script's start (default x/home)
 *   --profile-feed                only a CPU profile of the content script over the growing feed
 */
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumArgs, Server, waitForEngine } from '../e2e/lib/extension';
import { listFixtures } from '../e2e/lib/fixture-files';
import { GROW_FEED_JS, READABLE_METRICS_JS } from '../e2e/lib/feed';
import { CAPTURES, DIST_CHROME, ROOT } from '../e2e/lib/paths';
import { loadBench, printLoad, printProfile, profileFeed, selectFixtures } from './load';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
/** The value after `name`, or `fallback` when the flag is there without one (or absent: undefined). */
const option = (name: string, fallback?: string) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  return v && !v.startsWith('--') ? v : fallback;
};
const known = ['--feed-only', '--load-only', '--load-pairs', '--load-fixtures', '--redesigned', '--no-redesigned', '--profile-load', '--profile-feed', '--build'];
for (const [i, a] of argv.entries()) {
  if (a.startsWith('--') && !known.includes(a)) throw new Error(`bench: unknown option ${a} (known: ${known.join(' ')})`);
  if (!a.startsWith('--') && !['--load-pairs', '--load-fixtures', '--profile-load'].includes(argv[i - 1])) throw new Error(`bench: stray argument ${a}`);
}
if (flag('--feed-only') && flag('--load-only')) throw new Error('bench: --feed-only and --load-only exclude each other');
const RUN_FEED = !flag('--load-only');
const RUN_LOAD = !flag('--feed-only');
const LOAD_PAIRS = Number(option('--load-pairs') ?? 30);
if (!(LOAD_PAIRS >= 1)) throw new Error('bench: --load-pairs needs a number');

const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const PER_FRAME = 20;
/** Pairs whose middle half spans more than this make no verdict on a 1.05 target (see below). */
const NOISY_SPREAD = 0.1;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 15);
const STYLE = process.env.BENCH_STYLE ?? 'blur';
// Every post carries one hookless "N views" count, found only by the text patterns (the flash
// test's case); BENCH_TEXT_ONLY=0 grows the X fixture's posts alone (measured 2026-11-26 on the
// old, pre-marked clones, 11 pairs each: 1.083x without it, 1.043x with it, i.e. inside this
// machine's noise).
const TEXT_ONLY = process.env.BENCH_TEXT_ONLY !== '0';
const home = listFixtures('x').find((f) => f.name === 'home')!;
const CAPTURE_FILE = join(CAPTURES, 'x.com--status-article-2026-01.defuddle.html');
// The capture's post is ~8x heavier for the page; fewer pairs keep the run to a few minutes.
const CAPTURE_PAIRS = Number(process.env.BENCH_CAPTURE_PAIRS ?? 5);
interface Feed { name: string; url: string; html: string }
const BASE = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function launch(withExtension: boolean, feed: Feed): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: withExtension ? chromiumArgs() : BASE,
    viewport: { width: 1200, height: 900 },
  });
  const server = new Server();
  server.set(feed.url, feed.html);
  await server.attach(context);
  if (withExtension) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // BENCH_STYLE=hide|hover measures another hiding style (default: blur, the product's default).
    if (STYLE !== 'blur') await sw.evaluate((style) => chrome.storage.local.set({ settings: { version: 1, style } }), STYLE);
  }
  return context;
}

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The JS heap after a full collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

async function run(context: BrowserContext, feed: Feed, check: boolean) {
  const page = await context.newPage();
  await page.goto(feed.url);
  await waitForEngine(page);
  await page.evaluate(READABLE_METRICS_JS);
  await page.evaluate(GROW_FEED_JS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapBefore = await heapAfterGc(cdp);
  const before = await metrics(cdp);
  const res = (await page.evaluate(
    ([n, p, c, t]) =>
      (window as unknown as { __growFeed: (n: number, p: number, c: boolean, t: boolean) => Promise<{ frames: number; violations: string[] }> }).__growFeed(n, p, c, t),
    [POSTS, PER_FRAME, check, TEXT_ONLY] as [number, number, boolean, boolean],
  )) as { frames: number; violations: string[] };
  const after = await metrics(cdp);
  // The heap is read after the task counters: the forced collection is the bench's own step,
  // not the page's work. It takes 0.75-0.85 s after the fixture feed and 4.2-4.8 s after the
  // real page's (measured); counted, as until 2026-11-26, it was a quarter of each side's task
  // time and shrank the ratio's distance from 1 by as much.
  const heapAfter = await heapAfterGc(cdp);
  await cdp.detach();
  await page.close();
  return {
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    heapMB: (heapAfter - heapBefore) / 1e6,
    styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
    heapAfterMB: heapAfter / 1e6,
    flashFrames: res.violations.length ? new Set(res.violations).size : 0,
    frames: res.frames,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (p: string) => Math.round(statSync(p).size / 102.4) / 10;

type Run = Awaited<ReturnType<typeof run>>;
/** One feed: warm-up, then alternating pairs, then one checked run for flash frames. */
async function measure(feed: Feed, pairs: number) {
  const withExt = await launch(true, feed);
  const without = await launch(false, feed);
  // Warm-up (JIT, caches) for both, not counted.
  await run(withExt, feed, false);
  await run(without, feed, false);
  const w: Run[] = [];
  const wo: Run[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first so drift in the machine's load falls on both sides.
    if (i % 2 === 0) { w.push(await run(withExt, feed, false)); wo.push(await run(without, feed, false)); }
    else { wo.push(await run(without, feed, false)); w.push(await run(withExt, feed, false)); }
  }
  const checked = await run(withExt, feed, true);
  await withExt.close();
  await without.close();
  const side = (rs: Run[]) => ({
    taskMs: median(rs.map((r) => r.taskMs)),
    scriptMs: median(rs.map((r) => r.scriptMs)),
    styleMs: median(rs.map((r) => r.styleMs)),
    layoutMs: median(rs.map((r) => r.layoutMs)),
    heapDeltaMB: median(rs.map((r) => r.heapMB)),
  });
  const a = side(w);
  const b = side(wo);
  // Each pair ran back to back, so its ratio cancels the machine's slow drift; their spread says
  // how far one run's number can be trusted (on a 2-core VM the page's own time moves ±5%).
  const pairRatios = w.map((r, i) => r.taskMs / wo[i].taskMs).sort((x, y) => x - y);
  const q = (f: number) => +pairRatios[Math.min(pairRatios.length - 1, Math.floor(pairRatios.length * f))].toFixed(3);
  return {
    feed: feed.name,
    pairs,
    withExtension: a,
    withoutExtension: b,
    taskRatio: +(a.taskMs / b.taskMs).toFixed(3),
    taskRatioPairs: { median: q(0.5), q1: q(0.25), q3: q(0.75) },
    noisy: q(0.75) - q(0.25) > NOISY_SPREAD,
    scriptRatio: +(a.scriptMs / b.scriptMs).toFixed(3),
    heapExtraMB: +(a.heapDeltaMB - b.heapDeltaMB).toFixed(2),
    flashFrames: checked.flashFrames,
    raw: { with: w, without: wo },
  };
}

async function feedSection() {
  const fixture = await measure({ name: 'fixture', url: home.url, html: home.html }, PAIRS);
  const captureSkipped =
    process.env.BENCH_CAPTURE === '0' ? 'BENCH_CAPTURE=0' : existsSync(CAPTURE_FILE) ? null : `not present: ${CAPTURE_FILE}`;
  const capture = captureSkipped
    ? null
    : await measure({ name: 'capture', url: 'https://x.com/bench/status/1', html: readFileSync(CAPTURE_FILE, 'utf8') }, CAPTURE_PAIRS);

  const assets = join(DIST_CHROME, 'assets');
  const results = {
    date: new Date().toISOString(),
    posts: POSTS,
    style: STYLE,
    textOnlyMetricPerPost: TEXT_ONLY,
    perFrame: PER_FRAME,
    pairs: PAIRS,
    // The fixture feed's numbers at the top level (the table in docs/benchmark.md reads them), the capture's below.
    withExtension: fixture.withExtension,
    withoutExtension: fixture.withoutExtension,
    taskRatio: fixture.taskRatio,
    taskRatioPairs: fixture.taskRatioPairs,
    noisy: fixture.noisy,
    scriptRatio: fixture.scriptRatio,
    heapExtraMB: fixture.heapExtraMB,
    flashFrames: fixture.flashFrames,
    capture: capture && { ...capture, raw: undefined },
    captureSkipped,
    bundleKB: {
      contentScript: kb(join(DIST_CHROME, 'src/content/main.iife.js')),
      siteCss: kb(join(DIST_CHROME, 'css/x.css')),
      // Popup and options share their chunks (Preact, the registry, the settings module).
      uiJs: readdirSync(assets).filter((f) => f.endsWith('.js')).reduce((t, f) => t + kb(join(assets, f)), 0),
      uiCss: readdirSync(assets).filter((f) => f.endsWith('.css')).reduce((t, f) => t + kb(join(assets, f)), 0),
    },
    raw: { fixture: fixture.raw, capture: capture?.raw },
    targets: { flashFrames: 0, taskRatio: 1.05, heapExtraMB: 2 },
  };

  return { results, fixture, capture, captureSkipped };
}

function printFeed({ results, fixture, capture, captureSkipped }: Awaited<ReturnType<typeof feedSection>>) {
  const row = (k: string, a: number, b: number, unit: string) => ({ metric: k, with: `${a.toFixed(1)} ${unit}`, without: `${b.toFixed(1)} ${unit}`, ratio: (a / b).toFixed(3) });
  for (const m of [fixture, capture]) {
    if (!m) continue;
    const what = m.feed === 'fixture' ? 'the X fixture (X\'s post markup, cloned)' : 'the real saved X page (its own post markup)';
    console.log(`\n${POSTS} posts appended ${PER_FRAME} per frame on ${what}, medians of ${m.pairs} alternating pairs:`);
    console.table([
      row('main-thread task time', m.withExtension.taskMs, m.withoutExtension.taskMs, 'ms'),
      row('script time', m.withExtension.scriptMs, m.withoutExtension.scriptMs, 'ms'),
      row('style recalculation', m.withExtension.styleMs, m.withoutExtension.styleMs, 'ms'),
      row('layout', m.withExtension.layoutMs, m.withoutExtension.layoutMs, 'ms'),
      { metric: 'JS heap growth', with: `${m.withExtension.heapDeltaMB.toFixed(2)} MB`, without: `${m.withoutExtension.heapDeltaMB.toFixed(2)} MB`, ratio: `+${m.heapExtraMB} MB` },
    ]);
    const p = m.taskRatioPairs;
    console.log(`flash frames: ${m.flashFrames} (target 0) · task ratio ${m.taskRatio} (target ≤ 1.05; per pair: median ${p.median}, middle half ${p.q1}–${p.q3}) · heap +${m.heapExtraMB} MB (target ≤ 2)`);
    // A verdict on 1.05 needs pairs that agree to a few percent. On this 2-core VM the page's own
    // time has been seen to move by 80% between runs (2.2-4.0 s) while something else ran on the
    // host; then the ratio says nothing, either way.
    if (p.q3 - p.q1 > NOISY_SPREAD) console.log(`noisy run: the pairs' middle half spans ${(p.q3 - p.q1).toFixed(3)} (more than ${NOISY_SPREAD}); the task ratio is no verdict, run again when the machine is quiet`);
}
if (captureSkipped) console.log(`real X page feed skipped: ${captureSkipped}`);
console.log(`bundle: content script ${results.bundleKB.contentScript} KB, x.css ${results.bundleKB.siteCss} KB, popup + options JS ${results.bundleKB.uiJs.toFixed(1)} KB, CSS ${results.bundleKB.uiCss.toFixed(1)} KB`);
}

// Each section replaces its own part of bench/results.json and keeps the other's (the feed's
// numbers stay at the top level, where scripts/readme.ts reads them; the load section is `load`).
const RESULTS = resolve(ROOT, 'bench/results.json');
let out: Record<string, unknown> = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
if (flag('--profile-feed')) {
  printProfile(await profileFeed(home, resolve(ROOT, process.env.UNSCORED_DIST ?? 'dist')));
  process.exit(0);
}
if (RUN_FEED) {
  const feed = await feedSection();
  out = { ...feed.results, load: out.load };
  printFeed(feed);
}
if (RUN_LOAD) {
  const load = await loadBench({
    pairs: LOAD_PAIRS,
    fixtures: selectFixtures(option('--load-fixtures')),
    redesigned: flag('--redesigned') ? 'only' : flag('--no-redesigned') ? 'none' : 'both',
    profile: flag('--profile-load') ? option('--profile-load', 'x/home')! : null,
  });
  out.load = load;
  printLoad(load);
}
writeFileSync(RESULTS, JSON.stringify(out, null, 2) + '\n');
console.log('wrote bench/results.json');
