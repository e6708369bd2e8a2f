/**
 * Selectors for a picked element, from specific to general, for the picker's "narrower / wider"
 * control. Built only from hooks that survive a site's redeploys: test ids, roles, aria labels
 * without numbers, link targets, ids and class names without digits (obfuscated atomic classes
 * such as `css-1jxf684` have digits), tag names; `:nth-of-type` only as a last resort.
 *
 * Only the attributes named here are ever read, so fixture annotations (and anything else on
 * the page) can never end up in a saved selector. Our own `data-unscored-*` attributes are
 * never used either: they come and go with settings.
 *
 * Pure DOM (no extension APIs), unit-tested with happy-dom.
 */
import { checkSelector } from '../settings/repair';

export interface SelectorOption {
  selector: string;
  /** How many elements it matches in the document now. */
  count: number;
}

const MAX_ANCESTORS = 8;
/** More matches than this is not "a number", it is a page. */
export const MAX_MATCHES = 500;

/** CSS.escape, with a fallback for environments without it. */
function esc(s: string): string {
  if (typeof CSS !== 'undefined' && CSS.escape) return CSS.escape(s);
  return s.replace(/[^\w-]/g, (c) => `\\${c}`);
}

function attrValue(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;
}

const stableWord = (v: string) => v.length > 0 && v.length <= 60 && !/\d/.test(v);

/** Single-element descriptors, best first (each one alone selects `el` among its kind). */
export function descriptors(el: Element): string[] {
  const tag = el.localName;
  const out: string[] = [];
  const testid = el.getAttribute('data-testid');
  if (testid && testid.length <= 80) out.push(`[data-testid=${attrValue(testid)}]`);
  const id = el.getAttribute('id');
  if (id && /^[A-Za-z][A-Za-z_-]*$/.test(id) && id.length <= 40) out.push(`#${esc(id)}`);
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    // The last path segment names what the link is ("/followers"), when it is not the only
    // one (a lone segment is a user name) and holds no digits (ids).
    const parts = href.split(/[?#]/)[0].split('/').filter(Boolean);
    const last = parts.length >= 2 ? parts[parts.length - 1] : '';
    if (/^[A-Za-z_-]+$/.test(last)) out.push(`a[href$=${attrValue(`/${last}`)}]`);
  }
  const role = el.getAttribute('role');
  if (role && /^[a-z]+$/.test(role)) out.push(`${tag}[role=${attrValue(role)}]`);
  const aria = el.getAttribute('aria-label');
  if (aria && stableWord(aria)) out.push(`${tag}[aria-label=${attrValue(aria)}]`);
  // Custom elements are stable hooks by themselves.
  if (tag.includes('-')) out.push(tag);
  const classes = [...el.classList].filter((c) => stableWord(c) && c.length >= 3 && !c.startsWith('unscored')).slice(0, 2);
  if (classes.length) out.push(`${tag}${classes.map((c) => `.${esc(c)}`).join('')}`);
  if (!out.includes(tag)) out.push(tag);
  return out;
}

/** The strongest hook of an ancestor, or null when it has only its tag name. */
function anchorOf(el: Element): string | null {
  const d = descriptors(el);
  return d[0] === el.localName ? null : d[0];
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === el.localName) n++;
  let more = false;
  for (let s = el.nextElementSibling; s && !more; s = s.nextElementSibling) if (s.localName === el.localName) more = true;
  return n === 1 && !more ? el.localName : `${el.localName}:nth-of-type(${n})`;
}

/** Ancestors inside <body>, nearest first. */
function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.parentElement; n && out.length < MAX_ANCESTORS; n = n.parentElement) {
    if (n.localName === 'body' || n.localName === 'html') break;
    out.push(n);
  }
  return out;
}

/** Every candidate selector for `el` (unordered, may repeat). */
function candidates(el: Element): string[] {
  const own = descriptors(el);
  const ups = ancestors(el);
  const anchors = ups.map((a) => ({ el: a, d: anchorOf(a) })).filter((a): a is { el: Element; d: string } => a.d !== null);
  const out: string[] = [...own];
  for (const a of anchors.slice(0, 4)) for (const d of own) out.push(`${a.d} ${d}`);
  if (anchors.length >= 2) for (const d of own.slice(0, 2)) out.push(`${anchors[1].d} ${anchors[0].d} ${d}`);
  // Structural paths from the nearest anchor (or the top) down to the element: tags, then
  // tags with positions (the last resort, and the most specific).
  const stop = anchors[0]?.el;
  const chain: Element[] = [el];
  for (const a of ups) {
    if (a === stop) break;
    chain.unshift(a);
  }
  const head = stop ? `${anchors[0].d} > ` : '';
  out.push(head + chain.map((n) => n.localName).join(' > '));
  out.push(head + chain.map(nthOfType).join(' > '));
  out.push(positional(el));
  return out;
}

/** Positions from the element up until they select it alone (or an id, or <body>). */
function positional(el: Element): string {
  const steps: string[] = [];
  for (let n: Element | null = el; n && n.localName !== 'body' && n.localName !== 'html'; n = n.parentElement) {
    const d = descriptors(n)[0];
    if (d.startsWith('#')) {
      steps.unshift(d);
      break;
    }
    steps.unshift(nthOfType(n));
    try {
      if (el.ownerDocument.querySelectorAll(steps.join(' > ')).length === 1) break;
    } catch {
      break;
    }
  }
  return steps.join(' > ');
}

/** Longer text than this is content (a post, a bio), not a number: never offered. */
const MAX_MATCH_TEXT = 80;

function count(doc: Document, sel: string, el: Element): number | null {
  try {
    const found = doc.querySelectorAll(sel);
    let hit = false;
    for (const f of found) {
      if (f === el) hit = true;
      else if ((f.textContent ?? '').length > MAX_MATCH_TEXT) return null;
    }
    return hit ? found.length : null;
  } catch {
    return null;
  }
}

/**
 * Usable selectors for `el`, narrowest first: each matches `el`, passes `checkSelector`, is not
 * too broad for this page (`checkOnPage`), hides no long text (post text stays readable), and
 * each matches a different number of elements.
 */
export function selectorLadder(el: Element, doc: Document = el.ownerDocument): SelectorOption[] {
  const seen = new Map<number, string>();
  for (const sel of candidates(el)) {
    if (checkSelector(sel) || checkOnPage(sel, doc)) continue;
    const n = count(doc, sel, el);
    if (n === null) continue;
    const prev = seen.get(n);
    // Same number of matches: keep the one without positions, then the shorter.
    const rank = (s: string) => (s.includes(':nth-of-type') ? 1000 : 0) + s.length;
    if (prev === undefined || rank(sel) < rank(prev)) seen.set(n, sel);
  }
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([n, selector]) => ({ selector, count: n }));
}

/**
 * Checks a selector against the page it would hide things on: null when fine, else why not.
 * `checkSelector` only knows the text; this one refuses what would hide the page itself
 * (html, head, body, or an element holding most of the page) or hundreds of elements.
 */
export function checkOnPage(sel: string, doc: Document): string | null {
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(sel);
  } catch {
    return 'is not a valid CSS selector';
  }
  if (found.length > MAX_MATCHES) return `matches ${found.length} elements on this page (at most ${MAX_MATCHES})`;
  const total = doc.body ? doc.body.getElementsByTagName('*').length : 0;
  for (const f of found) {
    if (f === doc.documentElement || f === doc.body || f === doc.head) return 'would hide the whole page';
    if (total >= 20 && f.getElementsByTagName('*').length > total / 2) return 'would hide most of the page';
  }
  return null;
}
