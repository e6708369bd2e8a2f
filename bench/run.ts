/**
 * `npm run bench`: the cost of hiding on an endless feed. The X home fixture grows by 1,000
 * posts (20 per frame), with and without the extension, alternating in one process; medians of
 * the pairs. Main-thread task and script time and JS heap from the Chrome DevTools Protocol
 * (Performance.getMetrics), flash frames from a separate checked run, and bundle sizes.
 * Writes bench/results.json and prints a table. Never part of `npm test`: timings vary by machine.
 */
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import { statSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumArgs, Server, waitForEngine } from '../e2e/lib/extension';
import { listFixtures } from '../e2e/lib/fixture-files';
import { GROW_FEED_JS, READABLE_METRICS_JS } from '../e2e/lib/feed';
import { DIST_CHROME, ROOT } from '../e2e/lib/paths';

const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const PER_FRAME = 20;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const STYLE = process.env.BENCH_STYLE ?? 'blur';
// Every post carries one hookless "N views" count, found only by the text patterns (the flash
// test's case); BENCH_TEXT_ONLY=0 grows the X fixture's posts alone (measured: no difference).
const TEXT_ONLY = process.env.BENCH_TEXT_ONLY !== '0';
const home = listFixtures('x').find((f) => f.name === 'home')!;
const BASE = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: withExtension ? chromiumArgs() : BASE,
    viewport: { width: 1200, height: 900 },
  });
  const server = new Server();
  server.serveFixture(home);
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
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function run(context: BrowserContext, check: boolean) {
  const page = await context.newPage();
  await page.goto(home.url);
  await waitForEngine(page);
  await page.evaluate(READABLE_METRICS_JS);
  await page.evaluate(GROW_FEED_JS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  const res = (await page.evaluate(
    ([n, p, c, t]) =>
      (window as unknown as { __growFeed: (n: number, p: number, c: boolean, t: boolean) => Promise<{ frames: number; violations: string[] }> }).__growFeed(n, p, c, t),
    [POSTS, PER_FRAME, check, TEXT_ONLY] as [number, number, boolean, boolean],
  )) as { frames: number; violations: string[] };
  const after = await metrics(cdp);
  await cdp.detach();
  await page.close();
  return {
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    heapMB: (after.JSHeapUsedSize - before.JSHeapUsedSize) / 1e6,
    styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
    heapAfterMB: after.JSHeapUsedSize / 1e6,
    flashFrames: res.violations.length ? new Set(res.violations).size : 0,
    frames: res.frames,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (p: string) => Math.round(statSync(p).size / 102.4) / 10;

const withExt = await launch(true);
const without = await launch(false);
// Warm-up (JIT, caches) for both, not counted.
await run(withExt, false);
await run(without, false);
const w: Awaited<ReturnType<typeof run>>[] = [];
const wo: Awaited<ReturnType<typeof run>>[] = [];
for (let i = 0; i < PAIRS; i++) {
  // Alternate which goes first so drift in the machine's load falls on both sides.
  if (i % 2 === 0) { w.push(await run(withExt, false)); wo.push(await run(without, false)); }
  else { wo.push(await run(without, false)); w.push(await run(withExt, false)); }
}
const checked = await run(withExt, true);
await withExt.close();
await without.close();

const assets = join(DIST_CHROME, 'assets');
const results = {
  date: new Date().toISOString(),
  posts: POSTS,
  style: STYLE,
  textOnlyMetricPerPost: TEXT_ONLY,
  perFrame: PER_FRAME,
  pairs: PAIRS,
  withExtension: { taskMs: median(w.map((r) => r.taskMs)), scriptMs: median(w.map((r) => r.scriptMs)), heapDeltaMB: median(w.map((r) => r.heapMB)) },
  withoutExtension: { taskMs: median(wo.map((r) => r.taskMs)), scriptMs: median(wo.map((r) => r.scriptMs)), heapDeltaMB: median(wo.map((r) => r.heapMB)) },
  taskRatio: 0,
  scriptRatio: 0,
  heapExtraMB: 0,
  flashFrames: checked.flashFrames,
  bundleKB: {
    contentScript: kb(join(DIST_CHROME, 'src/content/main.iife.js')),
    siteCss: kb(join(DIST_CHROME, 'css/x.css')),
    // Popup and options share their chunks (Preact, the registry, the settings module).
    uiJs: readdirSync(assets).filter((f) => f.endsWith('.js')).reduce((t, f) => t + kb(join(assets, f)), 0),
    uiCss: readdirSync(assets).filter((f) => f.endsWith('.css')).reduce((t, f) => t + kb(join(assets, f)), 0),
  },
  raw: { with: w, without: wo },
  targets: { flashFrames: 0, taskRatio: 1.05, heapExtraMB: 2 },
};
results.taskRatio = +(results.withExtension.taskMs / results.withoutExtension.taskMs).toFixed(3);
results.scriptRatio = +(results.withExtension.scriptMs / results.withoutExtension.scriptMs).toFixed(3);
results.heapExtraMB = +(results.withExtension.heapDeltaMB - results.withoutExtension.heapDeltaMB).toFixed(2);
writeFileSync(resolve(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

const row = (k: string, a: number, b: number, unit: string) => ({ metric: k, with: `${a.toFixed(1)} ${unit}`, without: `${b.toFixed(1)} ${unit}`, ratio: (a / b).toFixed(3) });
console.log(`\n${POSTS} posts appended ${PER_FRAME} per frame on the X fixture, medians of ${PAIRS} alternating pairs:`);
console.table([
  row('main-thread task time', results.withExtension.taskMs, results.withoutExtension.taskMs, 'ms'),
  row('script time', results.withExtension.scriptMs, results.withoutExtension.scriptMs, 'ms'),
  row('style recalculation', median(w.map((r) => r.styleMs)), median(wo.map((r) => r.styleMs)), 'ms'),
  row('layout', median(w.map((r) => r.layoutMs)), median(wo.map((r) => r.layoutMs)), 'ms'),
  { metric: 'JS heap growth', with: `${results.withExtension.heapDeltaMB.toFixed(2)} MB`, without: `${results.withoutExtension.heapDeltaMB.toFixed(2)} MB`, ratio: `+${results.heapExtraMB} MB` },
]);
console.log(`flash frames: ${results.flashFrames} (target 0) · task ratio ${results.taskRatio} (target ≤ 1.05) · heap +${results.heapExtraMB} MB (target ≤ 2)`);
console.log(`bundle: content script ${results.bundleKB.contentScript} KB, x.css ${results.bundleKB.siteCss} KB, popup + options JS ${results.bundleKB.uiJs.toFixed(1)} KB, CSS ${results.bundleKB.uiCss.toFixed(1)} KB`);
console.log('wrote bench/results.json');
