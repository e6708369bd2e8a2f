/**
 * The word files as look-up tables. They are computed when the extension is built
 * (`wordTables`, run by vite.config.ts and vitest.config.ts) and reach the content script as one
 * packed JSON string (packTables): a page pays for one `JSON.parse` and a split of each table on
 * its first digit-bearing text, not for evaluating 14 word files, and no pattern is compiled.
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
  where: Lookup<1>;
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
    modifiers: {}, people: {}, and: {}, open: {}, where: {}, notBefore: {}, send: {}, magnitudes: {}, maxWords: 1,
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
    set(d.where, w.where);
    set(d.notBefore, w.notBefore);
    set(d.send, w.send);
    for (const m in w.magnitudes ?? {}) if (!Object.hasOwn(d.magnitudes, m)) d.magnitudes[m] = w.magnitudes![m];
  }
  return d;
}

/**
 * The tables as the build writes them into the content script: each table's words joined by
 * "|", grouped by kind where a word has one. Written as key-value JSON they were 59 KB (70 KB
 * once quoted again as a string literal), a third of the content script, nearly all of it the
 * quotes, colons and kind letters repeated for each of 4,000 words; packed, each word is
 * written once and little is left to escape.
 */
export type Packed = Record<string, string | Record<string, string> | Record<string, number> | number>;

const SEP = '|';
const KIND_TABLES = ['nouns', 'before', 'compactNouns', 'percent', 'actions'] as const;
const SET_TABLES = ['modifiers', 'people', 'and', 'open', 'where', 'notBefore', 'send'] as const;

export function packTables(d: Data): Packed {
  const join = (words: string[]) => {
    const bad = words.find((w) => w.includes(SEP));
    if (bad !== undefined) throw new Error(`word tables: "${bad}" holds the separator "${SEP}"`);
    return words.join(SEP);
  };
  const out: Packed = { magnitudes: d.magnitudes, maxWords: d.maxWords };
  for (const t of KIND_TABLES) {
    const byCode: Record<string, string[]> = {};
    for (const [w, code] of Object.entries(d[t])) (byCode[code] ??= []).push(w);
    out[t] = Object.fromEntries(Object.entries(byCode).map(([code, ws]) => [code, join(ws)]));
  }
  for (const t of SET_TABLES) out[t] = join(Object.keys(d[t]));
  return out;
}

/** A table's map is made on its first look-up: a page without aggregates never splits those words. */
function lazy<V>(make: () => Map<string, V>): Lookup<V> {
  let m: Map<string, V> | undefined;
  return { get: (k) => (m ??= make()).get(k), has: (k) => (m ??= make()).has(k) };
}
const split = (s: string) => (s ? s.split(SEP) : []);

export function unpackTables(p: Packed): Tables {
  const kindTable = (t: (typeof KIND_TABLES)[number]) =>
    lazy(() => {
      const m = new Map<string, CountKind>();
      for (const [code, ws] of Object.entries(p[t] as Record<string, string>)) for (const w of split(ws)) if (!m.has(w)) m.set(w, CODE_KINDS[code]);
      return m;
    });
  const setTable = (t: (typeof SET_TABLES)[number]) => lazy(() => new Map(split(p[t] as string).map((w) => [w, 1 as const])));
  return {
    nouns: kindTable('nouns'), before: kindTable('before'), compactNouns: kindTable('compactNouns'), percent: kindTable('percent'),
    actions: kindTable('actions'), modifiers: setTable('modifiers'), people: setTable('people'), and: setTable('and'),
    open: setTable('open'), where: setTable('where'), notBefore: setTable('notBefore'), send: setTable('send'),
    magnitudes: lazy(() => new Map(Object.entries(p.magnitudes as Record<string, number>))),
    maxWords: p.maxWords as number,
  };
}

/** The build's packed tables, as a JSON string (vite `define`; see vite.config.ts). */
declare const __UNSCORED_WORD_TABLES__: string;
let tables: Tables | undefined;

export function getTables(): Tables {
  return (tables ??= unpackTables(JSON.parse(__UNSCORED_WORD_TABLES__) as Packed));
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
