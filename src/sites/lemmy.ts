import { defineSite } from './types';

// Lemmy (lemmy-ui, Inferno, server-rendered then hydrated). Every instance runs the same front
// end, so these rules are written against lemmy-ui's own class names and routes, never a host:
// the platform fingerprint applies this file to any host it finds running Lemmy. Modelled on
// LemmyNet/lemmy-ui `src/shared/components/`: common/vote-buttons.tsx (@58e8a1c and @094429f),
// common/vote-display.tsx, common/badges.tsx (@02fe52b), post/post-action-bar.tsx (@01c948e),
// post/post-listing-list.tsx, community/communities.tsx (@012731a), comment/comment-node.tsx
// (0.19 and @026545b), person/profile.tsx, common/markdown-textarea.tsx (@02fcfa2).
// Flagship hosts: lemmy.world (the largest instance) and lemmy.ml (the developers' own), then
// long-running general and topical instances with large user counts: sh.itjust.works,
// programming.dev, beehaw.org, feddit.org (the largest German-language one), lemmy.dbzer0.com.
const INSTANCES = ['lemmy.world', 'lemmy.ml', 'sh.itjust.works', 'programming.dev', 'beehaw.org', 'feddit.org', 'lemmy.dbzer0.com'];

export default defineSite({
  id: 'lemmy',
  name: 'Lemmy',
  optional: true,
  matches: INSTANCES.map((h) => `https://${h}/*`),
  metrics: {
    scores: [
      // Post listing (list and card views): the score between the up and down arrows
      // (vote-buttons.tsx `VoteButtons`: `.vote-bar > .post-score`). Stable since 0.17.
      '.vote-bar .post-score',
      // Compact vote buttons (card view action bar, comments): the count inside the arrow button
      // (`VoteButtonsCompact`: `button.btn-animate[aria-pressed] > span.ms-2`, "invisible" at 0).
      'button.btn-animate[aria-pressed] > span.ms-2',
      // Comment header (0.19): the bold score before the "•" (aria-label "12 points").
      '.comment-node .fw-bold[aria-label]',
      // vote-display.tsx (0.19.4+): the score / upvote % / up and down counts beside their icons,
      // each a span with the count in its aria-label.
      '.comment-node span.unselectable[aria-label]',
      '.comment-node span.unselectable > span[aria-label]',
    ],
    replies: [
      // Comments button in every listing: "<icon>12" (title "12 comments"); its link goes to the
      // post with ?scrollToComments=true, which nothing else links to.
      'a[href*="?scrollToComments=true"]',
    ],
    followers: [
      // Site and community sidebars (badges.tsx): "1.2K users / day", "12K subscribers",
      // "80K posts", "1M comments". `ul.badges > li.badge`: the Modlog item is a plain li whose
      // link carries the badge class, so it stays.
      'ul.badges > li.badge',
      // Profile (profile.tsx): "1,234 Posts", "5,678 Comments" badges under the bio.
      '.person-profile li.list-inline-item.badge',
      // /communities (communities.tsx): the table's bare numbers under "Subscribers",
      // "Users / Month", "Posts", "Comments"; the last cell (the Subscribe link) is not one.
      '#community_table > tbody > tr > td:not(:has(a, button))',
    ],
    unread: [
      // Navbar: the badge on the inbox bell (navbar.tsx); the link's title names the count.
      'a[href="/inbox"] .badge',
    ],
  },
  scrub: [
    // The tooltip text lives in data-tippy-content (not read aloud); the inbox link's title is
    // "3 unread messages", scrubbed as a metric phrase without a rule.
    { selector: 'a[href*="?scrollToComments=true"][title]', attributes: ['title'] },
  ],
  composer: {
    // markdown-textarea.tsx: `form.markdown-textarea` with a textarea whose id is
    // "markdown-textarea-<random>"; the submit button says "Post" (top-level) or "Reply".
    textbox: ['form.markdown-textarea textarea'],
    submit: ['form.markdown-textarea button[type="submit"]'],
    // handleKeyBinds: Ctrl/Cmd+Enter calls handleSubmit directly (no submit event).
    shortcut: 'mod+enter',
  },
  postPages: [/^\/post\/\d+/, /^\/comment\/\d+/],
  notes:
    'Modelled on lemmy-ui source (0.19 and the 1.0 branch): post scores between the vote arrows, compact vote counts, comment scores ' +
    '(aria-label "N points"), the comments button (title "N comments"), site/community sidebar badges, profile post/comment counts, ' +
    'the /communities table, the inbox badge. Only the site file catches the /communities table cells (bare numbers under a header ' +
    'in <thead>). Guessed: the inbox badge markup (navbar.tsx changes often) and the profile container classes. Not covered: the ' +
    'vote tooltips (data-tippy-content, shown by tippy.js on hover; the engine catches the tooltip text once it is in the page). ' +
    'Hosts: the largest instances; any other Lemmy host gets this file through the platform fingerprint.',
});
