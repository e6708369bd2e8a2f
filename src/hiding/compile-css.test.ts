import { describe, expect, it } from 'vitest';
import { compileHoverRules, compileKindRules, compileShadowCss, compileSiteCss } from './compile-css';

describe('hiding rules leave icons beside a count visible', () => {
  // A count found by text can share its element with an icon (`<button><svg/>12</button>`):
  // the element is marked, so whatever the rule does to it, it does to the icon too.
  it('blurs with the text fill colour only, never `color` (icons use fill: currentColor)', () => {
    const css = [compileKindRules('likes', ['.count']), compileShadowCss({ likes: ['.count'] }, [], 'blur'), compileShadowCss({ likes: ['.count'] }, [], 'hover')].join('\n');
    expect(css).toContain('-webkit-text-fill-color:transparent');
    expect(css).not.toMatch(/(^|[;{])color:/m);
  });

  it('keeps direct svg children of marked elements visible with the hide style', () => {
    const css = compileSiteCss({ id: 'demo', metrics: {} });
    expect(css).toContain('html[data-unscored-style="hide"] [data-unscored-mark] > svg{visibility:visible!important}');
  });
});

describe('one rule per selector serves every hiding style', () => {
  it('blurs by default and reads the style from custom properties', () => {
    const css = compileKindRules('likes', ['.count', 'a > b']);
    expect(css.split('\n')).toEqual([
      expect.stringMatching(/^html:not\(\[data-unscored-show~="likes"\]\):not\(\[data-unscored-show~="all"\]\) \.count\{/),
      expect.stringMatching(/^html:not\(\[data-unscored-show~="likes"\]\):not\(\[data-unscored-show~="all"\]\) a > b\{/),
    ]);
    // Fail closed: with no property set, the fallbacks are the blur.
    expect(css).toContain('-webkit-text-fill-color:var(--unscored-fill,transparent)!important');
    expect(css).toContain('background-image:var(--unscored-smudge,radial-gradient(');
    expect(css).toContain('visibility:var(--unscored-visibility,inherit)!important');
  });

  it('the hide style is a property set on <html>', () => {
    expect(compileSiteCss({ id: 'demo', metrics: {} })).toContain('html[data-unscored-style="hide"]{--unscored-visibility:hidden;--unscored-smudge:none}');
  });

  it('the hover reveal sets the properties on the number, or inside a focused control', () => {
    expect(compileHoverRules(['.count, .n']).split('\n')).toEqual([
      '.count:hover{--unscored-fill:currentcolor;--unscored-smudge:none;--unscored-visibility:inherit}',
      ':focus-visible .count{--unscored-fill:currentcolor;--unscored-smudge:none;--unscored-visibility:inherit}',
      '.n:hover{--unscored-fill:currentcolor;--unscored-smudge:none;--unscored-visibility:inherit}',
      ':focus-visible .n{--unscored-fill:currentcolor;--unscored-smudge:none;--unscored-visibility:inherit}',
    ]);
  });
});
