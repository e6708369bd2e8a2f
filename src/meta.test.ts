/**
 * Registry meta-test: every site file follows the conventions in CONTRIBUTING.md, and the
 * extension never reads the fixtures' annotations.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sites } from './sites';
import { METRIC_KINDS, type Site } from './sites/types';

const SRC = resolve(import.meta.dirname);
const SITES_DIR = join(SRC, 'sites');
const FIXTURES = resolve(SRC, '..', 'e2e', 'fixtures');
// The registry and what the content script needs apart from it (ids, address matching, site scripts).
const NOT_SITES = new Set(['index.ts', 'types.ts', 'ids.ts', 'match.ts', 'site-script.ts']);

const siteFiles = readdirSync(SITES_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_SITES.has(f))
  .map((f) => f.replace(/\.ts$/, ''));

/** Every selector a site file declares, with where it is, for messages. */
function selectorsOf(site: Site): [string, string][] {
  const out: [string, string][] = [];
  for (const k of METRIC_KINDS) for (const s of site.metrics[k] ?? []) out.push([`metrics.${k}`, s]);
  for (const t of site.text ?? []) out.push(['text.within', t.within]);
  for (const r of site.scrub ?? []) out.push(['scrub.selector', r.selector]);
  for (const r of site.shadow ?? []) {
    out.push(['shadow.host', r.host]);
    for (const k of METRIC_KINDS) for (const s of r.metrics[k] ?? []) out.push([`shadow.metrics.${k}`, s]);
  }
  for (const s of site.composer?.textbox ?? []) out.push(['composer.textbox', s]);
  for (const s of site.composer?.submit ?? []) out.push(['composer.submit', s]);
  return out;
}

describe('site registry', () => {
  it('has site files', () => {
    expect(siteFiles.length).toBeGreaterThan(0);
  });

  it('lists every site file, and nothing else', () => {
    expect(sites.map((s) => s.id).sort()).toEqual([...siteFiles].sort());
  });

  it('has unique ids', () => {
    const ids = sites.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  describe.each(siteFiles)('%s', (file) => {
    it('exports a site whose id is its file name', async () => {
      const mod = (await import(`./sites/${file}.ts`)) as { default?: Site };
      expect(mod.default?.id).toBe(file);
      expect(sites).toContain(mod.default);
    });

    it('has valid match patterns and a name', () => {
      const site = sites.find((s) => s.id === file)!;
      expect(site.name.trim()).not.toBe('');
      expect(site.matches.length).toBeGreaterThan(0);
      for (const m of site.matches) expect(m, m).toMatch(/^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/);
    });

    it('every selector parses', () => {
      const site = sites.find((s) => s.id === file)!;
      const bad: string[] = [];
      for (const [where, sel] of selectorsOf(site)) {
        try {
          document.querySelector(sel);
          // Inside the compiled CSS, selectors sit in :is(); an unbalanced one would swallow the rule.
          if ((sel.match(/\(/g) ?? []).length !== (sel.match(/\)/g) ?? []).length) bad.push(`${where}: ${sel} (unbalanced parentheses)`);
        } catch (e) {
          bad.push(`${where}: ${sel} (${e instanceof Error ? e.message : String(e)})`);
        }
      }
      expect(bad).toEqual([]);
    });

    it('has at least one fixture in e2e/fixtures/<id>/', () => {
      const dir = join(FIXTURES, file);
      const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
      expect(pages, `e2e/fixtures/${file}/*.html`).not.toEqual([]);
    });
  });
});

describe('the extension never reads the fixture annotations', () => {
  const ANNOTATION = ['data', 'expect'].join('-');
  const self = resolve(import.meta.filename);

  function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  }

  it(`no file in src/ (tests included) mentions ${ANNOTATION}`, () => {
    const files = walk(SRC).filter((f) => /\.(ts|tsx|js|mjs|css|html|json)$/.test(f) && f !== self);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => readFileSync(f, 'utf8').toLowerCase().includes(ANNOTATION)).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});

describe('no HTML from strings', () => {
  // The one linter warning we accept (Preact's runtime assigns innerHTML for this prop) is only
  // harmless while nothing uses the prop; page-derived strings never become markup.
  const PROP = ['dangerously', 'SetInnerHTML'].join('');
  const self = resolve(import.meta.filename);
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  })(SRC).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== self);

  it(`no source file uses ${PROP}, innerHTML, outerHTML, insertAdjacentHTML or document.write`, () => {
    const offenders = files.filter((f) =>
      new RegExp(`${PROP}|\\.innerHTML\\s*=|\\.outerHTML\\s*=|insertAdjacentHTML|document\\.write`).test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
