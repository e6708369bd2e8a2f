/**
 * Registry + settings -> CSS. Pure functions, run at build time (one stylesheet per site, listed
 * in the manifest so it applies before first paint) and at run time (shadow roots, custom
 * selectors).
 *
 * Hide first, reveal later: every rule hides unless <html> says otherwise. The content script
 * only ever *adds* attributes that reveal what the user chose to see:
 *   data-unscored-show="likes views …"  kinds the user shows here ("all" when the site is off)
 *   data-unscored-style="hide|hover"     the hiding style (absent: blur)
 * With no attributes (settings not read yet, unreadable, or the script failed) everything the
 * site file names is blurred: fail closed.
 *
 * The blur is transparent text over a soft grey smudge (a radial gradient), not CSS `filter`: a
 * filter gives every count its own compositing layer (measured 1.69x main-thread time on a
 * 1,000-post feed). A blurred `text-shadow` looks best but is not free either: on the X feed
 * bench one rule blurring the action-bar counts cost +6-8% task time (the blur is re-painted for
 * every count), while a gradient, an unblurred shadow or plain transparent text measured +0-1%
 * (README, Performance). Offset unblurred shadows leave the digits legible, so
 * the look is a gradient: it shows where a count is and nothing of its digits. The fill colour
 * is inherited, so nested spans are covered without a descendant selector, which would cost a
 * selector match on every element of the page; the smudge is the matched element's background.
 */
import { METRIC_KINDS, type MetricKind, type MetricSelectors, type Site } from '../sites/types';
import type { HidingStyle } from '../settings/schema';
import { splitTopLevel } from '../settings/repair';

export const ATTR_SHOW = 'data-unscored-show';
export const ATTR_STYLE = 'data-unscored-style';
/** Set by the content script on elements found by text patterns: the kind, e.g. "likes". */
export const ATTR_MARK = 'data-unscored-mark';
/** Pseudo-kind for the user's own selectors: shown only when the whole site is off. */
export const CUSTOM_KIND = 'custom';
export type HideKind = MetricKind | typeof CUSTOM_KIND;

// `color` is left alone: the fill colour alone makes the text transparent, and a count found by
// text may share its element with an icon (Mastodon's redesign: `<button><svg/>12</button>`)
// whose `fill: currentColor` must stay visible. The site's background colour stays too (a
// notification badge keeps its colour); only the image, its box and any text-shadow are ours: a
// site's own sharp shadow or `background-clip: text` would otherwise draw the digits again. The
// smudge is at most a few digits wide, so a count in a full-width block is not a line across it.
const SMUDGE = 'radial-gradient(closest-side,rgba(128,128,128,.55),rgba(128,128,128,.2) 65%,transparent)';
const BLUR =
  '-webkit-text-fill-color:transparent!important;text-shadow:none!important;' +
  `background-image:${SMUDGE}!important;` +
  'background-size:min(100%,4.5em) 100%!important;background-position:0 50%!important;' +
  'background-repeat:no-repeat!important;background-clip:border-box!important;background-origin:border-box!important;';
const HIDE = 'visibility:hidden!important;';

/**
 * One rule per selector does every style: the blur, or with `html[data-unscored-style="hide"]`
 * no smudge and `visibility: hidden` (which also takes the number out of what a screen reader
 * reads), or with "hover" no blur while the number is hovered or its control has keyboard focus.
 * The style lives in custom properties, set on <html> (inherited) or, for the hover reveal, on
 * the number itself. A rule per style instead would make the browser try three rules on every
 * candidate element as a feed grows (bench: -13 ms style on 1,000 posts with one).
 * Without the properties (no attributes yet, settings unreadable) this is the blur: fail closed.
 * In the blur style `visibility` is `inherit`: a number the site hides on its own element shows
 * as a smudge, never as digits.
 */
const HIDDEN =
  '-webkit-text-fill-color:var(--unscored-fill,transparent)!important;text-shadow:none!important;' +
  `background-image:var(--unscored-smudge,${SMUDGE})!important;` +
  'background-size:min(100%,4.5em) 100%!important;background-position:0 50%!important;' +
  'background-repeat:no-repeat!important;background-clip:border-box!important;background-origin:border-box!important;' +
  'visibility:var(--unscored-visibility,inherit)!important;';
// The hint style (issue 19) hides like "hide" until the content script has put its mark beside
// each count (src/hiding/compile-owners.ts): in this stylesheet, so it holds before first paint.
const STYLE_PROPERTIES =
  `html[${ATTR_STYLE}="hide"]{--unscored-visibility:hidden;--unscored-smudge:none}\n` +
  `html[${ATTR_STYLE}="hint"]{--unscored-visibility:hidden;--unscored-smudge:none}`;
/** What the hover style sets on a hovered number (or one in a focused control). */
const REVEALED = '--unscored-fill:currentcolor;--unscored-smudge:none;--unscored-visibility:inherit';
/** With the hide style, icons beside a count found by text stay visible (see BLUR). */
const KEEP_MARKED_ICONS =
  `html[${ATTR_STYLE}="hide"] [${ATTR_MARK}] > svg{visibility:visible!important}\n` +
  `html[${ATTR_STYLE}="hint"] [${ATTR_MARK}] > svg{visibility:visible!important}`;

/** Every kind's marker selector, so text-pattern finds are hidden by the same rules. */
export function markSelector(kind: HideKind): string {
  return `[${ATTR_MARK}~="${kind}"]`;
}

/**
 * One complex selector per entry: a site file's "a, b" becomes two. Each gets its own rule
 * (below) instead of one `:is(a, b, …)`: the browser files a plain selector under its rightmost
 * part (a test id, an attribute) and tries it only on matching elements, while an `:is()` list
 * is tried on every element of the page (measured: +70 ms of style recalculation on a 1,000-post
 * feed). Separate rules also mean one selector a browser rejects cannot void the others.
 */
function each(selectors: readonly string[]): string[] {
  return selectors.flatMap((s) => splitTopLevel(s)).map((s) => s.trim()).filter(Boolean);
}

/** Rules hiding these selectors unguarded (the caller guards them): the same declarations as every kind's. */
export function compileHiddenRules(selectors: readonly string[]): string {
  return each(selectors).map((s) => `${s}{${HIDDEN}}`).join('\n');
}

/** One complex selector per entry, as the rules use them. */
export function eachSelector(selectors: readonly string[]): string[] {
  return each(selectors);
}

/** The rules hiding one kind's selectors, guarded by the <html> attributes. */
export function compileKindRules(kind: HideKind, selectors: readonly string[]): string {
  const off = `html:not([${ATTR_SHOW}~="${kind}"]):not([${ATTR_SHOW}~="all"])`;
  return each(selectors)
    .map((s) => `${off} ${s}{${HIDDEN}}`)
    .join('\n');
}

/**
 * The hover style's reveal: the number itself hovered, or keyboard focus on the control around
 * it. Added by the content script only while the user has chosen that style, so the feed's
 * every candidate element does not try `:hover` and a `:focus-visible` ancestor search
 * otherwise. Without it the number stays blurred: fail closed.
 */
export function compileHoverRules(selectors: readonly string[]): string {
  return each(selectors)
    .flatMap((s) => [`${s}:hover{${REVEALED}}`, `:focus-visible ${s}{${REVEALED}}`])
    .join('\n');
}

/** The selectors per kind for a site, including text-pattern marks. */
export function kindSelectors(metrics: MetricSelectors): Record<MetricKind, string[]> {
  return Object.fromEntries(
    METRIC_KINDS.map((k) => [k, [...(metrics[k] ?? []), markSelector(k)]]),
  ) as Record<MetricKind, string[]>;
}

/** The stylesheet for one site (or, with no site, the generic one for custom sites). */
export function compileSiteCss(site?: Pick<Site, 'id' | 'metrics'>): string {
  const per = kindSelectors(site?.metrics ?? {});
  const header = `/* Unscored: ${site ? site.id : 'generic'} (generated from src/sites; do not edit) */`;
  return [header, STYLE_PROPERTIES, ...METRIC_KINDS.map((k) => compileKindRules(k, per[k])), compileKindRules(CUSTOM_KIND, [markSelector(CUSTOM_KIND)]), KEEP_MARKED_ICONS]
    .filter(Boolean)
    .join('\n') + '\n';
}

/**
 * CSS for inside a shadow root, where the <html> attributes cannot be seen: compiled for the
 * current settings and replaced whenever they change.
 */
export function compileShadowCss(metrics: MetricSelectors, shown: readonly string[], style: HidingStyle): string {
  const rules: string[] = [];
  for (const k of METRIC_KINDS) {
    const sels = metrics[k];
    if (!sels?.length || shown.includes(k) || shown.includes('all')) continue;
    for (const s of each(sels)) {
      // No hint marks inside shadow roots: the hint style hides there (fail closed).
      if (style === 'hide' || style === 'hint') rules.push(`${s}{${HIDE}}`);
      else if (style === 'hover') rules.push(`${s}:not(:hover,:focus-visible *){${BLUR}}`);
      else rules.push(`${s}{${BLUR}}`);
    }
  }
  return rules.join('\n');
}
