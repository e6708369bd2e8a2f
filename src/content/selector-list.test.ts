import { describe, expect, it } from 'vitest';
import { SelectorList } from './selector-list';

describe('SelectorList', () => {
  const doc = document;
  const el = (html: string) => {
    const host = doc.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild!;
  };

  it('matches any of its selectors', () => {
    const list = new SelectorList(['span.count', '[data-testid="like"]'], doc);
    expect(list.matches(el('<span class="count">12</span>'))).toBe(true);
    expect(list.matches(el('<b data-testid="like">12</b>'))).toBe(true);
    expect(list.matches(el('<span class="name">Mara</span>'))).toBe(false);
  });

  it('a selector the browser rejects does not void the others', () => {
    const list = new SelectorList(['span.count', 'a:::nonsense(', '[data-testid="like"]'], doc);
    expect(list.matches(el('<span class="count">12</span>'))).toBe(true);
    expect(list.matches(el('<b data-testid="like">12</b>'))).toBe(true);
    expect(list.matches(el('<i>12</i>'))).toBe(false);
  });

  it('only rejected selectors, or none: matches nothing and never throws', () => {
    expect(new SelectorList(['a:::nonsense('], doc).matches(el('<a>1</a>'))).toBe(false);
    const none = new SelectorList([], doc);
    expect(none.empty).toBe(true);
    expect(none.matches(el('<a>1</a>'))).toBe(false);
  });

  it('says whether a selector depends on content', () => {
    const list = new SelectorList(['button:has(svg)', 'span'], doc);
    expect(list.some((s) => s.includes(':has('))).toBe(true);
    expect(new SelectorList(['span'], doc).some((s) => s.includes(':has('))).toBe(false);
  });
});
