import { describe, expect, it } from 'vitest';
import { getTables, normalize, packTables, unpackTables, wordTables } from './dictionary';
import { LANGUAGES } from './words';
import type { Words } from './words/types';

describe('word tables', () => {
  it('the tables the build computed are the word files\' tables', () => {
    const t = getTables();
    // Straight from the files: the first language that lists a noun gives its kind.
    const expected = new Map<string, string>();
    for (const w of LANGUAGES) for (const [kind, list] of Object.entries(w.nouns)) for (const e of list ?? []) if (!expected.has(e)) expected.set(e, kind);
    for (const [e, kind] of expected) expect(t.nouns.get(e), e).toBe(kind);
    expect(t.maxWords).toBe(wordTables(LANGUAGES).maxWords);
    expect(expected.size).toBeGreaterThan(500);
  });

  it('packed, every table holds exactly the entries it held as key-value data', () => {
    const d = wordTables(LANGUAGES);
    const t = unpackTables(JSON.parse(JSON.stringify(packTables(d))));
    const codes: Record<string, string> = { l: 'likes', r: 'reposts', p: 'replies', v: 'views', f: 'followers', s: 'scores', u: 'unread' };
    for (const name of ['nouns', 'before', 'compactNouns', 'percent', 'actions'] as const) {
      for (const [w, code] of Object.entries(d[name])) expect(t[name].get(w), `${name}: ${w}`).toBe(codes[code]);
    }
    for (const name of ['modifiers', 'people', 'and', 'open', 'where', 'notBefore', 'send', 'magnitudes'] as const) {
      for (const [w, v] of Object.entries(d[name])) expect(t[name].get(w), `${name}: ${w}`).toBe(v);
    }
    // Nothing more: a word in no table is in none (an empty table packs to "", not to [""]).
    expect(t.nouns.has('')).toBe(false);
    expect(unpackTables(packTables({ ...d, send: {} })).send.has('')).toBe(false);
    // And smaller: the point of packing.
    expect(JSON.stringify(packTables(d)).length).toBeLessThan(JSON.stringify(d).length * 0.75);
  });

  it('a word holding the separator is refused at build time', () => {
    expect(() => packTables({ ...wordTables(LANGUAGES), send: { 'a|b': 1 } })).toThrow(/separator/);
  });

  it('reads own entries only', () => {
    const t = getTables();
    expect(t.nouns.get('constructor')).toBeUndefined();
    expect(t.modifiers.has('__proto__')).toBe(false);
    expect(t.nouns.get('likes')).toBe('likes');
  });

  it('every entry of every word file is written in its matching form', () => {
    const bad: string[] = [];
    const check = (lang: string, e: string) => {
      if (normalize(e) !== e || e !== e.trim() || /\s{2,}/.test(e)) bad.push(`${lang}: "${e}"`);
    };
    for (const w of LANGUAGES as readonly Words[]) {
      for (const field of ['nouns', 'before', 'compactNouns', 'percent', 'actions'] as const) {
        for (const list of Object.values(w[field] ?? {})) for (const e of list ?? []) check(w.lang, e);
      }
      for (const field of ['modifiers', 'people', 'and', 'open', 'where', 'notBefore', 'send'] as const) for (const e of w[field] ?? []) check(w.lang, e);
    }
    expect(bad).toEqual([]);
  });

  it('has the 14 languages', () => {
    expect(LANGUAGES.map((w) => w.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'zh']);
  });
});
