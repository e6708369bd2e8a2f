import { defineSite } from './types';

// Tumblr (www.tumblr.com: dashboard, blog view, post pages), the React web app ("Redpop").
// Its class names are hashed CSS-module names that change with every deploy (tools such as
// XKit Rewritten resolve them at run time from Tumblr's own CSS map), so nothing here uses a
// class. The stable hooks are the ones XKit Rewritten (AprilSylph/XKit-Rewritten, 2024-2026:
// utils/interface.js, features/classic_footer, tweaks/hide_*) and a 2024 userscript
// ("Tumblr: Activity# in tab title", YellowAfterlife) key on:
// - a post is `[tabindex="-1"][data-id]` holding an `article` whose `footer` holds the controls;
// - each control is known by its icon, an SVG `<use href="#managed-icon__…">`: ds-reply-outline-24
//   (reply), ds-reblog-24 or ds-queue-add-24 (reblog), ds-like-outline-24 (like; ds-like-filled
//   when liked, guessed), lightning (Activity in the nav), home;
// - nav badges are `<div role="status">3</div>` beside the icon;
// - your own blog's follower count is a link to `…/followers` in the nav's blog menu.
// Footers come in two shapes: the 2025 one shows a count per control (in the button, or in a
// count button right after it), the older one a single "1,234 notes" beside icon-only controls.

/** The icon of each footer control (prefixes: outline and filled variants). */
const REPLY = 'use[href^="#managed-icon__ds-reply"]';
const REBLOG = ':is(use[href^="#managed-icon__ds-reblog"], use[href="#managed-icon__ds-queue-add-24"])';
const LIKE = 'use[href^="#managed-icon__ds-like"]';

/** Post footers and the tabs of an open notes panel (Replies / Reblogs / Likes). */
const BARS = ':is(article footer, [role="tablist"])';

/**
 * The span that holds one control's count inside the control (a button or link with the icon);
 * the span wrapping the icon is skipped, so the icon stays visible. The rule ends on `span` so
 * the browser only tries it on spans (a universal `:not(...)` at the end would be tried on every
 * element of an endless dashboard). Breaks if the count moves out of the control or out of a
 * span; the bare-number scopes below catch it then.
 */
const inControl = (icon: string) => `${BARS} :is(button, a):has(${icon}) > span:not(:has(svg))`;
/** 2025 footer variant: the count is a button of its own right after the control (no icon). */
const afterControl = (icon: string) => `article footer :is(button, a):has(${icon}) + button:not(:has(svg))`;
/**
 * For the text fallback: the nearest element holding this control's icon and no other
 * control's, i.e. the control, or its wrapper holding the control and its count button.
 */
const only = (icon: string, others: string) => `${BARS} :has(${icon}):not(:has(${others}))`;

export default defineSite({
  id: 'tumblr',
  name: 'Tumblr',
  // Blogs on *.tumblr.com and custom domains use their own themes (no shared markup): add them as
  // custom sites, where the "1,234 notes" text pattern applies.
  matches: ['https://www.tumblr.com/*'],
  metrics: {
    replies: [
      inControl(REPLY), // reply count inside the reply button (2025 footer), notes-panel tab
      afterControl(REPLY), // reply count as its own button after the reply button
    ],
    reposts: [
      inControl(REBLOG), // reblog count inside the reblog button or link (`a[href*="/reblog/"]`)
      afterControl(REBLOG),
    ],
    likes: [
      inControl(LIKE), // like count inside the like button (outline or filled heart)
      afterControl(LIKE),
    ],
    followers: [
      // Your own blog's menu in the nav: "Followers 108". The count is the link's last child
      // (structure guessed: label first); the bare-number scope below catches it otherwise.
      // (Not `:last-child`: that would make the browser restyle siblings as a feed grows.)
      'a[href^="/blog/"][href$="/followers"] > span:not(:first-child)',
    ],
    unread: [
      // Badges on the nav's icon links and buttons (Activity, Home's new posts, Inbox, the
      // mobile menu): `<div role="status">3</div>`. Breaks if the badge loses its role.
      ':is(a, button, li):has(use[href^="#managed-icon__"]) [role="status"]',
    ],
    // scores: no selector; see the text scope for "1,234 notes".
  },
  text: [
    // Bare counts of each control, whatever the markup around them: the kind is the icon's.
    { within: only(REPLY, `${LIKE}, ${REBLOG}`), kind: 'replies', bare: true },
    { within: only(REBLOG, `${LIKE}, ${REPLY}`), kind: 'reposts', bare: true },
    { within: only(LIKE, `${REPLY}, ${REBLOG}`), kind: 'likes', bare: true },
    // Your blog's follower count, wherever it sits inside the link.
    { within: 'a[href^="/blog/"][href$="/followers"]', kind: 'followers', bare: true },
    // The older footer's "1,234 notes" (XKit: `noteCountContainer > span`, hashed classes only):
    // found by its noun, which the text patterns know as a score. Declared for the record; not
    // bare, so no noun-less number in a footer is taken for a note count.
    { within: 'article footer', kind: 'scores' },
  ],
  scrub: [
    // Footer controls and count buttons whose labels carry the count ("882 likes"; guessed).
    { selector: 'article footer :is(button, a)[aria-label]', attributes: ['aria-label'] },
  ],
  // "(3) Tumblr": new posts on the dashboard (XKit's hide_following_notification_badge).
  titleCount: true,
  // The post editor (block editor in a dialog, "Post now") and the replies box under a post
  // ("Reply"). Guessed (G): the aria-labels are what the editor announces, not seen in a source.
  composer: {
    textbox: ['[role="dialog"] [contenteditable="true"][aria-label]', 'textarea[aria-label^="Reply" i]'],
    submit: ['[role="dialog"] button[aria-label="Post now"]', 'button[aria-label="Reply"]'],
  },
  notes:
    'Footer reply/reblog/like counts (2025 footer, in the button or as a count button after it, found by the controls\' icons), the older footer\'s "1,234 notes" and "1 note" (by text), notes-panel tab counts, nav badges (Activity, Home, Inbox), your blog\'s follower count in the nav, the "(3)" title prefix, counts in footer labels. ' +
    'Guessed, not seen in a source: the count\'s place inside a control, the notes-panel tabs\' markup, counts in footer aria-labels, the follower link\'s inner structure. ' +
    'Not covered: the posts count and the Activity link in your blog\'s menu, blogs on *.tumblr.com and custom domains (their own themes: add them as custom sites). Pause before posting: the post editor (a contenteditable block editor with a "Post now" button) and replies (a textarea with a "Reply" button), modelled from the 2025 editor as seen, guessed hooks; the recogniser carries them.' +
    ' Whose numbers: real (XKit Rewritten\'s hook): the blog menu\'s followers link names your blog and is your count; modelled on our fixtures: posts labelled "Post by <blog>" (English; other languages leave posts unmarked, so split counts stay hidden).',
  owners: {
    // Real (XKit Rewritten keys on it): the nav's blog menu links to your own blog's followers.
    account: [{ selector: 'a[href^="/blog/"][href$="/followers"]', from: 'attr:href', pattern: /^\/blog\/([^/]+)\/followers$/ }],
    authors: [
      // Modelled on our fixtures: a post's article is labelled "Post by <blog>" (English; other
      // languages leave posts unmarked, so their split counts stay hidden).
      { within: 'article[aria-label]', name: { selector: ':scope', from: 'attr:aria-label', pattern: /^Post by (\S+)$/ } },
    ],
    // That followers link is your own blog's count.
    mine: ['a[href^="/blog/"][href$="/followers"]'],
    // Your blog's activity (notes on your posts, new followers) and the notifications page:
    // guessed addresses (/blog/<name>/activity as Tumblr has long had it; /activity and
    // /notifications as newer links may name it).
    minePages: [/^\/blog\/[^/]+\/activity(?:\/|$)/, /^\/(?:activity|notifications)(?:\/|$)/],
  },
  postPages: [/^\/[^/]+\/\d+/],
});
