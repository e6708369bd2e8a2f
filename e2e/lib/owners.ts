/**
 * Whose numbers (issue 19), checked the way a user judges it. Owner fixtures live in
 * e2e/fixtures/<site>/owners/*.html (a folder of their own, so the generic specs over
 * e2e/fixtures/<site>/*.html are unchanged) and annotate each count as well:
 *   data-expect="metric" data-expect-owner="mine|others"   whose count it is
 *   data-expect="metric" (no owner)                        a count whose owner the page does not say: hidden either way
 * With "only mine" every own count must be unreadable (no digit drawn, none in the
 * accessibility tree: the "hide" style, visibility) and every other count visible with the same
 * text and box as without the extension; with "only others'", the reverse.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { FIXTURES } from './paths';
import type { FixtureFile } from './fixture-files';
import type { AnnotationReport } from './annotations';

export const OWNER_SITES = ['x', 'bluesky', 'mastodon', 'threads', 'instagram', 'reddit', 'youtube', 'linkedin', 'github', 'tumblr'] as const;

export function listOwnerFixtures(): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const site of OWNER_SITES) {
    const dir = join(FIXTURES, site, 'owners');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.html')) continue;
      const html = readFileSync(join(dir, f), 'utf8');
      const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
      if (!m) throw new Error(`${site}/owners/${f}: first line must be <!-- url: https://… -->`);
      out.push({ site, name: `owners/${f.replace(/\.html$/, '')}`, path: join(dir, f), url: m[1], html });
    }
  }
  return out;
}

export type WhoseMode = 'both' | 'mine' | 'others';

/** Settings (current schema) with every kind hidden, for `whose` owners, in the given style. */
export function ownerSettings(mode: WhoseMode, style: 'hide' | 'hint' | 'blur' = 'hide', postPageOnly: string[] = []): unknown {
  const kinds = ['likes', 'reposts', 'replies', 'views', 'followers', 'scores', 'unread'];
  const all = <T,>(v: T) => Object.fromEntries(kinds.map((k) => [k, v]));
  return {
    version: 2,
    style,
    sites: {},
    defaults: { enabled: true, kinds: all(true), whose: all(mode), postPageOnly: Object.fromEntries(kinds.map((k) => [k, postPageOnly.includes(k)])) },
    customSites: [],
    pause: { sites: {}, question: 'Why am I sharing this?', secondLine: '', delaySeconds: 3, askReason: false, journal: false, snoozedUntil: {} },
    sync: false,
  };
}

export interface OwnerReport {
  owner: string;
  where: string;
  text: string;
  box: [number, number, number, number];
  /** No digit drawn nor in the accessibility tree. */
  unreadable: boolean;
  why: string;
}

/** Run in the page (self-contained): every annotated count, its text, box and readability. */
export function collectOwners(): OwnerReport[] {
  const out: OwnerReport[] = [];
  const texts = (root: Node): Text[] => {
    const found: Text[] = [];
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data.trim()) found.push(n as Text);
    return found;
  };
  for (const el of Array.from(document.querySelectorAll('[data-expect="metric"]'))) {
    const text = texts(el).map((t) => t.data).join('').replace(/\s+/g, ' ').trim();
    const r = el.getBoundingClientRect();
    let why = '';
    for (let n: Element | null = el; n && !why; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (cs.display === 'none') why = `display:none on ${n.localName}`;
    }
    if (!why) {
      const digits = texts(el).filter((t) => /\d/.test(t.data));
      if (!digits.length) why = 'no digit';
      // visibility:hidden takes text out of what is drawn and out of the accessibility tree.
      else if (digits.every((t) => getComputedStyle(t.parentElement!).visibility !== 'visible')) why = 'visibility hidden';
    }
    const parts: string[] = [];
    for (let n: Element | null = el; n && parts.length < 4; n = n.parentElement) parts.unshift(n.localName + (n.getAttribute('data-testid') ? `[${n.getAttribute('data-testid')}]` : ''));
    out.push({
      owner: el.getAttribute('data-expect-owner') ?? '',
      where: parts.join(' > '),
      text,
      box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10) as OwnerReport['box'],
      unreadable: !!why,
      why: why || 'readable',
    });
  }
  // Labels with an owner: hidden for that owner (no digit left), kept as written for the other.
  for (const el of Array.from(document.querySelectorAll('[data-expect-aria="scrub"][data-expect-owner]'))) {
    const label = [el.getAttribute('aria-label'), el.getAttribute('title')].filter((v) => v !== null).join(' | ');
    const r = el.getBoundingClientRect();
    out.push({
      owner: el.getAttribute('data-expect-owner') ?? '',
      where: `label of ${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`,
      text: label,
      box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10) as OwnerReport['box'],
      unreadable: !/\d/.test(label),
      why: /\d/.test(label) ? 'readable' : 'no digit in the label',
    });
  }
  return out;
}

/**
 * A fixture of a page wholly the user's own says so on its root: `<html data-expect-page-owner="mine">`
 * (their notifications or activity page: every count on it is theirs).
 */
export type PageOwner = 'mine';
export function pageOwnerOf(html: string): PageOwner | undefined {
  return /<html\b[^>]*\sdata-expect-page-owner="mine"/.test(html) ? 'mine' : undefined;
}

export const COLLECT_OWNERS_JS = `(() => { const __name = (f) => f; return (${collectOwners.toString()})(); })()`;

/**
 * One mode's assertions: the hidden owner's counts (and owner-less ones) unreadable, the kept
 * owner's exactly as in the control copy. Keeps (post text, names, icons) intact as always.
 */
export function expectOwners(name: string, mode: 'mine' | 'others', reports: OwnerReport[], control: OwnerReport[], keeps: AnnotationReport[], controlKeeps: string[], soft = false, page?: PageOwner): void {
  const check = soft ? expect.soft : expect;
  const failures: string[] = [];
  const hiddenOwner = mode;
  check(reports.filter((r) => r.owner === 'mine').length, `${name}: own counts annotated`).toBeGreaterThan(0);
  // A page wholly the user's (their activity) has no one else's counts, by definition.
  if (page === 'mine') check(reports.filter((r) => r.owner !== 'mine').length, `${name}: a page wholly the user's: every count annotated as theirs`).toBe(0);
  else check(reports.filter((r) => r.owner === 'others').length, `${name}: others' counts annotated`).toBeGreaterThan(0);
  reports.forEach((r, i) => {
    const c = control[i];
    if (r.owner === hiddenOwner || !r.owner) {
      if (!r.unreadable) failures.push(`${r.owner || 'no owner'} ${r.where} "${r.text}": readable, should be hidden`);
    } else {
      if (r.text !== c.text) failures.push(`${r.owner} ${r.where}: text "${r.text}", without the extension "${c.text}"`);
      if (r.box.some((v, j) => Math.abs(v - c.box[j]) > 0.5)) failures.push(`${r.owner} ${r.where} "${r.text}": box ${r.box} differs from ${c.box}`);
      if (r.unreadable) failures.push(`${r.owner} ${r.where} "${r.text}": hidden (${r.why}), should be shown`);
    }
  });
  const keepReports = keeps.filter((k) => k.kind === 'keep');
  keepReports.forEach((k, i) => {
    if (!k.ok) failures.push(`keep ${k.where} "${k.text}": ${k.why}`);
    if (k.text !== controlKeeps[i]) failures.push(`keep ${k.where}: text changed from "${controlKeeps[i]}" to "${k.text}"`);
  });
  // Labels that carry counts: scrubbed unless they are the kept owner's (those are checked with
  // the counts above: as written, the same as without the extension).
  for (const k of keeps.filter((x) => x.kind === 'scrub' && (!x.owner || x.owner === hiddenOwner))) if (!k.ok) failures.push(`label ${k.where}: ${k.why}`);
  check(failures, `${name} (only ${mode === 'mine' ? 'mine' : "others'"} hidden): ${failures.length} problems`).toEqual([]);
}
