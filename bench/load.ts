/**
 * The load section of `npm run bench`: what the content script's start (parse and compile, the
 * settings read, the first scan of what the parser produced, the observer's records until the
 * load) costs a page load. The target (issue): ≤ 10 ms of main-thread script and ≤ 8 ms later
 * first contentful paint.
 *
 * Each fixture is loaded in pairs, with and without the extension, the order alternating (with,
 * without; then without, with), each load in a fresh page. Per load, from the Chrome DevTools
 * Protocol: main-thread ScriptDuration and TaskDuration (Performance.getMetrics, enabled before
 * the navigation; the delta from a reading right before it to one after the load event and two
 * animation frames), and first-contentful-paint (performance.getEntriesByType('paint'), waited
 * for after the reading: it is a timestamp, the wait adds nothing to it). Per fixture: the
 * median of the pairs' differences (with − without) and their middle half (25th–75th
 * percentile); over all fixtures the median of the per-fixture medians.
 *
 * "Without" is the same page in the same browser context under the control URL (the same HTML
 * under a host no content script matches, e2e/lib/fixture-files.ts), not a second browser
 * without the extension. A second browser differs in more than the content script: its own
 * processes, caches and scheduling on this shared 2-core host, and none of the extension's
 * browser-side machinery (service worker, navigation hooks), so its difference would not be the
 * content script's alone. Loading the control URL in the same context leaves one difference:
 * whether the manifest's content script and stylesheet are injected. Both hosts are answered by
 * the same local router (context.route), so network timing is the same on both sides.
 *
 * Redesigned copies (e2e/lib/redesign.ts, redesignHtml: classes, test ids, data attributes and
 * custom element names renamed, wrappers inserted) are pages where the site's stylesheet matches
 * nothing and every hide is the content script's: its worst case at load.
 *
 * Also here: each content-script file's size (minified bytes from the built manifest's
 * content_scripts and what they import) and its compile time (a few traced loads, separate from
 * the timed pairs since tracing slows the page: V8's top-level compile of the file, and the lazy
 * function compiles nested in the extension's script), and `--profile-load`, a CPU profile of the
 * content script's start (see profileLoad).
 */
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { chromiumArgs, Server } from '../e2e/lib/extension';
import { controlUrl, listFixtures, type FixtureFile } from '../e2e/lib/fixture-files';
import { DIST_CHROME, ROOT } from '../e2e/lib/paths';

export const TARGETS = { scriptMs: 10, fcpMs: 8 };
/** Loads per fixture and side run before the pairs and not counted (JIT, caches, first paint). */
const WARMUP = 1;
/** Traced loads for the compile time (median). */
const COMPILE_LOADS = 5;
/** Loads profiled by --profile-load (after one warm-up). */
const PROFILE_LOADS = Number(process.env.BENCH_PROFILE_LOADS ?? 10);
const FCP_TIMEOUT_MS = 5000;
// A page whose site has a feed or front page is measured on it by default (one page a site).
const MAIN_PAGES = ['home', 'feed', 'foryou', 'news', 'dashboard', 'notes', 'directory', 'questions'];

export interface LoadOptions {
  pairs: number;
  fixtures: FixtureFile[];
  /** 'both' (default), 'only' (--redesigned), 'none' (--no-redesigned). */
  redesigned: 'both' | 'only' | 'none';
  profile: string | null;
}

/** `--load-fixtures x/home,reddit/home` or `all`; default one page a site (see MAIN_PAGES). */
export function selectFixtures(spec: string | undefined): FixtureFile[] {
  const all = listFixtures();
  if (spec === 'all') return all;
  if (spec) {
    return spec.split(',').map((s) => {
      const f = all.find((x) => `${x.site}/${x.name}` === s.trim());
      if (!f) throw new Error(`--load-fixtures: no fixture ${s} (e2e/fixtures/<site>/<page>.html)`);
      return f;
    });
  }
  const sites = [...new Set(all.map((f) => f.site))];
  return sites.map((site) => {
    const pages = all.filter((f) => f.site === site);
    return MAIN_PAGES.map((n) => pages.find((f) => f.name === n)).find(Boolean) ?? pages[0];
  });
}

type RedesignFn = (html: string, seed?: number) => string;
/** The redesign transform when e2e/lib/redesign.ts is in this tree, or why not. */
async function loadRedesign(): Promise<RedesignFn | string> {
  const file = resolve(ROOT, 'e2e/lib/redesign.ts');
  if (!existsSync(file)) return `e2e/lib/redesign.ts is not in this tree`;
  // A variable specifier: the module may be absent, and typecheck must not need it.
  const spec = new URL('../e2e/lib/redesign.ts', import.meta.url).href;
  const mod = (await import(spec)) as { redesignHtml?: RedesignFn };
  return typeof mod.redesignHtml === 'function' ? mod.redesignHtml : 'e2e/lib/redesign.ts exports no redesignHtml';
}

// ---------------------------------------------------------------------------------------------
// One load

interface Load { scriptMs: number; taskMs: number; fcpMs: number | null }

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
const FCP_JS = `new Promise((resolve) => {
  const hit = () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime;
  if (hit() !== undefined) return resolve(hit());
  new PerformanceObserver(() => { if (hit() !== undefined) resolve(hit()); }).observe({ type: 'paint', buffered: true });
  setTimeout(() => resolve(hit() ?? null), ${FCP_TIMEOUT_MS});
})`;
const TWO_FRAMES = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

async function load(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(TWO_FRAMES);
    const after = await metrics(cdp);
    // The counters belong to the page's renderer. A fresh tab's first navigation stays in its
    // process (checked: a 50 ms loop run on about:blank before it is still in TaskDuration
    // after), so the delta is the load's. Should a navigation ever swap processes, the counters
    // would restart and the delta go wrong: refuse rather than report it.
    if (after.TaskDuration < before.TaskDuration || after.ScriptDuration < before.ScriptDuration) {
      throw new Error(`${url}: performance counters went backwards (renderer swapped?)`);
    }
    const fcpMs = (await page.evaluate(FCP_JS)) as number | null;
    return {
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      fcpMs,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Linear-interpolation quantile (the usual "type 7"): the median of an even count is the mean of the middle two. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
const r1 = (x: number) => Math.round(x * 10) / 10;
interface Spread { median: number; q1: number; q3: number }
const spread = (xs: number[]): Spread => ({ median: r1(quantile(xs, 0.5)), q1: r1(quantile(xs, 0.25)), q3: r1(quantile(xs, 0.75)) });

// ---------------------------------------------------------------------------------------------
// One fixture

interface Page { label: string; site: string; redesigned: boolean; url: string; html: string }

async function measurePage(context: BrowserContext, server: Server, p: Page, pairs: number) {
  const control = controlUrl(p.url);
  server.set(p.url, p.html);
  server.set(control, p.html);
  for (let i = 0; i < WARMUP; i++) { await load(context, p.url); await load(context, control); }
  const w: Load[] = [];
  const wo: Load[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first so drift in the machine's load falls on both sides.
    if (i % 2 === 0) { w.push(await load(context, p.url)); wo.push(await load(context, control)); }
    else { wo.push(await load(context, control)); w.push(await load(context, p.url)); }
  }
  const d = (k: keyof Load) => w.map((x, i) => (x[k] ?? NaN) - (wo[i][k] ?? NaN)).filter((x) => Number.isFinite(x));
  const side = (ls: Load[]) => ({
    scriptMs: r1(quantile(ls.map((l) => l.scriptMs), 0.5)),
    taskMs: r1(quantile(ls.map((l) => l.taskMs), 0.5)),
    fcpMs: r1(quantile(ls.flatMap((l) => (l.fcpMs === null ? [] : [l.fcpMs])), 0.5)),
  });
  const script = spread(d('scriptMs'));
  const fcp = spread(d('fcpMs'));
  const fcpPairs = d('fcpMs').length;
  return {
    fixture: p.label,
    site: p.site,
    redesigned: p.redesigned,
    pairs,
    withExtension: side(w),
    withoutExtension: side(wo),
    scriptDiffMs: script,
    taskDiffMs: spread(d('taskMs')),
    fcpDiffMs: fcp,
    /** Pairs where both loads reported a first contentful paint within FCP_TIMEOUT_MS. */
    fcpPairs,
    // A verdict on a target needs pairs that agree to better than the target itself.
    noisy: script.q3 - script.q1 > TARGETS.scriptMs || fcp.q3 - fcp.q1 > TARGETS.fcpMs,
    raw: { with: w, without: wo },
  };
}
type PageResult = Awaited<ReturnType<typeof measurePage>>;

// ---------------------------------------------------------------------------------------------
// Content-script size and compile time

interface ManifestScript { js?: string[]; css?: string[]; matches: string[] }
function manifestScripts(dist: string): ManifestScript[] {
  return (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).content_scripts ?? []) as ManifestScript[];
}

/** A manifest match pattern (https://*.host/*) against a URL. */
function matches(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):/.test(url);
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = new URL(url);
  if (m[1] !== '*' && u.protocol !== `${m[1]}:`) return false;
  const host = m[2];
  const hostOk = host === '*' || (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host);
  const path = new RegExp(`^${m[3].split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return hostOk && path.test(u.pathname + u.search);
}

/** A built file and every file of the build it imports (static, dynamic, or by runtime URL). */
function withImports(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const full = join(dist, file);
  if (!existsSync(full)) return seen;
  const text = readFileSync(full, 'utf8');
  const refs = /(?:\bfrom\s*|\bimport\s*\(?\s*|getURL\(\s*)["'`]([^"'`]+\.js)["'`]/g;
  for (const m of text.matchAll(refs)) {
    const ref = m[1];
    const target = ref.startsWith('/') ? ref.slice(1) : ref.startsWith('.') ? relative(dist, resolve(dirname(full), ref)) : ref;
    if (existsSync(join(dist, target))) withImports(dist, target, seen);
  }
  return seen;
}

export interface ScriptSize { file: string; bytes: number; gzipBytes: number; imports: string[]; sites: string[] }
/** Minified bytes of each content-script file of the Chrome build, with the sites that load it. */
export function contentScriptSizes(dist = DIST_CHROME): { scripts: ScriptSize[]; sites: { site: string; jsBytes: number; cssBytes: number }[] } {
  const entries = manifestScripts(dist);
  const byFile = new Map<string, ScriptSize>();
  const sites: { site: string; jsBytes: number; cssBytes: number }[] = [];
  for (const e of entries) {
    const site = (e.css?.[0] ?? e.matches[0]).replace(/^css\/|\.css$/g, '');
    let jsBytes = 0;
    const files = new Set<string>();
    for (const js of e.js ?? []) for (const f of withImports(dist, js)) files.add(f);
    for (const f of files) {
      const bytes = statSync(join(dist, f)).size;
      jsBytes += bytes;
      if (!byFile.has(f)) byFile.set(f, { file: f, bytes, gzipBytes: gzipSync(readFileSync(join(dist, f))).length, imports: [], sites: [] });
      byFile.get(f)!.sites.push(site);
    }
    for (const js of e.js ?? []) byFile.get(js)!.imports = [...withImports(dist, js)].filter((f) => f !== js);
    const cssBytes = (e.css ?? []).reduce((t, c) => t + (existsSync(join(dist, c)) ? statSync(join(dist, c)).size : 0), 0);
    sites.push({ site, jsBytes, cssBytes });
  }
  return { scripts: [...byFile.values()], sites };
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string } } }

/**
 * Compile time of one content-script file, from traced loads of a page it runs on: V8's
 * top-level compile of the file (the `v8.compile` event naming its URL) and the lazy compiles of
 * its functions (V8.CompileCode events nested in the extension's script: EvaluateScript,
 * FunctionCall or v8.compile events naming a chrome-extension:// URL, on the same thread).
 * Tracing slows the page; these loads are not among the timed pairs.
 */
async function compileTime(context: BrowserContext, url: string, file: string, loads: number) {
  const top: number[] = [];
  const lazy: number[] = [];
  for (let i = 0; i <= loads; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-v8.compile'] },
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(TWO_FRAMES);
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await page.close();
    if (i === 0) continue; // warm-up
    const ext = events.filter((e) => e.ph === 'X' && e.args?.data?.url?.startsWith('chrome-extension://'));
    top.push(ext.filter((e) => e.name === 'v8.compile' && e.args!.data!.url!.endsWith(`/${file}`)).reduce((t, e) => t + (e.dur ?? 0), 0) / 1000);
    const inExt = (e: TraceEvent) => ext.some((x) => x.tid === e.tid && x.pid === e.pid && e.ts >= x.ts && e.ts <= x.ts + (x.dur ?? 0));
    const compiles = events.filter((e) => e.name === 'V8.CompileCode' && e.ph === 'X' && inExt(e));
    // Only outermost ones: a compile nested in another is already in its duration.
    const outer = compiles.filter((e) => !compiles.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && e.ts + (e.dur ?? 0) <= o.ts + (o.dur ?? 0) && (o.ts < e.ts || (o.dur ?? 0) > (e.dur ?? 0))));
    lazy.push(outer.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000);
  }
  return { loads, topLevelMs: r1(quantile(top, 0.5)), lazyMs: r1(quantile(lazy, 0.5)), url };
}

// ---------------------------------------------------------------------------------------------
// --profile-load

/**
 * A CPU profile of the content script's start: PROFILE_LOADS loads of one page with the
 * extension (after a warm-up), sampled every 100 µs from before the navigation to the load
 * event and two frames. Run on an unminified build of the same sources (built here into
 * <dist>-profile, with source maps), so functions have their names and their source file and line. Self time includes what V8 does on a function's behalf and
 * charges to it (a regular expression's compilation on its first use, for one).
 */
interface SourceMap { lookup(line: number, column: number): { source: string; line: number } | null }
/** A source map's mappings (base64 VLQ), looked up by generated line and column (0-based). */
function readSourceMap(path: string): SourceMap {
  const map = JSON.parse(readFileSync(path, 'utf8')) as { sources: string[]; mappings: string };
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines: [number, number, number][][] = []; // per generated line: [column, source, line]
  let src = 0, srcLine = 0;
  for (const text of map.mappings.split(';')) {
    const segs: [number, number, number][] = [];
    let col = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const v: number[] = [];
      for (let i = 0, shift = 0, acc = 0; i < seg.length; i++) {
        const d = B64.indexOf(seg[i]);
        acc += (d & 31) << shift;
        if (d & 32) { shift += 5; continue; }
        v.push(acc & 1 ? -(acc >>> 1) : acc >>> 1);
        acc = 0; shift = 0;
      }
      col += v[0];
      if (v.length >= 4) { src += v[1]; srcLine += v[2]; segs.push([col, src, srcLine]); }
    }
    lines.push(segs);
  }
  return {
    lookup(line, column) {
      const segs = lines[line];
      if (!segs?.length) return null;
      let best = segs[0];
      for (const s of segs) if (s[0] <= column) best = s; else break;
      return { source: map.sources[best[1]], line: best[2] };
    },
  };
}

async function profileLoad(fixture: FixtureFile, distRoot: string) {
  return profileScript(fixture, distRoot, PROFILE_LOADS, 'load', async (page, started) => {
    await started();
    await page.goto(fixture.url, { waitUntil: 'load' });
    await page.evaluate(TWO_FRAMES);
  });
}

/**
 * --profile-feed: the same profile over a growing feed (the feed bench's 1,000 posts, 20 a
 * frame) after the page has loaded, so that the self time is the observer's per-post work.
 */
export async function profileFeed(fixture: FixtureFile, distRoot: string, runs = 3, posts = 1000) {
  const { GROW_FEED_JS, READABLE_METRICS_JS } = await import('../e2e/lib/feed');
  const { waitForEngine } = await import('../e2e/lib/extension');
  return profileScript(fixture, distRoot, runs, `feed of ${posts} posts`, async (page, started) => {
    await page.goto(fixture.url, { waitUntil: 'load' });
    await waitForEngine(page);
    await page.evaluate(READABLE_METRICS_JS);
    await page.evaluate(GROW_FEED_JS);
    await started();
    await page.evaluate(([n]) => (window as unknown as { __growFeed: (n: number, p: number, c: boolean, t: boolean) => Promise<unknown> }).__growFeed(n, 20, false, true), [posts]);
  });
}

async function profileScript(fixture: FixtureFile, distRoot: string, runs: number, what: string, workload: (page: import('@playwright/test').Page, started: () => Promise<void>) => Promise<void>) {
  const profDist = `${distRoot}-profile`;
  const { build } = await import('vite');
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const saved = process.env.UNSCORED_DIST;
  process.env.UNSCORED_DIST = profDist;
  try {
    await build({ root: ROOT, mode: 'chrome', logLevel: 'warn', build: { minify: false, sourcemap: true } });
  } finally {
    if (saved === undefined) delete process.env.UNSCORED_DIST; else process.env.UNSCORED_DIST = saved;
  }
  const dist = join(profDist, 'chrome');
  const context = await launch(dist);
  const server = new Server();
  server.serveFixture(fixture);
  await server.attach(context);
  // The build's source map says which source file and line each function is from.
  const maps = new Map<string, SourceMap | null>();
  const sourceOf = (url: string, line: number, column: number) => {
    const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (!maps.has(file)) maps.set(file, existsSync(join(dist, `${file}.map`)) ? readSourceMap(join(dist, `${file}.map`)) : null);
    const at = maps.get(file)?.lookup(line, column);
    return at ? { module: at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/'), line: at.line + 1 } : { module: file, line: line + 1 };
  };
  const self = new Map<string, { fn: string; module: string; line: number; ms: number }>();
  const inclusive = new Map<string, { fn: string; module: string; line: number; ms: number }>();
  let extTotal = 0;
  let total = 0;
  const lineTicks = new Map<string, number>();
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await workload(page, async () => { await cdp.send('Profiler.start'); });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    await page.close();
    if (i === 0) continue; // warm-up
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Where inside the extension's functions the samples fell, by source line (V8's line ticks).
    for (const n of profile.nodes) {
      if (!n.callFrame.url.startsWith('chrome-extension://')) continue;
      for (const pt of n.positionTicks ?? []) {
        const at = sourceOf(n.callFrame.url, pt.line - 1, 0);
        const key = `${at.module}:${at.line}`;
        lineTicks.set(key, (lineTicks.get(key) ?? 0) + pt.ticks);
      }
    }
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let k = 0; k < samples.length; k++) {
      // A sample's time is the gap to the next one (as DevTools counts it).
      const ms = (deltas[k + 1] ?? 0) / 1000;
      const cf = nodes.get(samples[k])!.callFrame;
      if (!['(idle)', '(program)'].includes(cf.functionName)) total += ms;
      // Inclusive time: each extension function on the sample's stack, once (what it and
      // everything it called cost: its callees' native work and lazy compiles included).
      const onStack = new Set<string>();
      for (let id: number | undefined = samples[k]; id !== undefined; id = parent.get(id)) {
        const f = nodes.get(id)!.callFrame;
        if (!f.url.startsWith('chrome-extension://')) continue;
        const key = `${f.functionName}|${f.url}|${f.lineNumber}|${f.columnNumber}`;
        if (onStack.has(key)) continue;
        onStack.add(key);
        let e = inclusive.get(key);
        if (!e) {
          const at = sourceOf(f.url, f.lineNumber, f.columnNumber);
          e = { fn: f.functionName || '(anonymous)', module: at.module, line: at.line, ms: 0 };
        }
        e.ms += ms;
        inclusive.set(key, e);
      }
      if (!cf.url.startsWith('chrome-extension://')) continue;
      extTotal += ms;
      const key = `${cf.functionName}|${cf.url}|${cf.lineNumber}|${cf.columnNumber}`;
      let e = self.get(key);
      if (!e) {
        const at = sourceOf(cf.url, cf.lineNumber, cf.columnNumber);
        e = { fn: cf.functionName || '(anonymous)', module: at.module, line: at.line, ms: 0 };
      }
      e.ms += ms;
      self.set(key, e);
    }
  }
  await context.close();
  const per = (ms: number) => r1(ms / runs);
  const top = [...self.values()].sort((a, b) => b.ms - a.ms).slice(0, 20).map((e) => ({ function: e.fn, source: `${e.module}:${e.line}`, selfMsPerLoad: per(e.ms) }));
  const byModule = new Map<string, number>();
  for (const e of self.values()) byModule.set(e.module, (byModule.get(e.module) ?? 0) + e.ms);
  return {
    fixture: `${fixture.site}/${fixture.name}`,
    loads: runs,
    what,
    build: `unminified, ${relative(ROOT, dist) || dist}`,
    extensionSelfMsPerLoad: per(extTotal),
    allScriptSelfMsPerLoad: per(total),
    top,
    inclusive: [...inclusive.values()].sort((a, b) => b.ms - a.ms).slice(0, 25).map((e) => ({ function: e.fn, source: `${e.module}:${e.line}`, totalMsPerRun: per(e.ms) })),
    // Samples are 100 µs apart: ticks / 10 is about ms.
    lines: [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([source, ticks]) => ({ source, msPerRun: r1(ticks / 10 / runs) })),
    modules: [...byModule].sort((a, b) => b[1] - a[1]).map(([module, ms]) => ({ module, selfMsPerLoad: per(ms) })),
  };
}

// ---------------------------------------------------------------------------------------------

async function launch(dist = DIST_CHROME): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(dist),
    viewport: { width: 1200, height: 900 },
  });
  // The extension is ready when its service worker is (settings are read through it).
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return context;
}

export async function loadBench(opts: LoadOptions) {
  const started = Date.now();
  const redesign = opts.redesigned === 'none' ? 'not asked for (--no-redesigned)' : await loadRedesign();
  const redesignSkipped = typeof redesign === 'string' ? redesign : null;
  if (redesignSkipped && opts.redesigned !== 'none') console.log(`load: redesigned copies skipped: ${redesignSkipped}`);
  const entries = manifestScripts(DIST_CHROME);
  const pages: Page[] = [];
  const unmatched: string[] = [];
  for (const f of opts.fixtures) {
    const label = `${f.site}/${f.name}`;
    if (!entries.some((e) => e.matches.some((m) => matches(m, f.url)))) { unmatched.push(label); continue; }
    if (opts.redesigned !== 'only') pages.push({ label, site: f.site, redesigned: false, url: f.url, html: f.html });
    if (typeof redesign === 'function') pages.push({ label: `${label} (redesigned)`, site: f.site, redesigned: true, url: f.url, html: redesign(f.html) });
  }
  if (unmatched.length) console.log(`load: no content script matches ${unmatched.join(', ')} (skipped)`);

  const context = await launch();
  const server = new Server();
  await server.attach(context);
  const results: PageResult[] = [];
  for (const p of pages) {
    const t = Date.now();
    const r = await measurePage(context, server, p, opts.pairs);
    results.push(r);
    console.log(`load: ${p.label}: script +${r.scriptDiffMs.median} ms (${r.scriptDiffMs.q1}–${r.scriptDiffMs.q3}), FCP +${r.fcpDiffMs.median} ms (${r.fcpDiffMs.q1}–${r.fcpDiffMs.q3}) · ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }

  const sizes = contentScriptSizes();
  const compile = [];
  for (const s of sizes.scripts) {
    // A page this file runs on: the first measured fixture whose site loads it.
    const f = opts.fixtures.find((x) => entries.some((e) => (e.js ?? []).some((js) => withImports(DIST_CHROME, js).has(s.file)) && e.matches.some((m) => matches(m, x.url))));
    if (!f) continue;
    server.serveFixture(f);
    compile.push({ file: s.file, fixture: `${f.site}/${f.name}`, ...(await compileTime(context, f.url, s.file, COMPILE_LOADS)) });
  }
  await context.close();
  if (server.strays.length) console.log(`load: ${server.strays.length} requests answered 404 (the fixtures' own subresources, same on both sides)`);

  const profile = opts.profile ? await profileLoad(selectFixtures(opts.profile)[0], resolve(ROOT, process.env.UNSCORED_DIST ?? 'dist')) : null;

  const over = (k: 'scriptDiffMs' | 'fcpDiffMs', redesigned: boolean) => {
    const rs = results.filter((r) => r.redesigned === redesigned && Number.isFinite(r[k].median));
    return rs.length ? { fixtures: rs.length, medianOfMedians: r1(quantile(rs.map((r) => r[k].median), 0.5)), worst: r1(Math.max(...rs.map((r) => r[k].median))) } : null;
  };
  const summary = (redesigned: boolean) => ({
    script: over('scriptDiffMs', redesigned),
    fcp: over('fcpDiffMs', redesigned),
    noisyFixtures: results.filter((r) => r.redesigned === redesigned && r.noisy).length,
  });
  return {
    date: new Date().toISOString(),
    pairs: opts.pairs,
    warmup: WARMUP,
    targets: TARGETS,
    without: 'the same HTML under a control host no content script matches, same browser context',
    redesignSkipped,
    unmatched,
    fixtures: results,
    asWritten: summary(false),
    redesigned: redesignSkipped ? null : summary(true),
    noisy: results.some((r) => r.noisy),
    contentScripts: sizes,
    compile,
    profile,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}
export type LoadResults = Awaited<ReturnType<typeof loadBench>>;

const ms = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(1)} ms` : 'n/a');
const range = (s: Spread) => (Number.isFinite(s.q1) ? `${s.q1.toFixed(1)}…${s.q3.toFixed(1)}` : '');

export function printLoad(r: LoadResults): void {
  console.log(`\nPage load, with − without the extension, medians of ${r.pairs} alternating pairs per page (middle half of the pairs' differences in brackets); without = ${r.without}:`);
  console.table(r.fixtures.map((f) => ({
    page: f.fixture,
    'script': `${ms(f.scriptDiffMs.median)} [${range(f.scriptDiffMs)}]`,
    'FCP': `${ms(f.fcpDiffMs.median)} [${range(f.fcpDiffMs)}]${f.fcpPairs < f.pairs ? ` (${f.fcpPairs} pairs painted)` : ''}`,
    'task': `${ms(f.taskDiffMs.median)} [${range(f.taskDiffMs)}]`,
    'script with/without': `${f.withExtension.scriptMs.toFixed(1)} / ${f.withoutExtension.scriptMs.toFixed(1)} ms`,
    'FCP with/without': `${f.withExtension.fcpMs.toFixed(0)} / ${f.withoutExtension.fcpMs.toFixed(0)} ms`,
    noisy: f.noisy ? 'noisy' : '',
  })));
  for (const [name, s] of [['as written', r.asWritten], ['redesigned copies (every hide the script\'s)', r.redesigned]] as const) {
    if (!s || !s.script) continue;
    const verdict = (v: number, t: number) => (s.noisyFixtures ? '' : v <= t ? ' met' : ' NOT met');
    console.log(`${name}: over ${s.script.fixtures} pages, median of the per-page medians: script ${ms(s.script.medianOfMedians)} (worst page ${ms(s.script.worst)}; target ≤ ${r.targets.scriptMs} ms${verdict(s.script.worst, r.targets.scriptMs)}), FCP ${s.fcp ? `${ms(s.fcp.medianOfMedians)} (worst ${ms(s.fcp.worst)}; target ≤ ${r.targets.fcpMs} ms${verdict(s.fcp.worst, r.targets.fcpMs)})` : 'n/a'}`);
    if (s.noisyFixtures) console.log(`noisy run: on ${s.noisyFixtures} page(s) the pairs' middle half is wider than the target itself (${r.targets.scriptMs} ms script, ${r.targets.fcpMs} ms FCP); no verdict, run again when the machine is quiet`);
  }
  if (r.redesignSkipped) console.log(`redesigned copies skipped: ${r.redesignSkipped}`);
  console.log('\nContent scripts (Chrome build, minified bytes; each file with what it imports):');
  console.table(r.contentScripts.scripts.map((s) => {
    const c = r.compile.find((x) => x.file === s.file);
    return {
      file: s.file,
      bytes: s.bytes,
      gzip: s.gzipBytes,
      imports: s.imports.join(' ') || '(none)',
      'compile (top level)': c ? `${c.topLevelMs.toFixed(1)} ms` : '',
      'lazy compiles at load': c ? `${c.lazyMs.toFixed(1)} ms` : '',
      sites: s.sites.length,
    };
  }));
  console.table(r.contentScripts.sites.map((s) => ({ site: s.site, 'script bytes': s.jsBytes, 'stylesheet bytes': s.cssBytes })));
  if (r.compile.length) console.log(`compile: medians of ${r.compile[0].loads} traced loads of ${r.compile.map((c) => c.fixture).join(', ')} (tracing slows V8: an upper bound)`);
  if (r.profile) printProfile(r.profile);
  console.log(`load section: ${r.seconds} s`);
}

export function printProfile(p: Awaited<ReturnType<typeof profileScript>>): void {
  console.log(`\nCPU profile (${p.what}) on ${p.fixture} (${p.loads} runs, ${p.build}): the extension's functions ${p.extensionSelfMsPerLoad} ms self time a run, all script ${p.allScriptSelfMsPerLoad} ms`);
  console.table(p.top);
  console.log('inclusive (the function and all it called, each once a sample):');
  console.table(p.inclusive);
  if (process.env.BENCH_PROFILE_LINES) console.table(p.lines);
  console.table(p.modules.slice(0, 10));
}
