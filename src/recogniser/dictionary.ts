/**
 * The word files as look-up tables. Built on first use, not at load: a page without a digit in
 * its text never pays for them, and then it is one Map insert per entry (no pattern is
 * compiled). Entries are written in their matching form (lower case, see words/types.ts; a
 * unit test checks that), so building does no string work.
 */
import type { ByKind, CountKind, Words } from './words/types';
import { LANGUAGES } from './words';

export interface Tables {
  nouns: Map<string, CountKind>;
  before: Map<string, CountKind>;
  compactNouns: Map<string, CountKind>;
  percent: Map<string, CountKind>;
  actions: Map<string, CountKind>;
  modifiers: Set<string>;
  people: Set<string>;
  and: Set<string>;
  open: Set<string>;
  notBefore: Set<string>;
  send: Set<string>;
  magnitudes: Map<string, number>;
  /** The most words any entry has: how far a look-up needs to reach. */
  maxWords: number;
}

let tables: Tables | undefined;

export function getTables(): Tables {
  return (tables ??= build(LANGUAGES));
}

/** For tests: tables from other word files. */
export function buildTables(langs: readonly Words[]): Tables {
  return build(langs);
}

function build(langs: readonly Words[]): Tables {
  const t: Tables = {
    nouns: new Map(), before: new Map(), compactNouns: new Map(), percent: new Map(), actions: new Map(),
    modifiers: new Set(), people: new Set(), and: new Set(), open: new Set(), notBefore: new Set(), send: new Set(),
    magnitudes: new Map(), maxWords: 1,
  };
  const words = (e: string) => {
    let n = 1;
    for (let i = 0; i < e.length; i++) if (e.charCodeAt(i) === 32) n++;
    if (n > t.maxWords) t.maxWords = n;
  };
  const byKind = (map: Map<string, CountKind>, src: ByKind | undefined) => {
    if (!src) return;
    for (const kind in src) {
      for (const e of src[kind as CountKind]!) {
        // The first language (English) wins a word two languages give different kinds.
        if (!map.has(e)) map.set(e, kind as CountKind);
        words(e);
      }
    }
  };
  const set = (s: Set<string>, src: readonly string[] | undefined) => {
    if (!src) return;
    for (const e of src) {
      s.add(e);
      words(e);
    }
  };
  for (const w of langs) {
    byKind(t.nouns, w.nouns);
    byKind(t.before, w.before);
    byKind(t.compactNouns, w.compactNouns);
    byKind(t.percent, w.percent);
    byKind(t.actions, w.actions);
    set(t.modifiers, w.modifiers);
    set(t.people, w.people);
    set(t.and, w.and);
    set(t.open, w.open);
    set(t.notBefore, w.notBefore);
    set(t.send, w.send);
    for (const m in w.magnitudes ?? {}) if (!t.magnitudes.has(m)) t.magnitudes.set(m, w.magnitudes![m]);
  }
  if (t.maxWords > 6) t.maxWords = 6;
  return t;
}

/**
 * The matching form of a text (see words/types.ts). Its offsets are the text's: quotes become
 * spaces, and a lower-casing that changes the length ("İ") is done one character at a time.
 */
const SPECIAL = /[„“”"«»’‘`´\-‐‑_]/;
export function normalize(s: string): string {
  let low = s.toLowerCase();
  if (!SPECIAL.test(low)) return low.length === s.length ? low : lowerEach(s);
  if (low.length !== s.length) low = lowerEach(s);
  return low
    .replace(/[„“”"«»]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐‑_]/g, ' ');
}

function lowerEach(s: string): string {
  // Turkish dotted capital I lower-cases to two units ("i" and a combining dot): "i" is meant.
  return Array.from(s, (c) => (c === 'İ' ? 'i' : c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}
