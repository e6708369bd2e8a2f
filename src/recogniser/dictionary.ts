/**
 * The word files as look-up tables. They are computed when the extension is built
 * (`wordTables`, run by vite.config.ts and vitest.config.ts) and reach the content script as one
 * JSON string: a page pays for one `JSON.parse` on its first digit-bearing text, not for
 * evaluating 14 word files and filling Maps from them, and no pattern is compiled.
 */
import type { ByKind, CountKind, Words } from './words/types';

/** A table as the recogniser reads it (a plain object underneath: see fromData). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

export interface Tables {
  nouns: Lookup<CountKind>;
  before: Lookup<CountKind>;
  compactNouns: Lookup<CountKind>;
  percent: Lookup<CountKind>;
  actions: Lookup<CountKind>;
  modifiers: Lookup<1>;
  people: Lookup<1>;
  and: Lookup<1>;
  open: Lookup<1>;
  notBefore: Lookup<1>;
  send: Lookup<1>;
  magnitudes: Lookup<number>;
  /** The most words any entry has: how far a look-up needs to reach. */
  maxWords: number;
}

/**
 * Kinds as one letter in the data: the noun and action tables hold 2,300 entries, and each
 * kind's name would be repeated in every one of them in the content script's bytes.
 */
const KIND_CODES: Record<CountKind, string> = { likes: 'l', reposts: 'r', replies: 'p', views: 'v', followers: 'f', scores: 's', unread: 'u' };
const CODE_KINDS = Object.fromEntries(Object.entries(KIND_CODES).map(([k, c]) => [c, k])) as Record<string, CountKind>;

type Data = { [K in Exclude<keyof Tables, 'maxWords'>]: Record<string, Tables[K] extends Lookup<CountKind> ? string : Tables[K] extends Lookup<infer V> ? V : never> } & { maxWords: number };

/** The tables of these word files, as plain data (JSON). The first file wins a word two give different kinds. */
export function wordTables(langs: readonly Words[]): Data {
  const d: Data = {
    nouns: {}, before: {}, compactNouns: {}, percent: {}, actions: {},
    modifiers: {}, people: {}, and: {}, open: {}, notBefore: {}, send: {}, magnitudes: {}, maxWords: 1,
  };
  const words = (e: string) => {
    const n = e.split(' ').length;
    if (n > d.maxWords) d.maxWords = Math.min(n, 6);
  };
  const byKind = (into: Record<string, string>, src: ByKind | undefined) => {
    for (const kind in src ?? {}) {
      for (const e of src![kind as CountKind]!) {
        if (!Object.hasOwn(into, e)) into[e] = KIND_CODES[kind as CountKind];
        words(e);
      }
    }
  };
  const set = (into: Record<string, 1>, src: readonly string[] | undefined) => {
    for (const e of src ?? []) {
      into[e] = 1;
      words(e);
    }
  };
  for (const w of langs) {
    byKind(d.nouns, w.nouns);
    byKind(d.before, w.before);
    byKind(d.compactNouns, w.compactNouns);
    byKind(d.percent, w.percent);
    byKind(d.actions, w.actions);
    set(d.modifiers, w.modifiers);
    set(d.people, w.people);
    set(d.and, w.and);
    set(d.open, w.open);
    set(d.notBefore, w.notBefore);
    set(d.send, w.send);
    for (const m in w.magnitudes ?? {}) if (!Object.hasOwn(d.magnitudes, m)) d.magnitudes[m] = w.magnitudes![m];
  }
  return d;
}

/** Look-ups over the plain objects: own keys only ("constructor" is no word). */
function lookup<V>(o: Record<string, V>): Lookup<V> {
  return {
    get: (k) => (Object.hasOwn(o, k) ? o[k] : undefined),
    has: (k) => Object.hasOwn(o, k),
  };
}
function kinds(o: Record<string, string>): Lookup<CountKind> {
  return {
    get: (k) => (Object.hasOwn(o, k) ? CODE_KINDS[o[k]] : undefined),
    has: (k) => Object.hasOwn(o, k),
  };
}

export function fromData(d: Data): Tables {
  return {
    nouns: kinds(d.nouns), before: kinds(d.before), compactNouns: kinds(d.compactNouns), percent: kinds(d.percent),
    actions: kinds(d.actions), modifiers: lookup(d.modifiers), people: lookup(d.people), and: lookup(d.and),
    open: lookup(d.open), notBefore: lookup(d.notBefore), send: lookup(d.send), magnitudes: lookup(d.magnitudes),
    maxWords: d.maxWords,
  };
}

/** The build's tables, as a JSON string (vite `define`; see vite.config.ts). */
declare const __UNSCORED_WORD_TABLES__: string;
let tables: Tables | undefined;

export function getTables(): Tables {
  return (tables ??= fromData(JSON.parse(__UNSCORED_WORD_TABLES__) as Data));
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
