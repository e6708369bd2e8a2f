import { defineSite } from './types';

// Ghost (server-rendered Handlebars themes: every publication has its own markup, so this file
// keys only on what Ghost itself puts in the page, never on a theme's classes or a host). The
// platform fingerprint applies it to any publication it finds running Ghost. Modelled on
// TryGhost/Ghost: `core/frontend/src/comment-counts/comment-counts.js` (@1023226: the
// `{{comment_count}}` helper leaves a `<script data-ghost-comment-count>` marker that this script
// replaces with a `<span>` holding "12 comments", or a bare "12" when the theme passes empty
// singular/plural words) and the comments section's anchor `#ghost-comments-root` (comments-ui's
// root; Ghost's own newsletters and the Substack migrator link comment counts to it).
// Flagship hosts: ghost.org (the project's own blog), then well-known publications on Ghost(Pro):
// 404media.co, www.platformer.news, www.citationneeded.news.
const PUBLICATIONS = ['ghost.org', '404media.co', 'www.platformer.news', 'www.citationneeded.news'];

export default defineSite({
  id: 'ghost',
  name: 'Ghost',
  optional: true,
  matches: PUBLICATIONS.map((h) => `https://${h}/*`),
  metrics: {},
  text: [
    // A comment count linking to the comments section: often a bare "12" beside a speech-bubble
    // icon (no noun, no label), which only this scope finds. A scope, not a rule, because the
    // same link may say "Join the discussion" when there are none.
    { within: 'a[href$="#ghost-comments-root"]', kind: 'replies', bare: true },
  ],
  notes:
    'Modelled on Ghost source: comment counts rendered by comment-counts.js ("12 comments", found by the recogniser) and ' +
    'counts in links to #ghost-comments-root (bare numbers, found only by this file\'s scope). Guessed: how themes wrap the ' +
    'count (Casper/Source-like markup in the fixtures). Not covered: the comments themselves (comments-ui renders them in an ' +
    'about:blank iframe the content script does not run in), member counts (Ghost prints none by default; themes that ' +
    'write "Join 12,000 subscribers" are left to the recogniser). No composer: commenting happens inside that iframe.',
});
