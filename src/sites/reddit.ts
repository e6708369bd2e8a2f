import { defineSite } from './types';

// Reddit: the shreddit web components (www.reddit.com) and old.reddit.com. See
// ../shared/SITES.md (S3, S9, S10, S11). On shreddit the visible post and comment numbers live
// in open shadow roots, out of reach of page CSS: the `shadow` rules are injected into them.
// The `score` / `comment-count` / `number` attributes are data, never shown: left alone.
export default defineSite({
  id: 'reddit',
  name: 'Reddit',
  matches: [
    'https://www.reddit.com/*',
    'https://old.reddit.com/*',
    'https://new.reddit.com/*',
    'https://sh.reddit.com/*',
  ],
  // Embedded posts and comments on other sites' pages.
  embeds: ['https://embed.reddit.com/*'],
  metrics: {
    scores: [
      // Light-DOM counts outside the places below (search results' counter row, hover cards).
      // faceplate-number is Reddit's number formatter: it shows nothing but counts.
      'faceplate-number:not(#right-sidebar-container *, shreddit-subreddit-header *, [data-testid="community-stats"] *)',
      '[data-testid="karma-number"]', // user profile sidebar: post/comment karma (guess, G)
      // old.reddit: the vote column and "123 points" lines of links and comments.
      '.thing .midcol .score', // breaks only if old.reddit changes (frozen since 2018)
      '.thing .tagline .score', // comment "12 points"
      '.linkinfo .score', // comments page sidebar: "1,234 points (95% upvoted)"
      '.userkarma', // header: "user (1,234)"
    ],
    replies: [
      // old.reddit: "123 comments" is the link's own text, so the whole link is blurred (still
      // clickable); "comment" with no count has no digit and stays as it is.
      '.thing .buttons a.comments:not(.empty)', // "comment" (no count) has .empty and stays readable
      '.commentarea .panestack-title .title', // comments page heading: "all 1097 comments"
      '.comment .tagline .numchildren', // collapsed comment: "(3 children)"
    ],
    followers: [
      // Community sidebar / header: members, online, weekly visitors and contributions.
      ':is(#right-sidebar-container, shreddit-subreddit-header, [data-testid="community-stats"]) faceplate-number',
      // old.reddit sidebar: "5,134,521 readers", "1,234 users here now".
      '.side :is(.subscribers, .users-online) .number',
    ],
    unread: [
      'dynamic-badge', // header chat/inbox badges (custom element; shows only the number)
      '#header .message-count', // old.reddit mail count
    ],
  },
  shadow: [
    {
      host: 'shreddit-post',
      metrics: {
        // The vote group's number; `rpl-action-bar` is the 2026 action bar.
        scores: [
          '[data-post-click-location="vote"] faceplate-number',
          'rpl-action-bar faceplate-number:first-of-type',
        ],
        replies: [
          '[data-post-click-location="comments-button"] faceplate-number',
          'rpl-action-bar faceplate-number:not(:first-of-type)',
        ],
      },
    },
    {
      // A comment's action row: its vote number (the comment itself has no visible count).
      host: 'shreddit-comment-action-row',
      metrics: { scores: ['faceplate-number'] },
    },
  ],
  text: [
    // Profile and community stats ("12,345 followers", "1.2K Online" has no noun we know, hence
    // the selectors above); search counter rows ("12 votes · 3 comments").
    { within: '#right-sidebar-container, shreddit-subreddit-header, [data-testid="search-counter-row"]' },
  ],
  scrub: [
    // old.reddit puts the exact score in the title of each vote number.
    { selector: '.thing .midcol .score[title], .thing .tagline .score[title]', attributes: ['title'] },
  ],
  titleCount: true,
  composer: {
    textbox: [
      'shreddit-composer div[role="textbox"][contenteditable="true"]',
      'form.usertext textarea[name="text"]', // old.reddit comments
    ],
    submit: [
      'shreddit-composer button[type="submit"]',
      'shreddit-composer button[slot="submit-button"]',
      'form.usertext button.save',
      '#newlink button[name="submit"]',
    ],
  },
  notes:
    'shreddit: post scores and comment counts (shadow roots), comment scores, community ' +
    'stats, karma, badges and the title count. old.reddit: scores, comment links, karma, ' +
    'readers.' +
    ' Whose numbers: real markup on old.reddit (header user link, data-author on posts and comments, the header karma is yours); shreddit posts and comments carry author="…", but their counts sit in shadow roots, where split kinds stay hidden for both owners; on shreddit the signed-in user is read from after-login-toast-dispatcher[username] (automation tools, 2026), a profile\'s sidebar card (followers, karma, contributions) is the profile\'s by its address, and a sidebar community row is the community\'s (the row is guessed).' +
    ' Inbox (old.reddit /message/inbox/, real template): messages carry data-author (the sender: theirs), the header karma and mail count are yours; a comment reply\'s "full comments (12)" (from memory of the page) is its thread\'s count, theirs. Not covered: a reply to your own post, whose "full comments" is your post\'s count but sits in the sender\'s message (read as theirs); new Reddit\'s notifications page (no markup to model it on).',
  owners: {
    // Real (old.reddit, frozen since 2018): the header names the user, "/user/<name>/".
    account: [
      { selector: '#header-bottom-right .user a[href*="/user/"]', from: 'attr:href', pattern: /^\/user\/([^/]+)/ },
      // shreddit: a light-DOM element that carries the signed-in user's name and nobody else's
      // (automation tools, "verified live" 2026-05/07; no box). Its siblings achievements-entrypoint
      // and community-author-flair carry a username too, but may be a profile's or a flair's: not read.
      { selector: 'after-login-toast-dispatcher[username]', from: 'attr:username' },
    ],
    authors: [
      // Real: every old.reddit post and comment carries data-author.
      { within: '.thing[data-author]', name: { selector: ':scope', from: 'attr:data-author' } },
      // Real: shreddit posts and comments carry author="…"; their counts sit in shadow roots,
      // which keep every count of a split kind hidden (the split rules do not reach inside).
      { within: 'shreddit-post[author], shreddit-comment[author]', name: { selector: ':scope', from: 'attr:author' } },
      // shreddit: a profile's sidebar card (followers, karma, contributions); the address names the
      // profile. Real: aside[aria-label="Profile information"] in #right-sidebar-contents and the
      // karma-number test id (userscripts and scrapers, 2025-26); the :has() form keeps it when the
      // label is translated.
      {
        within: 'aside[aria-label="Profile information"], #right-sidebar-container aside:has([data-testid="karma-number"])',
        name: { selector: 'url', from: 'text', pattern: /^\/u(?:ser)?\/([^/]+)/ },
      },
      // shreddit: a community row in the sidebar (a profile's "Moderator of these communities",
      // related communities): its member count is the community's. Read as "r/name", never a
      // user's name: always someone else's. Guessed: the row (an li with a shreddit-join-button).
      { within: '#right-sidebar-container li:has(shreddit-join-button)', name: { selector: 'a[href^="/r/"]', from: 'attr:href', pattern: /^\/(r\/[^/]+)\/?$/ } },
    ],
    // Real: old.reddit's header karma is the user's own.
    mine: ['#header-bottom-right .user'],
  },
  postPages: [/^\/r\/[^/]+\/comments\//],
});
