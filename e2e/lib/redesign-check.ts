/**
 * The redesign check, shared by Chromium (e2e/redesign.spec.ts) and Firefox
 * (e2e/firefox-redesign.spec.ts): every fixture rewritten by redesignHtml (./redesign.ts) is
 * loaded three times, all under hosts the extension does not match except the last:
 *   1. the original fixture      (where the annotations are, as the fixture author wrote them),
 *   2. the redesigned fixture     (the control: what the redesign looks like without us),
 *   3. the redesigned fixture under the fixture's real URL, with the extension.
 * 1 against 2 checks the redesign itself (same annotations, same texts, every keep visible;
 * Firefox skips 1, the redesign being the same in both browsers);
 * 2 against 3 is the measure: recall over metrics, keeps intact, labels scrubbed.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AnnotationReport } from './annotations';
import { controlUrl, type FixtureFile } from './fixture-files';
import { ROOT } from './paths';

/** The seed of the renaming the specs use (any other seed gives other names, the same measure). */
export const REDESIGN_SEED = 1;

/** Where the unmodified fixture is served: a host no content script matches. */
export function originalUrl(url: string): string {
  return controlUrl(url).replace('://control.unscored.test/', '://control.unscored.test/original/');
}

export interface AnnotationContexts {
  metric: string[];
  keep: string[];
}

/**
 * Runs in the page: for every metric and keep annotation, in collectAnnotations' order, a short
 * outerHTML (≤ 400 characters) of the element's parent (or of a higher ancestor, up to four
 * levels, when the parent is a redesign wrapper, very short, or holds no label, icon, button or
 * link beside the element: what is next to a count tells why it was missed), centred on the
 * element. Self-contained
 * (serialised into the page by Playwright and puppeteer).
 */
export function annotationContexts(): AnnotationContexts {
  const MAX = 400;
  const all = (sel: string): Element[] => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      found.push(...Array.from(root.querySelectorAll(sel)));
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found;
  };
  const squash = (h: string) => h.replace(/\s+/g, ' ');
  const snippet = (el: Element): string => {
    const own = squash(el.outerHTML);
    let open: string;
    let inner: string;
    // The parent, or a higher ancestor when the parent is a redesign wrapper or shows too
    // little (the button or label next to a count is what tells why it was missed).
    const LABELLED = '[aria-label], [title], svg, img[alt], button, [role="button"], a[href]';
    let parent = el.parentElement;
    for (let up = 0; parent?.parentElement && up < 4; up++) {
      const wrapper = parent.getAttribute('style') === 'display: contents';
      const labelled = parent.matches(LABELLED) || Array.from(parent.querySelectorAll(LABELLED)).some((n) => !el.contains(n) && n !== el);
      if (!wrapper && labelled && parent.outerHTML.length >= 160) break;
      parent = parent.parentElement;
    }
    if (parent) {
      const full = squash(parent.outerHTML);
      open = full.slice(0, full.indexOf('>') + 1);
      inner = full.slice(open.length);
    } else {
      // The element is at the top of a shadow root: its host's opening tag, then the root.
      const root = el.getRootNode();
      const host = squash(root instanceof ShadowRoot ? root.host.outerHTML : '');
      open = `${host.slice(0, host.indexOf('>') + 1)}#shadow-root `;
      inner = root instanceof ShadowRoot ? squash(root.innerHTML) : own;
    }
    if (open.length + inner.length <= MAX) return open + inner;
    if (open.length > 150) open = `${open.slice(0, 149)}…`;
    // A window of the parent's content centred on the element.
    const budget = MAX - open.length - 2;
    const at = Math.max(0, inner.indexOf(own));
    const start = Math.max(0, Math.min(at - Math.floor(Math.max(0, budget - own.length) / 2), inner.length - budget));
    const end = start + budget;
    return `${open}${start > 0 ? '…' : ''}${inner.slice(start, end)}${end < inner.length ? '…' : ''}`;
  };
  return { metric: all('[data-expect="metric"]').map(snippet), keep: all('[data-expect="keep"]').map(snippet) };
}

export interface FixtureRun {
  fixture: FixtureFile;
  /**
   * The original fixture, without the extension (for the fidelity check and the original paths;
   * Firefox leaves it out to save a page load per fixture: the redesign is the same in both).
   */
  original?: AnnotationReport[];
  /** The redesigned fixture, without the extension. */
  control: AnnotationReport[];
  /** The redesigned fixture, with the extension. */
  reports: AnnotationReport[];
  /** Context of each metric and keep, from the redesigned fixture without the extension. */
  contexts: AnnotationContexts;
}

export interface Miss {
  fixture: string;
  /** Path in the original fixture (its test ids), then in the redesigned one. */
  where: string;
  whereRedesigned: string;
  text: string;
  why: string;
  /** Short outerHTML of the element's parent in the redesigned page, before the extension ran. */
  parentHtml: string;
}
export interface BrokenKeep extends Miss {
  controlText: string;
}
export interface Unscrubbed {
  fixture: string;
  where: string;
  text: string;
  attrs: Record<string, string | null> | undefined;
}
export interface SiteRow {
  site: string;
  fixtures: number;
  metrics: number;
  hidden: number;
  recall: number;
  keeps: number;
  keepsBroken: number;
  labels: number;
  scrubbed: number;
}
export interface RedesignReport {
  browser: string;
  seed: number;
  generatedAt: string;
  seconds: number;
  overall: Omit<SiteRow, 'site'> & { pageErrors: number; fidelityProblems: number };
  sites: SiteRow[];
  missed: Miss[];
  brokenKeeps: BrokenKeep[];
  unscrubbed: Unscrubbed[];
  pageErrors: string[];
  /** Differences between the original and the redesigned fixture, without the extension (should be none). */
  fidelity: string[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Scores every run into the report (per site, overall, and each miss). */
export function buildReport(browser: string, runs: FixtureRun[], pageErrors: string[], seconds: number): RedesignReport {
  const sites = new Map<string, SiteRow>();
  const missed: Miss[] = [];
  const brokenKeeps: BrokenKeep[] = [];
  const unscrubbed: Unscrubbed[] = [];
  const fidelity: string[] = [];
  for (const run of runs) {
    const name = `${run.fixture.site}/${run.fixture.name}`;
    const of = (list: AnnotationReport[], kind: AnnotationReport['kind']) => list.filter((r) => r.kind === kind);
    const row = sites.get(run.fixture.site) ?? { site: run.fixture.site, fixtures: 0, metrics: 0, hidden: 0, recall: 0, keeps: 0, keepsBroken: 0, labels: 0, scrubbed: 0 };
    row.fixtures++;
    sites.set(run.fixture.site, row);

    // The redesign itself: the same annotations with the same texts, every keep visible.
    const original = run.original ?? run.control;
    for (const kind of ['metric', 'keep', 'scrub'] as const) {
      const a = of(original, kind);
      const b = of(run.control, kind);
      const c = of(run.reports, kind);
      if (a.length !== b.length || b.length !== c.length) {
        fidelity.push(`${name}: ${a.length} ${kind} annotations in the original, ${b.length} redesigned, ${c.length} with the extension`);
        continue;
      }
      a.forEach((r, i) => {
        if (kind !== 'scrub' && r.text !== b[i].text) fidelity.push(`${name}: ${kind} ${r.where} text "${r.text}" became "${b[i].text}" in the redesign`);
        if (kind === 'keep' && !b[i].ok) fidelity.push(`${name}: keep ${r.where} not visible in the redesign without the extension (${b[i].why})`);
      });
    }

    const where = (i: number, kind: AnnotationReport['kind']) => of(original, kind)[i]?.where ?? '?';
    of(run.reports, 'metric').forEach((r, i) => {
      row.metrics++;
      if (r.ok) return void row.hidden++;
      missed.push({ fixture: name, where: where(i, 'metric'), whereRedesigned: r.where, text: r.text, why: r.why, parentHtml: run.contexts.metric[i] ?? '' });
    });
    const controlKeeps = of(run.control, 'keep');
    of(run.reports, 'keep').forEach((r, i) => {
      row.keeps++;
      const controlText = controlKeeps[i]?.text ?? '';
      if (r.ok && r.text === controlText) return;
      row.keepsBroken++;
      brokenKeeps.push({
        fixture: name, where: where(i, 'keep'), whereRedesigned: r.where, text: r.text, controlText,
        why: r.ok ? `text changed from "${controlText}"` : r.why, parentHtml: run.contexts.keep[i] ?? '',
      });
    });
    of(run.reports, 'scrub').forEach((r, i) => {
      row.labels++;
      if (r.ok) row.scrubbed++;
      else unscrubbed.push({ fixture: name, where: where(i, 'scrub'), text: r.text, attrs: r.attrs });
    });
  }
  const rows = [...sites.values()].sort((a, b) => a.site.localeCompare(b.site));
  for (const r of rows) r.recall = r.metrics ? round3(r.hidden / r.metrics) : 1;
  const sum = (k: keyof Omit<SiteRow, 'site' | 'recall'>) => rows.reduce((n, r) => n + r[k], 0);
  const metrics = sum('metrics');
  const hidden = sum('hidden');
  return {
    browser,
    seed: REDESIGN_SEED,
    generatedAt: new Date().toISOString(),
    seconds: Math.round(seconds),
    overall: {
      fixtures: sum('fixtures'), metrics, hidden, recall: metrics ? round3(hidden / metrics) : 1,
      keeps: sum('keeps'), keepsBroken: sum('keepsBroken'), labels: sum('labels'), scrubbed: sum('scrubbed'),
      pageErrors: pageErrors.length, fidelityProblems: fidelity.length,
    },
    sites: rows,
    missed,
    brokenKeeps,
    unscrubbed,
    pageErrors,
    fidelity,
  };
}

/** The per-site table, as printed and attached to the test. */
export function formatReport(r: RedesignReport): string {
  const line = (site: string, x: Omit<SiteRow, 'site'>) =>
    `  ${site.padEnd(14)} ${String(x.fixtures).padStart(2)}  ${String(x.hidden).padStart(4)} / ${String(x.metrics).padEnd(4)} ${x.recall.toFixed(3)}   ` +
    `${String(x.keeps - x.keepsBroken).padStart(4)} / ${String(x.keeps).padEnd(4)}   ${String(x.scrubbed).padStart(3)} / ${String(x.labels).padEnd(3)}`;
  return [
    `Redesign mode (${r.browser}, seed ${r.seed}: classes, test ids, data-* and custom elements renamed, test-id elements wrapped), ${r.seconds} s`,
    `  ${'site'.padEnd(14)} fx  metrics hidden  recall   keeps intact   labels scrubbed`,
    ...r.sites.map((s) => line(s.site, s)),
    line('all', r.overall),
    `  page errors: ${r.overall.pageErrors}; redesign fidelity problems: ${r.overall.fidelityProblems}`,
  ].join('\n');
}

/** Writes the report to test-results/<file> (beside the repository's other results) and returns the path. */
export function writeReport(r: RedesignReport, file: string): string {
  const path = resolve(ROOT, 'test-results', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
  return path;
}

/**
 * Builds the report of a redesign run, prints and writes it, and asserts what both browsers'
 * specs assert: the redesign kept every annotation, no keep broke, no page error, recall at
 * least `floor`.
 */
export function checkRedesign(browser: string, runs: FixtureRun[], errors: string[], started: number, fileName: string, floor: number): void {
  const report = buildReport(browser, runs, errors, (Date.now() - started) / 1000);
  const path = writeReport(report, fileName);
  const table = `${formatReport(report)}\n  report: ${path}`;
  console.log(table);
  test.info().annotations.push({ type: 'redesign', description: table });

  expect(report.overall.metrics, 'the fixtures have metrics').toBeGreaterThan(0);
  // The redesign itself keeps every annotation, its text, and every keep visible.
  expect(report.fidelity, 'redesign fidelity').toEqual([]);
  // Precision 1.000: nothing that is not a count is touched, and the page never breaks.
  expect(report.brokenKeeps.map((k) => `${k.fixture} ${k.where} "${k.controlText}": ${k.why}`), 'broken keeps').toEqual([]);
  expect(errors, 'uncaught errors on the pages').toEqual([]);
  expect(report.overall.recall, table).toBeGreaterThanOrEqual(floor);
}
