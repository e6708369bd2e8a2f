/**
 * Unit tests of the fixtures' redesign mode (e2e/lib/redesign.ts): what is renamed, what is kept,
 * and that the result is what a browser would parse back (the same tree, no element moved).
 */
import { describe, expect, it } from 'vitest';
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { Window } from 'happy-dom';
import { redesignHtml, TEST_ID_ATTRS, ANNOTATION_ATTRS } from './redesign';
import { listFixtures } from './fixture-files';

type El = T.Element;
const isEl = (n: T.Node): n is El => 'tagName' in n;

function* walk(root: T.ParentNode): Generator<T.Node> {
  for (const n of root.childNodes) {
    yield n;
    if (isEl(n)) {
      if (n.tagName === 'template' && 'content' in n) yield* walk((n as T.Template).content);
      yield* walk(n);
    }
  }
}
const els = (html: string): El[] => [...walk(parse(html))].filter(isEl);
const attrsOf = (html: string, name: string) => els(html).flatMap((e) => e.attrs.filter((a) => a.name === name).map((a) => a.value));
/** serialize(parse(x)) with the url line (whose newline the parser drops before the doctype) put back. */
function reparsed(html: string): string {
  const first = /^<!--[^\n]*-->\n/.exec(html)?.[0];
  const out = serialize(parse(html));
  return first ? out.replace(first.trimEnd(), first) : out;
}
/** Text of every text node outside <style>, in document order. */
const texts = (html: string) =>
  [...walk(parse(html))]
    .filter((n): n is T.TextNode => n.nodeName === '#text' && (n.parentNode as El | null)?.tagName !== 'style')
    .map((n) => n.value)
    .join('');
const KEPT = ['aria-label', 'aria-hidden', 'aria-pressed', 'aria-labelledby', 'title', 'role', 'href', 'id', 'alt', 'src', 'type', 'name', 'slot'];
const isWrapper = (e: El) => e.attrs.some((a) => a.name === 'style' && a.value === 'display: contents');
const kept = (html: string) =>
  els(html)
    .filter((e) => !isWrapper(e))
    .flatMap((e) => e.attrs.filter((a) => KEPT.includes(a.name) || a.name.startsWith('aria-')).map((a) => `${a.name}=${a.value}`))
    .sort();
const annotations = (html: string) =>
  els(html).flatMap((e) => e.attrs.filter((a) => ANNOTATION_ATTRS.has(a.name)).map((a) => `${a.name}=${a.value}`));

const PAGE = `<!-- url: https://example.com/page -->
<!DOCTYPE html>
<html lang="en">
<head><title>(3) Page</title>
<style>
  .card, .card > .row { display: flex; }
  .card:not(.big) .count::after { content: attr(data-unit); }
  [data-testid^="feed"] { border: 1px solid red; }
  [data-state="on"], [data-role] { color: green; }
  like-button { display: inline-block; }
  @media (min-width: 10px) { .row { gap: 2px; } like-button .n { color: blue; } }
  @keyframes pulse { from { opacity: 0; } to { opacity: 1; } }
</style>
</head>
<body class="home">
<div class="card big" data-testid="feedItem-1" data-role="post" data-state="on">
  <p class="row">Posted by <a href="/u/mara" data-testid="author" title="Mara">mara</a> <span class="count" data-expect="metric" data-unit="likes">12</span></p>
  <like-button class="row" aria-label="Like, 12 likes" data-expect-aria="scrub"><span class="n" data-e2e="like-count" data-expect="metric">12</span></like-button>
  <img alt="photo" src="/a.png" data-qa="photo-tile">
  <ul><li data-testid="item" role="listitem"><span data-expect="keep">First</span></li></ul>
  <table><tbody><tr data-testid="row"><td data-testid="cell">5 votes</td></tr></tbody></table>
  <select name="s"><option data-testid="opt" value="1">One</option></select>
  <svg viewBox="0 0 1 1" class="icon"><path data-testid="path" d="M0 0"></path></svg>
  <input type="text" name="q" data-test="search-box">
</div>
<shreddit-post id="post" score="9989">
  <template shadowrootmode="open"><style>:host { display: block; } .bar > faceplate-number { font-weight: 700; }</style>
    <div class="bar"><faceplate-number data-testid="score" data-expect="metric">10K</faceplate-number></div><slot></slot><slot name="credit"></slot></template>
  <span slot="credit" data-testid="credit-line" data-expect="keep">r/running</span>
</shreddit-post>
<template id="later"><span class="late" data-testid="late">later</span></template>
</body>
</html>
`;

describe('redesignHtml on a page with every kind of marker', () => {
  const out = redesignHtml(PAGE, 1);

  it('keeps the url line first, exactly', () => {
    expect(out.split('\n')[0]).toBe('<!-- url: https://example.com/page -->');
  });

  it('renames every class, in class attributes and in the page\'s <style> blocks, consistently', () => {
    const before = new Set(attrsOf(PAGE, 'class').flatMap((v) => v.split(/\s+/)));
    const after = attrsOf(out, 'class').flatMap((v) => v.split(/\s+/));
    for (const c of before) expect(after, c).not.toContain(c);
    for (const c of ['card', 'big', 'row', 'count', 'home', 'bar']) expect(out).not.toMatch(new RegExp(`\\.${c}\\b|class="${c}\\b`));
    // The same class gets the same name on the element and in the style block.
    const card = els(out).find((e) => e.attrs.some((a) => a.name === 'data-testid' && a.value !== 'feedItem-1' && e.tagName === 'div'))!;
    const [cardClass] = card.attrs.find((a) => a.name === 'class')!.value.split(' ');
    expect(out).toContain(`.${cardClass}, .${cardClass} > .`);
  });

  it('renames test id values (not their attribute names) and every other data-* attribute, name and value', () => {
    for (const v of ['feedItem-1', 'author', 'like-count', 'photo-tile', 'item', 'row', 'cell', 'score', 'credit-line', 'late', 'search-box']) expect(out).not.toContain(`"${v}"`);
    expect(attrsOf(out, 'data-testid').length).toBe(attrsOf(PAGE, 'data-testid').length);
    expect(attrsOf(out, 'data-e2e')).toHaveLength(1);
    for (const n of ['data-role', 'data-state', 'data-unit']) expect(out).not.toContain(n);
    const dataNames = new Set(els(out).flatMap((e) => e.attrs.map((a) => a.name)).filter((n) => n.startsWith('data-') && !TEST_ID_ATTRS.has(n) && !ANNOTATION_ATTRS.has(n)));
    expect(dataNames.size).toBe(3);
    for (const n of dataNames) expect(n).toMatch(/^data-d[0-9a-f]{6}$/);
  });

  it('leaves the annotations exactly as they are, on the same elements', () => {
    expect(annotations(out)).toEqual(annotations(PAGE));
    expect(out).toContain('data-expect-aria="scrub"');
  });

  it('renames custom elements (shadow hosts, template contents and style selectors included) to valid custom element names', () => {
    const tags = new Set(els(out).map((e) => e.tagName));
    for (const t of ['like-button', 'shreddit-post', 'faceplate-number']) {
      expect(tags.has(t), t).toBe(false);
      expect(out).not.toContain(t);
    }
    const custom = [...tags].filter((t) => t.includes('-'));
    expect(custom).toHaveLength(3);
    for (const t of custom) expect(t).toMatch(/^[a-z][a-z0-9]*-[a-z0-9]+$/);
    // The shadow root's template is still the host's child, its content transformed too.
    const host = els(out).find((e) => e.attrs.some((a) => a.name === 'id' && a.value === 'post'))!;
    expect(custom).toContain(host.tagName);
    const template = host.childNodes.find((n) => isEl(n) && n.tagName === 'template') as T.Template;
    expect(template.attrs).toEqual([{ name: 'shadowrootmode', value: 'open' }]);
    const inner = serialize(template.content);
    expect(inner).not.toContain('bar');
    expect(inner).toMatch(/\.c[0-9a-f]{6} > ux-[0-9a-f]{6} \{/);
  });

  it('rewrites attribute selectors to the renamed attributes, prefix matches included', () => {
    const win = new Window();
    const match = (html: string, sel: string) => {
      win.document.write(html);
      return [...win.document.querySelectorAll(sel)].map((e) => e.textContent?.trim().slice(0, 10));
    };
    const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const selectors = (css: string) => [...css.matchAll(/([^{};]+)\{/g)].map((m) => m[1].trim()).filter((s) => !/^(@|from$|to$)/.test(s));
    const before = selectors(styleOf(PAGE));
    const after = selectors(styleOf(out));
    expect(after).toHaveLength(before.length);
    // Every selector without a combinator over a wrapped element matches the same elements.
    before.forEach((sel, i) => {
      if (sel.includes('>')) return;
      expect(match(out, after[i]), `${sel} -> ${after[i]}`).toEqual(match(PAGE, sel));
    });
    expect(after.join('\n')).toMatch(/\[data-testid="t[0-9a-f]{6}"\]/);
    expect(styleOf(out)).toMatch(/content: attr\(data-d[0-9a-f]{6}\)/);
    expect(styleOf(out)).toContain('@keyframes pulse { from { opacity: 0; } to { opacity: 1; } }');
    win.close();
  });

  it('keeps text, aria-*, title, role, href, id, alt, src, type and name', () => {
    expect(texts(out)).toBe(texts(PAGE));
    expect(kept(out)).toEqual(kept(PAGE));
  });

  it('wraps each element with a test id: div in flow content, span in phrasing content, none in tables, selects or SVG', () => {
    const wrapperOf = (testidIndex: number) => {
      const el = els(out).filter((e) => e.attrs.some((a) => a.name === 'data-testid' || a.name === 'data-e2e' || a.name === 'data-qa' || a.name === 'data-test'))[testidIndex];
      const p = el.parentNode as El;
      return p.attrs.some((a) => a.name === 'style' && a.value === 'display: contents') ? p.tagName : null;
    };
    // In document order (template contents after their template).
    const expected: [string, string | null][] = [
      ['feedItem-1', 'div'], ['author', 'span'], ['like-count', 'span'], ['photo-tile', 'span'], ['item', 'div'], ['row', null],
      ['cell', null], ['opt', null], ['path', null], ['search-box', 'span'], ['score', 'div'], ['credit-line', 'span'], ['late', 'span'],
    ];
    expect(expected.map((_, i) => wrapperOf(i))).toEqual(expected.map(([, w]) => w));
    // A slotted element's wrapper is slotted in its place.
    expect(out).toMatch(/<span class="c[0-9a-f]{6}" style="display: contents" slot="credit"><span slot="credit"/);
  });

  it('parses back to the same tree (no wrapper moved by the parser)', () => {
    expect(reparsed(out)).toBe(out);
  });

  it('is deterministic for a seed and different for another', () => {
    expect(redesignHtml(PAGE, 1)).toBe(out);
    const other = redesignHtml(PAGE, 2);
    expect(other).not.toBe(out);
    expect(annotations(other)).toEqual(annotations(PAGE));
  });

  it('a div would have been moved out of a <p>: the reparse check can fail', () => {
    const bad = out.replace(/<span (class="c[0-9a-f]{6}" style="display: contents")>(<a href="\/u\/mara"[^]*?<\/a>)<\/span>/, '<div $1>$2</div>');
    expect(bad).not.toBe(out);
    expect(reparsed(bad)).not.toBe(bad);
  });
});

describe('redesignHtml on every fixture', () => {
  const fixtures = listFixtures();
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(20));

  for (const f of fixtures) {
    it(`${f.site}/${f.name}`, () => {
      const out = redesignHtml(f.html, 1);
      expect(out.split('\n')[0]).toBe(f.html.split('\n')[0]);
      // Same annotations on as many elements, same text, same kept attributes.
      expect(annotations(out)).toEqual(annotations(f.html));
      expect(texts(out).replace(/\s+/g, ' ')).toBe(texts(f.html).replace(/\s+/g, ' '));
      expect(kept(out)).toEqual(kept(f.html));
      // Nothing a site file could select by is left.
      const before = els(f.html);
      const after = els(out);
      const classes = (list: El[]) => new Set(list.flatMap((e) => (e.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean)));
      const afterClasses = classes(after);
      for (const c of classes(before)) expect(afterClasses.has(c), `class ${c}`).toBe(false);
      const testIds = (list: El[]) => new Set(list.flatMap((e) => e.attrs.filter((a) => TEST_ID_ATTRS.has(a.name) && a.value).map((a) => a.value)));
      const afterIds = testIds(after);
      for (const t of testIds(before)) expect(afterIds.has(t), `test id ${t}`).toBe(false);
      const dataNames = (list: El[]) => new Set(list.flatMap((e) => e.attrs.map((a) => a.name).filter((n) => n.startsWith('data-') && !TEST_ID_ATTRS.has(n) && !ANNOTATION_ATTRS.has(n))));
      const afterData = dataNames(after);
      for (const n of dataNames(before)) expect(afterData.has(n), n).toBe(false);
      const customTags = (list: El[]) => new Set(list.map((e) => e.tagName).filter((t) => t.includes('-') && !/^(font-face|missing-glyph|color-profile|annotation-xml)/.test(t)));
      const afterTags = customTags(after);
      for (const t of customTags(before)) expect(afterTags.has(t), t).toBe(false);
      expect(afterTags.size).toBe(customTags(before).size);
      // One wrapper per wrapped element, nothing else added or removed.
      const wrappers = after.filter((e) => e.attrs.some((a) => a.name === 'style' && a.value === 'display: contents') && e.attrs[0]?.name === 'class' && e.attrs.length <= 3);
      expect(after.length - wrappers.length).toBe(before.length);
      expect(reparsed(out)).toBe(out);
      expect(redesignHtml(f.html, 1)).toBe(out);
      expect(redesignHtml(f.html, 7)).not.toBe(out);
    });
  }
});
