import { describe, expect, it } from 'vitest';
import { ATTR_HINT, ATTR_OWNER, compileHintCss, compileOwnerCss, hintOf } from './compile-owners';

const metrics = { likes: ['[data-testid="like"] span'], followers: ['a[href$="/followers"] > span'] };
const WORDS = { none: 'none', one: 'one', some: 'some' };

describe('compileOwnerCss', () => {
  it('nothing for kinds hidden for everyone or shown', () => {
    expect(compileOwnerCss(metrics, {})).toBe('');
  });

  it('"only mine": hides likes outside others\' posts and inside mine, only while <html> reveals likes', () => {
    const css = compileOwnerCss(metrics, { likes: 'mine' });
    expect(css).toContain(`html[data-unscored-show~="likes"] [data-testid="like"] span:is(:not([${ATTR_OWNER}="others"] *), [${ATTR_OWNER}="mine"] *){`);
    // The text-pattern marks of the kind too.
    expect(css).toContain('[data-unscored-mark~="likes"]:is(');
    expect(css).toContain('visibility:var(--unscored-visibility,inherit)');
    expect(css).not.toContain('followers');
  });

  it('"only others\'": the reverse', () => {
    const css = compileOwnerCss(metrics, { followers: 'others' });
    expect(css).toContain(`a[href$="/followers"] > span:is(:not([${ATTR_OWNER}="mine"] *), [${ATTR_OWNER}="others"] *){`);
  });

  // Which counts these rules hide is checked in real browsers (e2e/owners.spec.ts, both ways on
  // ten sites): happy-dom gets `:not(<complex selector>)` wrong (it matches "[a] *" inside "[a]").
});

describe('compileHintCss', () => {
  it('a mark after each hidden count, with the words as CSS strings', () => {
    const css = compileHintCss(metrics, [], {}, { none: 'keine', one: 'eine', some: 'einige "x"' });
    expect(css).toContain(`[${ATTR_HINT}="one"]{--unscored-hint-text:"eine"}`);
    expect(css).toContain('--unscored-hint-text:"einige x"');
    expect(css).toContain(`html[data-unscored-style="hint"] [data-testid="like"] span[${ATTR_HINT}]::after{content:var(--unscored-hint-text)!important`);
  });

  it('no mark on shown kinds; split kinds only where hidden', () => {
    const css = compileHintCss(metrics, ['likes', 'followers'], { followers: 'mine' }, WORDS);
    expect(css).not.toContain('like"] span');
    expect(css).toContain(`a[href$="/followers"] > span[${ATTR_HINT}]:is(:not([${ATTR_OWNER}="others"] *), [${ATTR_OWNER}="mine"] *)::after`);
    expect(compileHintCss(metrics, ['all'], {}, WORDS)).toBe('');
  });
});

describe('hintOf', () => {
  it.each([
    ['', 'none'], ['0', 'none'], ['Like', 'none'], ['0 likes', 'none'],
    ['1', 'one'], ['1 reply', 'one'], ['1 Kommentar', 'one'],
    ['2', 'some'], ['12', 'some'], ['1.2K', 'some'], ['1K', 'some'], ['1,204', 'some'], ['1 Mio.', 'some'],
    ['1.5', 'some'], ['10', 'some'], ['1万', 'some'], ['View all 48 comments', 'some'],
  ])('%j is %s', (text, want) => {
    expect(hintOf(text)).toBe(want);
  });
});
