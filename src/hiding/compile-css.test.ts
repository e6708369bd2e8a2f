import { describe, expect, it } from 'vitest';
import { compileKindRules, compileShadowCss, compileSiteCss } from './compile-css';

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
