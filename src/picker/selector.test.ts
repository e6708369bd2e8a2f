import { beforeEach, describe, expect, it } from 'vitest';
import { checkOnPage, descriptors, selectorLadder } from './selector';
import { candidateFor, allCandidates, looksLikeCount } from './candidates';

const post = (n: number, count: string) => `
  <article data-testid="tweet" class="css-175oi2r r-18u37iz">
    <div class="css-1dbjc4n"><span class="css-1jxf684">Post ${n} text that is long enough not to be a number at all</span></div>
    <div role="group" class="css-175oi2r">
      <div class="css-175oi2r"><a href="/someone/status/${n}/listeners" class="css-4rbku5"><span class="css-1jxf684 r-n6v787">
        <span class="listener-count">${count}</span></span></a></div>
      <div class="css-175oi2r"><button data-testid="reply" aria-label="Reply"><svg></svg></button></div>
    </div>
  </article>`;

beforeEach(() => {
  document.body.innerHTML = `<div id="react-root"><main role="main">${post(1, '12')}${post(2, '1.2K')}${post(3, '7')}</main>
    <aside><span class="css-9">2024</span></aside></div>`;
});

const target = (i: number) => document.querySelectorAll('.listener-count')[i];

describe('descriptors', () => {
  it('uses stable hooks and skips obfuscated classes, digits and user names', () => {
    const a = document.querySelector('a')!;
    expect(descriptors(a)).toEqual(['a[href$="/listeners"]', 'a']);
    expect(descriptors(target(0))).toEqual(['span.listener-count', 'span']);
    expect(descriptors(document.querySelector('button')!)).toEqual([
      '[data-testid="reply"]',
      'button[aria-label="Reply"]',
      'button',
    ]);
  });

  it('never uses an attribute it was not told about, nor ours', () => {
    const el = target(0);
    el.setAttribute(['data', 'expect'].join('-'), 'metric'); // a fixture annotation
    el.setAttribute('data-unscored-mark', 'likes');
    el.classList.add('unscored-picked');
    const all = selectorLadder(el).map((o) => o.selector).join(' ');
    expect(all).not.toMatch(/expect|unscored/);
  });

  it('a lone path segment (a user name) is not a hook', () => {
    document.body.innerHTML = '<a href="/elonmusk"><span>5</span></a>';
    expect(descriptors(document.querySelector('a')!)).toEqual(['a']);
  });
});

describe('selectorLadder', () => {
  it('goes from one element to every post, each step matching the picked one', () => {
    const ladder = selectorLadder(target(1));
    expect(ladder.length).toBeGreaterThanOrEqual(2);
    const counts = ladder.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(counts.length);
    expect(counts[0]).toBe(1);
    expect(counts).toContain(3);
    for (const o of ladder) {
      const found = [...document.querySelectorAll(o.selector)];
      expect(found, o.selector).toContain(target(1));
      expect(found).toHaveLength(o.count);
    }
    // The narrowest one is positional; the general ones are not.
    expect(ladder[0].selector).toMatch(/nth-of-type/);
    expect(ladder.find((o) => o.count === 3)!.selector).not.toMatch(/nth-of-type/);
  });

  it('never offers a selector that hides the whole page, or post text', () => {
    for (const o of selectorLadder(target(0))) {
      expect(checkOnPage(o.selector, document)).toBeNull();
      for (const el of document.querySelectorAll(o.selector)) expect(el.textContent!.length, o.selector).toBeLessThan(80);
    }
  });
});

describe('checkOnPage', () => {
  it.each([
    ['html', /whole page/],
    ['body', /whole page/],
    ['#react-root', /most of the page/],
    ['main, aside', /most of the page/],
    ['[[[', /not a valid/],
  ])('%s is refused', (sel, why) => {
    // Enough elements for "most of the page" to mean something.
    document.querySelector('aside')!.append(...Array.from({ length: 5 }, () => document.createElement('i')));
    expect(checkOnPage(sel, document)).toMatch(why);
  });

  it('too many matches is refused', () => {
    document.body.append(...Array.from({ length: 600 }, () => document.createElement('b')));
    expect(checkOnPage('b', document)).toMatch(/matches 600 elements/);
  });

  it('a number is fine', () => {
    expect(checkOnPage('.listener-count', document)).toBeNull();
  });
});

describe('candidates', () => {
  it('from an element near a number to the smallest element holding it', () => {
    expect(candidateFor(document.querySelector('a'))).toBe(target(0));
    expect(candidateFor(target(2))).toBe(target(2));
  });

  it('post text, icons without a number, and the page are not candidates', () => {
    expect(candidateFor(document.querySelector('article div span'))).toBeNull();
    document.body.insertAdjacentHTML('afterbegin', '<header><nav><a href="/home"><div><svg></svg></div><span>Home</span></a></nav></header>');
    expect(candidateFor(document.querySelector('header svg'))).toBeNull();
    expect(candidateFor(document.body)).toBeNull();
  });

  it.each(['1.4K', '212', '(3)', '12,345 followers', '1.2K tuned in', '2,5 Mio.', '99+', '7'])('%j reads as a count', (t) => {
    expect(looksLikeCount(t)).toBe(true);
  });

  it.each(['Top 10 trail routes', '3h', '12:04', 'iOS 18', '@runner_2024', 'Send 2', '5 km in 27 minutes', 'Home'])('%j does not', (t) => {
    expect(looksLikeCount(t)).toBe(false);
  });

  it('drafts are not candidates', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>12</p></div><textarea>5</textarea>';
    expect(candidateFor(document.querySelector('p'))).toBeNull();
  });

  it('lists every number in document order, ours excluded', () => {
    const ours = document.createElement('unscored-picker');
    ours.textContent = '99';
    document.body.append(ours);
    const list = allCandidates(document, (el) => el === ours, () => true);
    expect(list.map((e) => e.textContent)).toEqual(['12', '1.2K', '7', '2024']);
  });
});
