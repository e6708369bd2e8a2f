/**
 * Number tokens as sites print counts: "1.2K", "12,345", "1,2 k", "1.234", "2,5 Mio.", "3 mil",
 * "7mil", "36,7mil", "1.2万", "1,2 тыс.", "3,4 mln", "1.5B", "99+", "86%", Arabic-Indic digits.
 *
 * A hand-written scanner, not a regular expression: it costs nothing to set up (content scripts
 * start anew on every page) and it says at once which numbers can never be counts: times
 * ("12:04"), dates and versions ("24.11.2026", "v2.3.1", "2024-11-24"), prices ("€12", "12 €"),
 * handles and tags ("@runner_2024", "#1234"), ordinals ("1."), units attached to the number
 * ("3h", "5km"). Magnitude words come from the language files (`magnitudes`).
 */

export interface NumberToken {
  /** Index of the first digit. */
  start: number;
  /** Index after the number with its magnitude, "+" or "%". */
  end: number;
  /** Index after the digits and separators (before any magnitude). */
  digitsEnd: number;
  /** It had a magnitude ("1.2K", "3 mil", "1.2万"): a count-like number on its own. */
  compact: boolean;
  percent: boolean;
  /** Never a count, whatever words stand around it. */
  ordinary: boolean;
}

export type MagnitudeLookup = (word: string) => boolean;

const SEPARATORS = ".,'\u00a0\u202f ";
const CURRENCY = '$€£¥₹₩₽₺¢';

/** ASCII and Arabic-Indic digits (both blocks), one UTF-16 unit each so that offsets agree. */
export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0xff10 && c <= 0xff19);
}
/**
 * Letters of any script, as far as what stands next to a number needs: by code point ranges,
 * not a Unicode property regex (compiling `\p{L}` costs milliseconds on every page load).
 */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  // General punctuation, symbols, arrows, box drawing… up to the CJK blocks.
  if (c >= 0x2000 && c <= 0x2bff) return false;
  // CJK punctuation, full-width forms' punctuation, and the digit blocks.
  if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65)) return false;
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || c === 0x66a || c === 0x60c) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters (rare next to a count)
  return true;
}
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && isLetterCode(ch.charCodeAt(0));
}
/** Han, kana and Hangul: scripts that attach their nouns and magnitudes without a space. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || // Han
    (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || // Hangul
    (c >= 0xff66 && c <= 0xff9f) // half-width katakana
  );
}
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && isCjkCode(ch.charCodeAt(0));
}

function digitsFrom(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * All number tokens of a text, in order. `magnitude(word)` says whether a word after a number
 * is a magnitude ("k", "Mio.", "万").
 */
export function numberTokens(s: string, magnitude: MagnitudeLookup): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ordinary = false;
    const prev = s[start - 1];
    // Attached to what stands before: "v2", "iOS18", "@user_2024", "#1234", "€12", "-5", "x2".
    if (prev !== undefined && (isLetter(prev) && !isCjk(prev) || '_@#/\\-:'.includes(prev) || CURRENCY.includes(prev))) ordinary = true;
    // "+10" (a reputation change) may be a count; "+49 30 1234567" is a phone number.
    if (prev === '+' && /^\d+[ \u00a0]\d/.test(s.slice(start, start + 12))) ordinary = true;
    let j = digitsFrom(s, start);
    const intLen = j - start;
    // Thousands groups: "12,345", "1.234.567", "1 234", "1'234" — a separator and exactly three digits.
    let grouped = false;
    if (intLen <= 3) {
      while (j < s.length && SEPARATORS.includes(s[j]) && digitsFrom(s, j + 1) === j + 4) {
        j += 4;
        grouped = true;
      }
    }
    // A decimal part: "1.2", "36,7", "2,5".
    if ((s[j] === '.' || s[j] === ',') && isDigit(s.charCodeAt(j + 1))) j = digitsFrom(s, j + 1);
    const digitsEnd = j;
    // Dates, versions, times, ranges, fractions: another separator and digits follow.
    if ((s[j] === '.' || s[j] === ':' || s[j] === '/' || s[j] === '-' || s[j] === '–' || s[j] === 'x' || s[j] === '×') && isDigit(s.charCodeAt(j + 1))) {
      ordinary = true;
      j = digitsFrom(s, j + 1);
      while ('.:/-'.includes(s[j] ?? '') && isDigit(s.charCodeAt(j + 1))) j = digitsFrom(s, j + 1);
      out.push({ start, end: j, digitsEnd: j, compact: false, percent: false, ordinary });
      i = j;
      continue;
    }
    let end = j;
    let compact = false;
    let percent = false;
    // A magnitude, attached or after one space: "1.2K", "1,2 k", "2,5 Mio.", "1.2万", "3 mil".
    let k = j;
    if (s[k] === ' ' || s[k] === '\u00a0' || s[k] === '\u202f') k++;
    if (isCjk(s[k])) {
      if (magnitude(s[k])) {
        compact = true;
        end = k + 1;
      }
    } else if (isLetter(s[k])) {
      let w = k;
      while (w < s.length && isLetter(s[w]) && !isCjk(s[w])) w++;
      const word = s.slice(k, w);
      if (word.length <= 12 && (magnitude(word + (s[w] === '.' ? '.' : '')) || magnitude(word))) {
        compact = true;
        end = magnitude(word + (s[w] === '.' ? '.' : '')) && s[w] === '.' ? w + 1 : w;
      } else if (k === j) {
        // Letters glued to the number that are no magnitude: a unit or a name ("3h", "5km", "2x").
        ordinary = true;
      }
    }
    if (s[end] === '+') end++;
    let p = end;
    if (s[p] === ' ' || s[p] === '\u00a0' || s[p] === '\u202f') p++;
    if (s[p] === '%' || s[p] === '٪') {
      percent = true;
      end = p + 1;
    }
    // Prices and units after the number: "12 €", "12,99 $", "180 °C", "12px".
    const after = s[p];
    if (after !== undefined && (CURRENCY.includes(after) || after === '°')) ordinary = true;
    // An ordinal or a list rank: "1.", "3." at the end or before a space (not "1.2").
    if (!compact && !grouped && !percent && s[digitsEnd] === '.' && (digitsEnd + 1 >= s.length || /\s/.test(s[digitsEnd + 1]))) ordinary = true;
    out.push({ start, end, digitsEnd, compact, percent, ordinary });
    i = Math.max(end, digitsEnd);
  }
  return out;
}
