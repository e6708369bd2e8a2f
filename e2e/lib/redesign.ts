/**
 * "Redesign mode" for the e2e fixtures: rewrites a fixture as a site redesign would leave it, so
 * that the site files' selectors (classes, test ids, data attributes, custom element names) no
 * longer match anything and only what a redesign rarely changes is left for the extension to go
 * on: text, aria-* attributes, title, role, href, id, alt, src, type, name and the structure.
 *
 * - every class name renamed (`c` + 6 hex digits), in class attributes and in the page's own
 *   <style> blocks, so the page still looks the same;
 * - the values of test ids (data-testid, data-e2e, …) renamed (`t…`), the attribute names kept;
 * - every other data-* attribute renamed, name (`data-d…`) and value (`v…`); the annotations
 *   data-expect and data-expect-aria are left exactly as they are;
 * - custom element names (HTML elements whose name has a '-') renamed to another valid custom
 *   element name (`ux-…`), declarative shadow root hosts included, and in selectors;
 * - a wrapper (`div` in flow content, `span` where only phrasing content is allowed, none where
 *   the parser would move it: tables, selects, foreign content, head…) inserted around each
 *   element that has a test id. The wrapper has `display: contents`, so the layout is unchanged
 *   and only the DOM gains a level (an ancestor chain or `parent > child` relation the site files
 *   may rely on is broken, as after a real redesign).
 *
 * Everything is done with one mapping per page (a seeded hash, collisions resolved in document
 * order), so the result is deterministic for a seed and different for another seed. Template
 * contents (declarative shadow roots included) are transformed like the rest of the page.
 *
 * Pure Node: parse5 (the spec's tree construction, as browsers parse) for the HTML, a small CSS
 * scanner for the selectors of <style> blocks.
 */
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

type Element = T.Element;
type ParentNode = T.ParentNode;
type ChildNode = T.ChildNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Attributes whose values are test ids: values renamed, names kept, elements wrapped. */
export const TEST_ID_ATTRS = new Set([
  'data-testid', 'data-test-id', 'data-test', 'data-tests', 'data-testing-id', 'data-e2e', 'data-qa', 'data-cy',
  'data-component', 'data-test-selector', 'data-a-target', 'data-automation-id', 'data-uia', 'data-pw',
]);
/** The fixtures' annotations: never touched. */
export const ANNOTATION_ATTRS = new Set(['data-expect', 'data-expect-aria']);

/** Names a valid custom element may not have (SVG and MathML elements with a hyphen). */
const RESERVED_CUSTOM = new Set([
  'annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph',
]);

/** Phrasing content (HTML's content model): wrapped in a span, not a div. */
const PHRASING = new Set([
  'a', 'abbr', 'audio', 'b', 'bdi', 'bdo', 'br', 'button', 'canvas', 'cite', 'code', 'data', 'datalist', 'del', 'dfn', 'em',
  'embed', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'map', 'mark', 'math', 'meter', 'noscript', 'object',
  'output', 'picture', 'progress', 'q', 'ruby', 's', 'samp', 'select', 'slot', 'small', 'span', 'strong', 'sub', 'sup',
  'svg', 'textarea', 'time', 'u', 'var', 'video', 'wbr',
]);
/** Elements whose content model is phrasing content only: a wrapper inside them is a span. */
const PHRASING_ONLY_PARENTS = new Set([
  'p', 'span', 'a', 'button', 'label', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'mark', 'abbr', 'cite', 'code', 'q',
  'sub', 'sup', 'time', 'var', 'kbd', 'samp', 'dfn', 'bdi', 'bdo', 'data', 'output', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'legend', 'summary', 'dt', 'pre', 'ins', 'del', 'font', 'nobr',
]);
/** Never wrapped: the parser would move the wrapper, or the element's place is its meaning. */
const NO_WRAP = new Set([
  'html', 'head', 'body', 'template', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'option', 'optgroup', 'summary', 'legend', 'source', 'track', 'area', 'param', 'rt', 'rp', 'frame', 'frameset',
  'title', 'meta', 'link', 'base', 'style', 'script',
]);
/** A wrapper directly inside these would be moved by the parser or break the parent's meaning. */
const NO_WRAP_INSIDE = new Set([
  'html', 'head', 'table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'select', 'optgroup', 'datalist',
  'picture', 'audio', 'video', 'ruby', 'frameset', 'map', 'object',
]);

/** Pseudo-classes whose argument is a selector list. */
const SELECTOR_PSEUDOS = new Set([
  'not', 'is', 'where', 'has', 'matches', '-webkit-any', '-moz-any', 'host', 'host-context', 'slotted', 'current', 'past', 'future', 'global',
]);
/** At-rules whose block holds rules (the others' blocks are copied as they are). */
const GROUPING_AT_RULES = new Set(['media', 'supports', 'container', 'layer', 'document', '-moz-document', 'scope', 'starting-style']);

/** FNV-1a over the string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so that near-equal inputs differ in every digit.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

type Kind = 'class' | 'testid' | 'dataName' | 'dataValue' | 'tag';
const PREFIX: Record<Kind, (hex: string) => string> = {
  class: (h) => `c${h}`,
  testid: (h) => `t${h}`,
  dataName: (h) => `data-d${h}`,
  dataValue: (h) => `v${h}`,
  tag: (h) => `ux-${h}`,
};

/** One page's renaming: the same name always gets the same new name, and no two names share one. */
class Names {
  private readonly maps = new Map<Kind, Map<string, string>>();
  private readonly used = new Map<Kind, Set<string>>();
  constructor(private readonly seed: number) {}

  get(kind: Kind, name: string): string {
    let map = this.maps.get(kind);
    if (!map) this.maps.set(kind, (map = new Map()));
    const known = map.get(name);
    if (known !== undefined) return known;
    let used = this.used.get(kind);
    if (!used) this.used.set(kind, (used = new Set()));
    let out = '';
    for (let attempt = 0; ; attempt++) {
      out = PREFIX[kind](fnv1a(`${this.seed}\u0000${kind}\u0000${attempt}\u0000${name}`).toString(16).padStart(8, '0').slice(0, 6));
      if (!used.has(out)) break;
    }
    used.add(out);
    map.set(name, out);
    return out;
  }

  class(name: string): string {
    return this.get('class', name);
  }
  classList(value: string): string {
    return value.split(/[\t\n\f\r ]+/).filter(Boolean).map((c) => this.class(c)).join(' ');
  }
  tag(name: string): string {
    return this.get('tag', name.toLowerCase());
  }
  /** The attribute's new name, or null when it is kept. */
  attrName(name: string): string {
    if (ANNOTATION_ATTRS.has(name) || TEST_ID_ATTRS.has(name) || !name.startsWith('data-')) return name;
    return this.get('dataName', name);
  }
  /** The attribute's new value (empty values stay empty: they are flags). */
  attrValue(name: string, value: string): string {
    if (name === 'class') return this.classList(value);
    if (ANNOTATION_ATTRS.has(name) || value === '') return value;
    if (TEST_ID_ATTRS.has(name)) return this.get('testid', value);
    if (name.startsWith('data-')) return this.get('dataValue', value);
    if (name === 'is' && isCustomName(value)) return this.tag(value);
    return value;
  }
  /** Whether the attribute's name or value changes (and attribute selectors on it must follow). */
  static renamed(name: string): boolean {
    return name === 'class' || (name.startsWith('data-') && !ANNOTATION_ATTRS.has(name));
  }
}

function isCustomName(name: string): boolean {
  return /^[a-z][^\sA-Z/>]*-[^\sA-Z/>]*$/.test(name) && !RESERVED_CUSTOM.has(name);
}

const isElement = (n: { nodeName: string }): n is Element => 'tagName' in n;
const isTemplate = (n: Element): n is T.Template => n.tagName === 'template' && n.namespaceURI === HTML_NS && 'content' in n;

/** Every element of the tree in document order, template contents included (after their template). */
function* elements(root: ParentNode): Generator<Element> {
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    if (isTemplate(child)) yield* elements(child.content);
    yield* elements(child);
  }
}

/** Original values of the renamed attributes, for attribute selectors other than `=`. */
function attributeValues(root: ParentNode): Map<string, string[]> {
  const values = new Map<string, Set<string>>();
  for (const el of elements(root)) {
    for (const a of el.attrs) {
      if (!Names.renamed(a.name)) continue;
      let set = values.get(a.name);
      if (!set) values.set(a.name, (set = new Set()));
      set.add(a.value);
    }
  }
  return new Map([...values].map(([k, v]) => [k, [...v]]));
}

// ---------------------------------------------------------------------------------------------
// CSS: only selectors (and attr() references) change; declarations are copied as they are.

const IDENT_CHAR = /[A-Za-z0-9_\-\u00a0-\uffff]/;
const IDENT_START = /[A-Za-z_\-\u00a0-\uffff\\]/;

class CssRewriter {
  constructor(
    private readonly names: Names,
    private readonly values: Map<string, string[]>,
  ) {}

  stylesheet(css: string): string {
    return this.rules(css, 0, false).out;
  }

  /** Reads a string or comment starting at i; returns its end (exclusive). */
  private static skipAtom(s: string, i: number): number {
    const c = s[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      return Math.min(j + 1, s.length);
    }
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      return end < 0 ? s.length : end + 2;
    }
    if (c === '\\') return Math.min(i + 2, s.length);
    return i + 1;
  }

  /**
   * A list of rules (or, inside a style rule, declarations and nested rules) from i until the
   * closing brace of the enclosing block (not consumed) or the end.
   */
  private rules(s: string, i: number, nested: boolean): { out: string; end: number } {
    let out = '';
    while (i < s.length) {
      // One statement: up to a top-level '{', ';' or '}'.
      let j = i;
      let depth = 0;
      while (j < s.length) {
        const c = s[j];
        if (c === '"' || c === "'" || c === '\\' || (c === '/' && s[j + 1] === '*')) {
          j = CssRewriter.skipAtom(s, j);
          continue;
        }
        if (c === '(' || c === '[') depth++;
        else if ((c === ')' || c === ']') && depth > 0) depth--;
        else if (depth === 0 && (c === '{' || c === ';' || c === '}')) break;
        j++;
      }
      const chunk = s.slice(i, j);
      if (j >= s.length || s[j] !== '{') {
        out += this.declarations(chunk);
        if (j >= s.length) return { out, end: j };
        if (s[j] === '}') {
          // The end of the enclosing block (or a stray brace at the top level, copied).
          if (nested) return { out, end: j };
          out += '}';
          i = j + 1;
          continue;
        }
        out += ';';
        i = j + 1;
        continue;
      }
      // A block: an at-rule or a style rule.
      const at = /^(\s*(?:\/\*[\s\S]*?\*\/\s*)*)@([\w-]+)/.exec(chunk);
      if (at && !GROUPING_AT_RULES.has(at[2].toLowerCase())) {
        const end = CssRewriter.matchingBrace(s, j);
        out += chunk + s.slice(j, end);
        i = end;
        continue;
      }
      out += (at ? chunk : this.selectorList(chunk)) + '{';
      const inner = this.rules(s, j + 1, true);
      out += inner.out;
      if (inner.end < s.length) out += '}';
      i = inner.end + 1;
    }
    return { out, end: i };
  }

  private static matchingBrace(s: string, open: number): number {
    let depth = 0;
    for (let k = open; k < s.length; ) {
      const c = s[k];
      if (c === '"' || c === "'" || c === '\\' || (c === '/' && s[k + 1] === '*')) {
        k = CssRewriter.skipAtom(s, k);
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return k + 1;
      k++;
    }
    return s.length;
  }

  /** Declarations: only attr(data-…) references follow the renamed attributes. */
  private declarations(chunk: string): string {
    return chunk.replace(/\battr\(\s*([\w-]+)/g, (m, name: string) => m.replace(name, this.names.attrName(name.toLowerCase())));
  }

  private static readIdent(s: string, i: number): { raw: string; value: string; end: number } {
    let j = i;
    let value = '';
    while (j < s.length) {
      const c = s[j];
      if (c === '\\') {
        const hex = /^[0-9a-fA-F]{1,6}[ \t\n\r\f]?/.exec(s.slice(j + 1, j + 8));
        if (hex) {
          value += String.fromCodePoint(Number.parseInt(hex[0].trim(), 16) || 0xfffd);
          j += 1 + hex[0].length;
        } else {
          value += s[j + 1] ?? '';
          j += 2;
        }
        continue;
      }
      if (!IDENT_CHAR.test(c)) break;
      value += c;
      j++;
    }
    return { raw: s.slice(i, j), value, end: j };
  }

  /** A selector list (also the argument of :is(), :not(), …). */
  selectorList(sel: string): string {
    let out = '';
    let i = 0;
    while (i < sel.length) {
      const c = sel[i];
      if (c === '"' || c === "'" || (c === '/' && sel[i + 1] === '*')) {
        const end = CssRewriter.skipAtom(sel, i);
        out += sel.slice(i, end);
        i = end;
      } else if (c === '.') {
        const id = CssRewriter.readIdent(sel, i + 1);
        out += id.value ? `.${this.names.class(id.value)}` : '.';
        i = Math.max(id.end, i + 1);
      } else if (c === '#') {
        const id = CssRewriter.readIdent(sel, i + 1);
        out += `#${id.raw}`;
        i = Math.max(id.end, i + 1);
      } else if (c === '[') {
        let j = i + 1;
        while (j < sel.length && sel[j] !== ']') j = CssRewriter.skipAtom(sel, j);
        out += this.attributeSelector(sel.slice(i + 1, j));
        i = j + 1;
      } else if (c === ':') {
        const colons = sel[i + 1] === ':' ? 2 : 1;
        const id = CssRewriter.readIdent(sel, i + colons);
        out += sel.slice(i, id.end);
        i = id.end;
        if (sel[i] === '(') {
          let depth = 0;
          let j = i;
          for (; j < sel.length; ) {
            const d = sel[j];
            if (d === '"' || d === "'" || d === '\\') {
              j = CssRewriter.skipAtom(sel, j);
              continue;
            }
            if (d === '(') depth++;
            else if (d === ')' && --depth === 0) break;
            j++;
          }
          const arg = sel.slice(i + 1, j);
          const name = id.value.toLowerCase();
          let rewritten = arg;
          if (SELECTOR_PSEUDOS.has(name)) rewritten = this.selectorList(arg);
          else if (/^nth-(last-)?child$/.test(name)) {
            const of = /^([\s\S]*?\bof\b)([\s\S]*)$/i.exec(arg);
            if (of) rewritten = of[1] + this.selectorList(of[2]);
          }
          out += `(${rewritten})`;
          i = j + 1;
        }
      } else if (IDENT_START.test(c) && !(c === '-' && /[\d.]/.test(sel[i + 1] ?? ''))) {
        // A type selector (every other ident has been read by the branches above).
        const id = CssRewriter.readIdent(sel, i);
        const tag = id.value.toLowerCase();
        out += isCustomName(tag) ? this.names.tag(tag) : id.raw;
        i = Math.max(id.end, i + 1);
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  /** The inside of [...]: renamed attributes follow the page's renaming. */
  private attributeSelector(inner: string): string {
    const m = /^\s*(?:([\w-]*|\*)\|)?([\w-]+)\s*(?:([~|^$*]?=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s"']+)\s*([iIsS])?)?\s*$/.exec(inner);
    if (!m) return `[${inner}]`;
    const [, ns, rawName, op, rawValue, flag] = m;
    const name = rawName.toLowerCase();
    if (ns !== undefined || !Names.renamed(name)) return `[${inner}]`;
    const newName = this.names.attrName(name);
    if (!op) return `[${newName}]`;
    const value = /^["']/.test(rawValue) ? rawValue.slice(1, -1).replace(/\\(.)/g, '$1') : rawValue;
    const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;
    if (name === 'class' && op === '~=' && !flag) return `.${this.names.class(value)}`;
    if (op === '=' && !flag) return `[${newName}=${quote(this.names.attrValue(name, value))}]`;
    // Any other operator: the values of the page that match it, each under its new value.
    const fold = flag?.toLowerCase() === 'i' ? (v: string) => v.toLowerCase() : (v: string) => v;
    const want = fold(value);
    const test: Record<string, (v: string) => boolean> = {
      '=': (v) => v === want,
      '~=': (v) => v.split(/[\t\n\f\r ]+/).includes(want),
      '|=': (v) => v === want || v.startsWith(`${want}-`),
      '^=': (v) => want !== '' && v.startsWith(want),
      '$=': (v) => want !== '' && v.endsWith(want),
      '*=': (v) => want !== '' && v.includes(want),
    };
    const matching = (this.values.get(name) ?? []).filter((v) => test[op](fold(v)));
    if (matching.length === 0) return ':not(*)';
    const alts = [...new Set(matching.map((v) => `[${newName}=${quote(this.names.attrValue(name, v))}]`))];
    return alts.length === 1 ? alts[0] : `:is(${alts.join(', ')})`;
  }
}

// ---------------------------------------------------------------------------------------------
// HTML

function textOf(el: Element): string {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? (n as T.TextNode).value : '')).join('');
}

function setText(el: Element, text: string): void {
  const node = el.childNodes.find((n) => n.nodeName === '#text') as T.TextNode | undefined;
  if (node) {
    node.value = text;
    el.childNodes = [node];
  }
}

/** The elements above `el` up to its tree's root (the document, or a template's content). */
function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p: ParentNode | null = el.parentNode; p && isElement(p); p = p.parentNode) out.push(p);
  return out;
}

/** The wrapper tag for `el`, or null where none can go. */
function wrapperFor(el: Element): 'div' | 'span' | null {
  if (el.namespaceURI !== HTML_NS || NO_WRAP.has(el.tagName)) return null;
  const up = ancestors(el);
  const parent = up[0];
  if (parent && (parent.namespaceURI !== HTML_NS || NO_WRAP_INSIDE.has(parent.tagName))) return null;
  if (up.some((a) => a.namespaceURI !== HTML_NS || a.tagName === 'head' || a.tagName === 'select')) return null;
  // A div would close an open <p> (and is not allowed where only phrasing content is).
  const phrasingContext = up.some((a) => a.tagName === 'p') || (parent !== undefined && PHRASING_ONLY_PARENTS.has(parent.tagName));
  if (phrasingContext || PHRASING.has(el.tagName)) return 'span';
  return 'div';
}

function wrap(el: Element, tag: 'div' | 'span', names: Names): void {
  const parent = el.parentNode!;
  const attrs = [
    { name: 'class', value: names.class('__redesign-wrapper__') },
    { name: 'style', value: 'display: contents' },
  ];
  // A slotted element's wrapper takes its place in the host's slot.
  const slot = el.attrs.find((a) => a.name === 'slot');
  if (slot) attrs.push({ name: 'slot', value: slot.value });
  const wrapper: Element = {
    nodeName: tag,
    tagName: tag,
    attrs,
    namespaceURI: HTML_NS as Element['namespaceURI'],
    childNodes: [el],
    parentNode: parent,
  };
  parent.childNodes[parent.childNodes.indexOf(el as ChildNode)] = wrapper as ChildNode;
  el.parentNode = wrapper;
}

/**
 * The fixture as a redesign would leave it (see the top of this file). Deterministic: the same
 * html and seed always give the same output.
 */
export function redesignHtml(html: string, seed = 1): string {
  const firstLine = /^<!--\s*url:[^\n]*?-->/.exec(html)?.[0];
  const doc = parse(html);
  const names = new Names(seed);
  const css = new CssRewriter(names, attributeValues(doc));

  const toWrap: { el: Element; tag: 'div' | 'span' }[] = [];
  for (const el of [...elements(doc)]) {
    if (el.tagName === 'style') setText(el, css.stylesheet(textOf(el)));
    if (el.namespaceURI === HTML_NS && isCustomName(el.tagName)) el.tagName = el.nodeName = names.tag(el.tagName);
    let hasTestId = false;
    el.attrs = el.attrs.map((a) => {
      if (a.namespace) return a;
      if (TEST_ID_ATTRS.has(a.name) && a.value !== '') hasTestId = true;
      return { ...a, name: names.attrName(a.name), value: names.attrValue(a.name, a.value) };
    });
    if (hasTestId) {
      const tag = wrapperFor(el);
      if (tag) toWrap.push({ el, tag });
    }
  }
  for (const { el, tag } of toWrap) wrap(el, tag, names);

  if (!firstLine) return serialize(doc);
  const [first, ...rest] = doc.childNodes;
  if (first?.nodeName !== '#comment') return serialize(doc);
  doc.childNodes = rest;
  return `${firstLine}\n${serialize(doc)}`;
}
