/**
 * Counts recognised by what they mean: a number token (tokens.ts) and the words around it,
 * looked up in the language files (words/). No site selector is needed:
 * - "12 likes", "1,2 Mio. Aufrufe", "345件のいいね": a metric noun after the number;
 * - "Comments 9", "Visto 6.729 vezes", "pontos de reputação 36.682": a noun or a word before it;
 * - "Gina Marsh and 12 others", "along with 245 other people": an aggregate (only the number is a count);
 * - "86% upvoted": a share of votes;
 * - in a label that names a metric action, a bare number: "Star this repository (964)", "Bookmark (2)".
 * Times, dates, versions, prices, ranks ("Top 10", "Chapter 3", "#1234", "1.") never are.
 *
 * Every result depends on where the digits are, never on which digits they are, so results are
 * remembered by the text's shape (its digits made 0): an endless feed asks the same few shapes.
 */
import { getTables, normalize, type Tables } from './dictionary';
import { isCjkCode, isLetterCode, numberTokens, type NumberToken } from './tokens';
import type { CountKind } from './words/types';

export type { CountKind };

export interface FoundCount {
  kind: CountKind;
  /** The number token. */
  start: number;
  end: number;
  /** What a label loses: the number with its noun or aggregate ("12 likes", "245 other people"). */
  cutStart: number;
  cutEnd: number;
  /** The whole phrase, with a word before the number that belongs to it ("Comments 9", "Visto 6.729 vezes"). */
  phraseStart: number;
  /** How it was recognised. */
  via: 'noun' | 'noun-before' | 'before' | 'people' | 'percent' | 'action';
}

interface Word {
  w: string;
  start: number;
  end: number;
  /** Punctuation or a symbol (one character), not a word. */
  punct: boolean;
  cjk: boolean;
}

/** Letters, combining marks and the apostrophe of "j'aime" make words. */
function isWordCode(c: number): boolean {
  return c === 39 || isLetterCode(c) || (c >= 0x300 && c <= 0x36f);
}
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200a || c === 0x3000 || c === 0x2007;
}

/** The words and punctuation of a normalized text, with offsets into it. Digits are skipped. */
function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    // A number is a stop, like punctuation: "5 6 likes" gives 5 no noun.
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      out.push({ w: s.slice(i, j), start: i, end: j, punct: true, cjk: false });
      i = j;
      continue;
    }
    if (isWordCode(c)) {
      const cjk = isCjkCode(c);
      let j = i + 1;
      while (j < s.length && isWordCode(s.charCodeAt(j)) && isCjkCode(s.charCodeAt(j)) === cjk) j++;
      out.push({ w: s.slice(i, j), start: i, end: j, punct: false, cjk });
      i = j;
    } else {
      out.push({ w: s[i], start: i, end: i + 1, punct: true, cjk: false });
      i++;
    }
  }
  return out;
}

/** The longest phrase of `map` that starts at word `i` (no punctuation inside). */
function phraseAt<T>(words: Word[], i: number, lookup: (p: string) => T | undefined, max: number): { value: T; end: number } | null {
  if (i >= words.length || words[i].punct) return null;
  const first = words[i];
  if (first.cjk) {
    // Nouns attach to the number, and the next noun may follow without a space: the longest prefix.
    for (let n = first.w.length; n >= 1; n--) {
      const v = lookup(first.w.slice(0, n));
      if (v !== undefined) return { value: v, end: first.start + n };
    }
    return null;
  }
  let last = i;
  while (last + 1 < words.length && last + 1 - i < max && !words[last + 1].punct && !words[last + 1].cjk) last++;
  for (let k = last; k >= i; k--) {
    let p = words[i].w;
    for (let m = i + 1; m <= k; m++) p += ' ' + words[m].w;
    const v = lookup(p);
    if (v !== undefined) return { value: v, end: words[k].end };
  }
  return null;
}

/** The longest phrase of `map` that ends at word `j`. */
function phraseBefore<T>(words: Word[], j: number, lookup: (p: string) => T | undefined, max: number): { value: T; start: number } | null {
  if (j < 0 || words[j].punct) return null;
  const lastW = words[j];
  if (lastW.cjk) {
    for (let n = lastW.w.length; n >= 1; n--) {
      const v = lookup(lastW.w.slice(lastW.w.length - n));
      if (v !== undefined) return { value: v, start: lastW.end - n };
    }
    return null;
  }
  let first = j;
  while (first - 1 >= 0 && j - (first - 1) < max && !words[first - 1].punct && !words[first - 1].cjk) first--;
  for (let k = first; k <= j; k++) {
    let p = words[k].w;
    for (let m = k + 1; m <= j; m++) p += ' ' + words[m].w;
    const v = lookup(p);
    if (v !== undefined) return { value: v, start: words[k].start };
  }
  return null;
}

/** Whether any phrase of the text is a metric action ("Star this repository", "Gefällt mir"). */
function actionIn(words: Word[], t: Tables): CountKind | null {
  for (let i = 0; i < words.length; i++) {
    const hit = phraseAt(words, i, (p) => t.actions.get(p), t.maxWords);
    if (hit) return hit.value;
  }
  return null;
}

/** Punctuation that may stand between a noun or word and the number after it. */
const BEFORE_GLUE = new Set([':', '(', '·', '•', '|', '—', '–', '[', '：', '（']);
/** Punctuation that may close a count whose noun stood before it: "Comments 9", "Bookmark (2)". */
const CLOSE = new Set([')', ']', ',', ';', '.', '·', '•', '|', '!', '?', '/', ':', '）', '，', '、', '。', '：']);

function judge(text: string, tok: NumberToken, label: boolean, t: Tables, labelAction: () => CountKind | null): FoundCount | null {
  if (tok.ordinary) return null;
  const beforeText = normalize(text.slice(0, tok.start));
  const afterRaw = text.slice(tok.end);
  const afterText = normalize(afterRaw);
  const bw = wordsOf(beforeText);
  const aw = wordsOf(afterText);
  const at = (off: number) => tok.end + off;
  // The last word before the number, past allowed punctuation.
  let j = bw.length - 1;
  while (j >= 0 && bw[j].punct && BEFORE_GLUE.has(bw[j].w)) j--;
  const adjacent = bw.length - 1; // the word right before, with no punctuation between
  const found = (kind: CountKind, via: FoundCount['via'], cutStart: number, cutEnd: number, phraseStart = cutStart): FoundCount => ({
    kind, start: tok.start, end: tok.end, cutStart, cutEnd, phraseStart, via,
  });

  // A word before that names the count whatever follows: "Visto 6.729 vezes", "Viewed 1,234 times".
  const before = phraseBefore(bw, j, (p) => t.before.get(p), t.maxWords);
  if (before) {
    // A "times" word after it goes with the number: "Viewed 12,345 times" -> "Viewed".
    // So does a counter word ("구독자 1.2만명").
    const counter = aw.length && !aw[0].punct && t.modifiers.has(aw[0].w) ? 1 : 0;
    const times = phraseAt(aw, counter, (p) => t.compactNouns.get(p), t.maxWords) ?? (counter ? { end: aw[0].end } : null);
    // "Score of 4" -> "Score": a joining word at the end of the phrase goes with the number.
    const joinAt = / (of|de|von|di|van|z)$/.exec(beforeText.slice(before.start, bw[j].end));
    const cutStart = joinAt ? before.start + joinAt.index + 1 : tok.start;
    return found(before.value, 'before', cutStart, times ? at(times.end) : tok.end, before.start);
  }
  if (adjacent >= 0 && !bw[adjacent].punct && t.notBefore.has(bw[adjacent].w)) return null;

  // A noun after it, maybe past a modifier: "12 likes", "12 other likes", "3 gold badges".
  let i = 0;
  for (let skipped = 0; skipped <= 2; skipped++) {
    if (tok.percent) {
      const pc = phraseAt(aw, i, (p) => t.percent.get(p), t.maxWords);
      if (pc) return found(pc.value, 'percent', tok.start, at(pc.end));
    } else {
      const noun = phraseAt(aw, i, (p) => t.nouns.get(p), t.maxWords);
      if (noun) return found(noun.value, 'noun', tok.start, at(noun.end));
      if (tok.compact) {
        const cn = phraseAt(aw, i, (p) => t.compactNouns.get(p), t.maxWords);
        if (cn) return found(cn.value, 'noun', tok.start, at(cn.end));
      }
    }
    if (i < aw.length && !aw[i].punct && t.modifiers.has(aw[i].w)) i++;
    else break;
  }
  if (tok.percent) return null;

  // An aggregate: "and 12 others", "along with 245 other people", "2569 users starred …".
  const people = phraseAt(aw, 0, (p) => (t.people.has(p) ? true : undefined), t.maxWords);
  if (people) {
    const joined = adjacent >= 0 && (phraseBefore(bw, adjacent, (p) => (t.and.has(p) ? true : undefined), t.maxWords) !== null);
    const action = joined || label ? actionIn(wordsOf(normalize(text)), t) : null;
    if (joined || (label && action)) return found(action ?? 'likes', 'people', tok.start, at(people.end));
  }

  // Nothing but punctuation after it, or the end, or the next pair ("Vote 2,1K Comments 39").
  let closes = aw.length === 0 || (aw[0].punct && CLOSE.has(aw[0].w));
  if (!closes) {
    const next = phraseAt(aw, 0, (p) => t.nouns.get(p), t.maxWords);
    if (next && /^[\s:]*\d/.test(afterText.slice(next.end))) closes = true;
  }
  if (!closes) return null;
  // A noun before it: "Comments 9", "Likes: 12", "Followers (1.2K)".
  const nounBefore = phraseBefore(bw, j, (p) => t.nouns.get(p), t.maxWords);
  if (nounBefore) return found(nounBefore.value, 'noun-before', tok.start, tok.end, nounBefore.start);
  // In a label that names a metric action, a bare number is its count: "Star this repository (964)".
  if (label) {
    const kind = labelAction();
    if (kind) return found(kind, 'action', tok.start, tok.end);
  }
  return null;
}

/**
 * Remembered results, bounded: a page of ever-new shapes must not grow memory forever. Looked up
 * by the text itself, hashed as its shape in one pass over its characters: making the shape
 * string first (a replace) and hashing that for a Map was a third of a feed's cost, and most
 * look-ups hit.
 */
interface MemoEntry<T> { shape: string; v: T; next: MemoEntry<T> | undefined }
class ShapeMemo<T> {
  private readonly map = new Map<number, MemoEntry<T>>();
  get(text: string): T | undefined {
    for (let e = this.map.get(shapeHash(text)); e; e = e.next) if (sameShape(text, e.shape)) return e.v;
    return undefined;
  }
  set(text: string, v: T): void {
    if (this.map.size >= 2000) this.map.clear();
    const h = shapeHash(text);
    this.map.set(h, { shape: shapeOf(text), v, next: this.map.get(h) });
  }
}

/** A character as its text's shape has it: every digit (of any block we read) is "0". */
function shapeCode(c: number): number {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0xff10 && c <= 0xff19) ? 48 : c;
}

/** FNV-1a over the shape's characters, kept a small integer (a Map key V8 stores unboxed). */
function shapeHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ shapeCode(text.charCodeAt(i)), 16777619);
  return h & 0x3fffffff;
}

function sameShape(text: string, shape: string): boolean {
  if (text.length !== shape.length) return false;
  for (let i = 0; i < text.length; i++) if (shapeCode(text.charCodeAt(i)) !== shape.charCodeAt(i)) return false;
  return true;
}

/** Per kind of text: a label's bare number may count, a text's may not. */
const foundMemo = { text: new ShapeMemo<FoundCount[]>(), label: new ShapeMemo<FoundCount[]>() };

/** A text's shape: every digit (of either block) made 0. */
export function shapeOf(text: string): string {
  return text.replace(/[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, '0');
}

function magnitudeOf(t: Tables) {
  return (w: string) => t.magnitudes.has(w) || t.magnitudes.has(w.toLowerCase());
}

/**
 * Every count in a text, with where it stands. `label`: the text is an aria-label or title,
 * where a bare number counts when the label names a metric action.
 */
export function findCounts(text: string, label = false): FoundCount[] {
  const memo = label ? foundMemo.label : foundMemo.text;
  const known = memo.get(text);
  if (known) return known;
  const t = getTables();
  const out: FoundCount[] = [];
  const tokens = numberTokens(text, magnitudeOf(t));
  if (tokens.length) {
    let action: CountKind | null | undefined;
    const labelAction = () => (action === undefined ? (action = actionIn(wordsOf(normalize(text)), t)) : action);
    for (const tok of tokens) {
      const f = judge(text, tok, label, t, labelAction);
      if (f) out.push(f);
    }
  }
  memo.set(text, out);
  return out;
}

/** Words a count line may hold besides its counts: "View all 3 replies", "12 votes · 3 comments". */
/** How many words a "where" ending is ("on Bluesky", "auf X"), or 0 when the text ends otherwise. */
function whereTail(tailText: string, t: Tables): number {
  const ws = wordsOf(normalize(tailText));
  const words = ws.filter((w) => !w.punct);
  if (words.length < 2 || words.length > 3 || !t.where.has(words[0].w)) return 0;
  // Words only, maybe a closing mark: no number, and nothing before "on" but the count.
  return ws.every((w) => !w.punct || CLOSE.has(w.w)) && ws[0] === words[0] ? words.length : 0;
}

function isGlue(w: string, t: Tables): boolean {
  return t.open.has(w) || t.and.has(w) || t.people.has(w) || t.modifiers.has(w);
}

const wholeMemo = new ShapeMemo<CountKind | null>();

/**
 * The kind of a short text that is nothing but counts (and words that join them): "1.2K likes",
 * "Read 18.1K replies", "88 answers and 15.4K answer views", "86% upvoted", "5 Respostas".
 * Null for anything else, including a bare number ("1.2K": see isBareCount) and a text that
 * holds a count among other words ("Just hit 1,000 followers!").
 */
export function countKind(text: string): CountKind | null {
  if (text.length > 100) return null;
  const known = wholeMemo.get(text);
  if (known !== undefined) return known;
  const counts = findCounts(text, false);
  let kind: CountKind | null = null;
  if (counts.length) {
    const t = getTables();
    // What is left when the counts are cut out must be glue (normalizing keeps offsets).
    let rest = '';
    let from = 0;
    for (const c of counts) {
      if (c.phraseStart < from) return null;
      rest += text.slice(from, c.phraseStart) + ' ';
      from = c.cutEnd;
    }
    rest += text.slice(from);
    const all = wordsOf(normalize(rest));
    // A number left over is no glue ("3 4 views": the 3 is not a count of views).
    let ok = !all.some((w) => w.punct && w.w.charCodeAt(0) >= 48 && w.w.charCodeAt(0) <= 57);
    const words = all.filter((w) => !w.punct);
    // "Read 14 replies on Bluesky": a link that opens the list may end by saying where.
    const tail = words.length && t.open.has(words[0].w) ? whereTail(text.slice(from), t) : 0;
    if (tail) words.length -= tail;
    for (let i = 0; i < words.length && ok; i++) {
      // Two-word glue first ("view all", "along with").
      if (i + 1 < words.length && isGlue(words[i].w + ' ' + words[i + 1].w, t)) {
        i++;
        continue;
      }
      if (!isGlue(words[i].w, t)) ok = false;
    }
    if (ok) kind = counts[0].kind;
  }
  wholeMemo.set(text, kind);
  return kind;
}

const BARE_PUNCT = /^[\s()[\]·•|.,:;+]*$/;
/** A number on its own, as a count would be printed without its noun: "1.2K", "12,345", "(12)", "99+". */
export function isBareCount(text: string): boolean {
  if (text.length > 30) return false;
  const toks = numberTokens(text, magnitudeOf(getTables()));
  if (toks.length !== 1 || toks[0].ordinary || toks[0].percent) return false;
  return BARE_PUNCT.test(text.slice(0, toks[0].start)) && BARE_PUNCT.test(text.slice(toks[0].end));
}

/** The kind of count a control with this name shows beside or inside it: "Like", "Upvote", "Star". */
export function actionKind(name: string): CountKind | null {
  if (!name || name.length > 100) return null;
  const t = getTables();
  const words = wordsOf(normalize(name)).filter((w) => !w.punct);
  if (!words.length) return null;
  // The whole name, its start ("Like this post", "Star this repository") or its end ("Give a clap").
  const whole = phraseAt(words, 0, (p) => t.actions.get(p), Math.max(t.maxWords, words.length));
  if (whole) return whole.value;
  const last = phraseBefore(words, words.length - 1, (p) => t.actions.get(p), t.maxWords);
  return last ? last.value : null;
}

/**
 * The kind a short name without a count says (a title="Followers", title="link karma",
 * "number of 'useful comment' votes received"): a metric action or noun anywhere in it.
 */
export function nameKind(name: string): CountKind | null {
  if (!name || name.length > 60) return null;
  const direct = actionKind(name);
  if (direct) return direct;
  const t = getTables();
  const words = wordsOf(normalize(name));
  for (let i = 0; i < words.length; i++) {
    const hit = phraseAt(words, i, (p) => t.actions.get(p) ?? t.nouns.get(p), t.maxWords);
    if (hit) return hit.value;
  }
  return null;
}

/** The kind a label names with one of its counts ("2378 Likes. Liked"), or null. */
export function labelKind(value: string): CountKind | null {
  const counts = findCounts(value, true);
  return counts.length ? counts[0].kind : null;
}

/** Every kind a label names with its counts ("4 replies, 9 reposts" -> replies, reposts). */
export function labelKinds(value: string): CountKind[] {
  return findCounts(value, true).map((c) => c.kind);
}

const scrubMemo = new ShapeMemo<string>();

/**
 * A label with its count phrases removed and the rest kept: "2378 Likes. Liked" -> "Liked",
 * "… 3 years ago 55 minutes 15,530 views" -> "… 3 years ago 55 minutes", "1,262" -> "".
 * Numbers that are no counts stay ("Posted 3 hours ago").
 */
export function scrubLabel(value: string): string {
  const known = scrubMemo.get(value);
  if (known !== undefined) return known;
  const out = scrubUncached(value);
  // Remembered when no digit is left (the usual result): a value kept as it is keeps its digits.
  if (!/\d/.test(out)) scrubMemo.set(value, out);
  return out;
}

function scrubUncached(value: string): string {
  const counts = findCounts(value, true);
  if (!counts.length) return isBareCount(value) ? '' : value;
  let out = '';
  let from = 0;
  for (const c of counts) {
    if (c.cutStart < from) continue;
    out += value.slice(from, c.cutStart);
    from = c.cutEnd;
    // A closing quote of the noun ("45 отметок «Нравится»"), a dot that closed the phrase.
    while (from < value.length && '»“”"\''.includes(value[from])) from++;
    if (value[from] === '.' || value[from] === '。') from++;
  }
  out += value.slice(from);
  out = out
    .replace(/\(\s*\)|\[\s*\]|（\s*）/g, '') // "Like ()" -> "Like"
    .replace(/\s*([,;.·:、，。：])(\s*[,;.·:、，。：])+/g, '$1') // collapse ", ," runs
    .replace(/^[\s,;.·:|•、，。：]+|[\s,;:·|•、，：]+$/g, '')
    .replace(/\s+([,;.])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  // A dot left at the end by a cut ("Add to Favorites. 1852 added to Favorites").
  return /[.。]$/.test(out) && !/[.。]$/.test(value.trimEnd()) ? out.slice(0, -1).trimEnd() : out;
}

/** The send words of every language, for the pause before posting (a control's name). */
export function isSendWord(name: string): boolean {
  const t = getTables();
  const words = wordsOf(normalize(name)).filter((w) => !w.punct);
  if (!words.length || words.length > 4) return false;
  return t.send.has(words.map((w) => w.w).join(' '));
}

/** What the engine needs to know of a text node's own text before it looks further. */
export interface TextAnalysis {
  /** The whole text is counts (and glue): its kind. */
  whole: CountKind | null;
  /** Counts found in it, among other words too. */
  counts: FoundCount[];
  /** It is a number on its own. */
  bare: boolean;
  /**
   * A number that may be a count stands at its start or end with no word of its own on that
   * side: its noun or word may be in the element beside it ("<b>12</b> likes", "Visto <b>6.729</b>").
   */
  open: boolean;
  /** Where the first such number stands in the text (`text.slice(at, to)`: "1,204"). */
  at: number;
  to: number;
  /** That number stands at the text's start (its phrase may begin before it)… */
  edgeBefore: boolean;
  /** …or at its end (its phrase may go on after it). */
  edgeAfter: boolean;
}

/** Whether text[from, to) holds only spaces and the brackets and marks around a bare number. */
function onlyEdge(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !EDGE.includes(text[i])) return false;
  }
  return true;
}
const EDGE = '()[]·•|:,.+';
const SHARE_OPEN = /^\s*\(\s*$/;
const SHARE_CLOSE = /^\s*\)\s*$/;

const analysisMemo = new ShapeMemo<TextAnalysis>();
const NONE: TextAnalysis = { whole: null, counts: [] as FoundCount[], bare: false, open: false, edgeBefore: false, edgeAfter: false, at: 0, to: 0 };

/**
 * A text node's text, judged on its own (remembered by shape). The result is shared by every
 * text of the same shape: read it, never change it.
 */
export function analyse(text: string): TextAnalysis {
  let a = analysisMemo.get(text);
  if (!a) {
    a = NONE;
    const t = getTables();
    const tokens = numberTokens(text, magnitudeOf(t));
    const live = tokens.filter((k) => !k.ordinary);
    if (live.length) {
      const counts = findCounts(text, false);
      const whole = countKind(text);
      const first = live[0];
      const lastT = live[live.length - 1];
      const edgeBefore = onlyEdge(text, 0, first.start);
      const edgeAfter = onlyEdge(text, lastT.end, text.length);
      // A count with its share in brackets after it ("506,123 (41%)", Goodreads' ratings
      // histogram) is as bare as the count alone: the share is of the same count.
      const share = tokens.length === 2 && live.length === 2 && !first.percent && tokens[1].percent && edgeBefore &&
        SHARE_OPEN.test(text.slice(first.end, tokens[1].start)) && SHARE_CLOSE.test(text.slice(tokens[1].end));
      const bare = (live.length === 1 && tokens.length === 1 && edgeBefore && edgeAfter && !first.percent) || share;
      const tok = edgeBefore ? first : lastT;
      a = { whole, counts, bare, open: edgeBefore || edgeAfter, edgeBefore, edgeAfter: edgeAfter && (!edgeBefore || live.length === 1), at: tok.start, to: tok.end };
    }
    analysisMemo.set(text, a);
  }
  return a;
}

/**
 * A text with the numbers of these counts taken out (and one space beside each): " and 1,204
 * others" -> " and others". For a text node that holds a count among other words, where hiding
 * its element would hide a name too.
 */
export function withoutNumbers(text: string, counts: readonly FoundCount[]): string {
  let out = '';
  let from = 0;
  for (const c of counts) {
    if (c.start < from) continue;
    let s = c.start;
    let e = c.end;
    if (text[e] === ' ') e++;
    else if (s > 0 && text[s - 1] === ' ') s--;
    out += text.slice(from, s);
    from = e;
  }
  return out + text.slice(from);
}
