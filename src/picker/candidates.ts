/**
 * What the picker offers: small elements that show a number. Pure DOM, unit-tested.
 */

/** Never offered: the user's drafts, code, and anything of ours. */
const SKIP = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], script, style, noscript, template, code, pre';
const MAX_TEXT = 40;
const MAX_WIDTH = 420;
const MAX_HEIGHT = 160;
const MAX_UP = 3;

/**
 * Text that reads as a count: it starts with a number ("1.4K", "(3)", "12,345 followers") and at
 * most a few words follow. Names and times with digits ("Top 10 trail routes", "3h", "12:04",
 * "iOS 18") are not offered.
 */
const COUNT_LIKE = /^[^\p{L}\d]{0,3}\d[\d.,'\s\u00a0\u202f]*(?:[KkMmBb]|mil|Mio\.?|Mrd\.?|[万億亿千])?\+?[^\p{L}\d]{0,3}(?:\s+[^\s\d]+){0,3}$/u;

export function looksLikeCount(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= MAX_TEXT && COUNT_LIKE.test(t);
}

function small(el: Element): boolean {
  const r = el.getBoundingClientRect();
  // happy-dom reports zero-sized boxes; a browser only for what is not rendered.
  return r.width <= MAX_WIDTH && r.height <= MAX_HEIGHT;
}

/** The smallest element inside `el` holding all of its digits. */
function narrowToDigits(el: Element): Element {
  let cur = el;
  for (;;) {
    const withDigits = [...cur.children].filter((c) => /\d/.test(c.textContent ?? ''));
    const ownDigits = [...cur.childNodes].some((n) => n.nodeType === 3 && /\d/.test((n as Text).data));
    if (ownDigits || withDigits.length !== 1) return cur;
    cur = withDigits[0];
  }
}

/**
 * The element to offer for a point the user hovers: from the element under the pointer up a
 * few levels to the first one whose short text has a digit and that is small on screen, then
 * down to the smallest element holding the number, if that reads as a count. Null when there
 * is none (post text, names, times, icons far from a number, the page itself).
 */
export function candidateFor(target: Element | null, isOurs: (el: Element) => boolean = () => false): Element | null {
  for (let n = target, up = 0; n && up <= MAX_UP; n = n.parentElement, up++) {
    if (n.localName === 'body' || n.localName === 'html' || isOurs(n)) return null;
    const text = (n.textContent ?? '').trim();
    if (text.length > MAX_TEXT) return null;
    if (!/\d/.test(text)) continue;
    if (n.closest(SKIP) || !small(n)) return null;
    const el = narrowToDigits(n);
    return looksLikeCount(el.textContent ?? '') ? el : null;
  }
  return null;
}

/** Every candidate on the page in document order, for moving between them by keyboard. */
export function allCandidates(
  doc: Document,
  isOurs: (el: Element) => boolean = () => false,
  rendered: (el: Element) => boolean = (el) => el.getClientRects().length > 0,
): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (!/\d/.test(t.data) || !t.parentElement) continue;
    const el = candidateFor(t.parentElement, isOurs);
    if (!el || seen.has(el)) continue;
    if (!rendered(el)) continue;
    seen.add(el);
    out.push(el);
  }
  return out;
}
