/**
 * Whose numbers, and the hint style (issue 19): settings -> the CSS the content script puts in
 * the page beside the site's stylesheet. Pure, so unit-tested.
 *
 * Hide first, reveal later still holds. A kind hidden for only one owner ("only mine", "only
 * others'") is hidden by the site's stylesheet before first paint like any other; once settings
 * are read, <html> reveals the kind and, in the same task (no frame in between), these rules hide
 * it again everywhere except inside posts and profiles marked as the other owner's. A count is
 * shown only once the content script has found the signed-in account and the post's author and
 * they are the owner the user keeps: a count whose owner is not (yet) known stays hidden.
 */
import { METRIC_KINDS, type MetricKind, type MetricSelectors } from '../sites/types';
import { ATTR_SHOW, compileHiddenRules, eachSelector, kindSelectors } from './compile-css';

/** On a post, reply, profile header or notification: whose it is, "mine" or "others". */
export const ATTR_OWNER = 'data-unscored-owner';
/** On a count, in the hint style: "none", "one" or "some". */
export const ATTR_HINT = 'data-unscored-hint';

export type Owner = 'mine' | 'others';
/** Per kind hidden for one owner only: whose numbers are hidden. */
export type OwnerSplit = Partial<Record<MetricKind, Owner>>;
export type Hint = 'none' | 'one' | 'some';
export type HintWords = Record<Hint, string>;

const other = (o: Owner): Owner => (o === 'mine' ? 'others' : 'mine');

/**
 * The selector part that says "this count is hidden": not inside the kept owner's post (no
 * owner known counts as hidden), or inside the hidden owner's. Nested posts (a quoted post)
 * are hidden when either owner around them is the hidden one: fail closed.
 */
function hiddenFor(hidden: Owner): string {
  const keep = other(hidden);
  return `:is(:not([${ATTR_OWNER}="${keep}"] *), [${ATTR_OWNER}="${hidden}"] *)`;
}

/** The rules that hide each split kind's counts except the kept owner's. */
export function compileOwnerCss(metrics: MetricSelectors, split: OwnerSplit): string {
  const per = kindSelectors(metrics);
  const rules: string[] = [];
  for (const k of METRIC_KINDS) {
    const hidden = split[k];
    if (!hidden) continue;
    // Only while <html> reveals the kind: if a framework strips the attribute, the site's own
    // stylesheet hides the kind again (everyone's), never neither.
    rules.push(compileHiddenRules(eachSelector(per[k]).map((s) => `html[${ATTR_SHOW}~="${k}"] ${s}${hiddenFor(hidden)}`)));
  }
  return rules.filter(Boolean).join('\n');
}

/** A CSS string literal (the words come from the locale files; quotes and backslashes dropped). */
function cssString(s: string): string {
  return `"${s.replace(/["\\\n\r]/g, '')}"`;
}

/**
 * The hint style: each hidden count shows a small neutral mark after itself saying only "none",
 * "one" or "some" in the user's language. The count itself is hidden (visibility, as in the
 * "hide" style: out of the accessibility tree too); the mark is generated content, which screen
 * readers read, so they hear the same word and never the number. `shown` are the kinds shown
 * everywhere; split kinds get the mark only where their counts are hidden.
 */
export function compileHintCss(metrics: MetricSelectors, shown: readonly string[], split: OwnerSplit, words: HintWords): string {
  if (shown.includes('all')) return '';
  const per = kindSelectors(metrics);
  const rules: string[] = [];
  for (const h of ['none', 'one', 'some'] as const) rules.push(`[${ATTR_HINT}="${h}"]{--unscored-hint-text:${cssString(words[h])}}`);
  const sels: string[] = [];
  for (const k of METRIC_KINDS) {
    const hidden = split[k];
    if (shown.includes(k) && !hidden) continue;
    for (const s of eachSelector(per[k])) sels.push(`${s}[${ATTR_HINT}]${hidden ? hiddenFor(hidden) : ''}::after`);
  }
  const mark =
    'content:var(--unscored-hint-text)!important;visibility:visible!important;' +
    '-webkit-text-fill-color:currentcolor!important;background:none!important;text-shadow:none!important;' +
    'display:inline-block;font-size:.75em;line-height:1.4;padding:0 .45em;margin-inline-start:.15em;' +
    'border:1px solid currentcolor;border-radius:1em;opacity:.8;font-weight:400;letter-spacing:0;';
  // One rule per selector, as everywhere (a list would be voided by one selector a browser rejects).
  for (const s of sels) rules.push(`html[data-unscored-style="hint"] ${s}{${mark}}`);
  return rules.join('\n');
}

/**
 * What a count's text says, as a hint: no number or only zeros is "none", exactly 1 is "one",
 * anything else ("2", "1.2K", "1,204") is "some". Reads the first number only.
 */
export function hintOf(text: string): Hint {
  const m = /\d[\d.,'\u00a0\u202f ]*\d|\d/.exec(text);
  if (!m) return 'none';
  const digits = m[0].replace(/\D/g, '');
  if (/^0+$/.test(digits)) return 'none';
  const after = text.slice(m.index + m[0].length).trimStart();
  // "1K", "1 Mio.", "1万": a magnitude after the 1 makes it many.
  const magnitude = /^(?:[KkMmBb](?![a-zà-ÿ])|Mio|Mrd|mil\b|万|億|亿|千)/.test(after);
  if (digits === '1' && !magnitude && !/[.,]\d/.test(m[0])) return 'one';
  return 'some';
}
