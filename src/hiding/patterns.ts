/**
 * The text side of hiding, for the engine and the popup: counts are recognised by
 * src/recogniser/ (number tokens and per-language word files); this module keeps the names the
 * engine and tests use, the tab title's unread count and the parser of displayed counts.
 */
import type { MetricKind } from '../sites/types';
import { countKind, isBareCount as bare, labelKind as kindOfLabel, scrubLabel } from '../recogniser/recognise';

/**
 * Classifies a short text as a metric. Returns its kind, or null when it is not a count.
 * `bare` accepts a number without a noun (for scopes that hold only counts) as `bareKind`.
 */
export function classifyCountText(text: string, bare_ = false, bareKind: MetricKind = 'likes'): MetricKind | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 100 || !/\d/.test(t)) return null;
  const kind = countKind(t);
  if (kind) return kind;
  if (bare_ && bare(t)) return bareKind;
  return null;
}


/** The metric an attribute value names ("2378 Likes. Liked", "Star this repository (964)"), or null. */
export function labelKind(value: string): MetricKind | null {
  if (!/\d/.test(value)) return null;
  return kindOfLabel(value);
}

/** Whether a text is a count without a noun ("1.2K", "12,345", "3 mil", "(12)"). */
export function isBareCount(text: string): boolean {
  return bare(text.replace(/\s+/g, ' ').trim());
}

/**
 * Removes counts from an attribute value while keeping the rest: "2378 Likes. Liked" -> "Liked";
 * "Like (12 likes)" -> "Like"; "1,262" -> "". "Posted 3 hours ago" stays as it is.
 */
export function scrubCounts(value: string): string {
  return scrubLabel(value);
}

/** Whether a value still carries a count that scrubbing would remove. */
export function hasCount(value: string): boolean {
  return scrubCounts(value) !== value;
}

/** "(3) Home / X" -> "Home / X"; also "(99+) …" and "• " unread dots some sites add. */
export function scrubTitle(title: string): string {
  return title.replace(/^\s*\(\s*\d[\d.,]*\+?\s*\)\s*/, '').replace(/^\s*[•●]\s+/, '');
}

/**
 * Parses a displayed count to a number ("1.2K" -> 1200, "1,2 k" -> 1200, "2,5 Mio." ->
 * 2500000, "1.2万" -> 12000, "1.234" -> 1234). Returns NaN when the text is not a count.
 * Used to compare counts (tests, the popup's "found" figures), never to show them.
 */
const NUM = String.raw`\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SUFFIX = String.raw`(?:\s?(?:[KkMmBb](?![a-zA-Z])|(?:thousand|million|billion)(?![a-z])|mil(?![a-z])|Mio\.?|Mrd\.?|Tsd\.?|Md|mln|bn|tn|[万億亿千萬]|천|만))?`;
export function parseCount(text: string): number {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = new RegExp(`^(${NUM})(${SUFFIX})\\+?$`, 'u').exec(t);
  if (!m) return NaN;
  let num = m[1].replace(/[\u00a0\u202f' ]/g, '');
  const suffix = m[2].trim().toLowerCase().replace(/\.$/, '');
  // "1.234" / "1,234": a single separator followed by exactly three digits groups thousands.
  if (/^\d{1,3}([.,]\d{3})+$/.test(num) && !suffix) num = num.replace(/[.,]/g, '');
  else if (/^\d{1,3}([.,]\d{3})+[.,]\d+$/.test(num)) {
    const dec = num.slice(-1 - (num.length - 1 - Math.max(num.lastIndexOf('.'), num.lastIndexOf(','))));
    num = num.slice(0, num.length - dec.length).replace(/[.,]/g, '') + '.' + dec.slice(1);
  } else num = num.replace(',', '.');
  const value = Number(num);
  const mult: Record<string, number> = {
    '': 1, k: 1e3, thousand: 1e3, million: 1e6, billion: 1e9, tsd: 1e3, '千': 1e3, '천': 1e3, m: 1e6, mio: 1e6, mln: 1e6, mil: 1e3, b: 1e9,
    bn: 1e9, mrd: 1e9, md: 1e9, tn: 1e12, '万': 1e4, '萬': 1e4, '만': 1e4, '億': 1e8, '亿': 1e8,
  };
  return value * (mult[suffix] ?? NaN);
}
