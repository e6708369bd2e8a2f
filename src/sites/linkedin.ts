import { defineSite } from './types';

// LinkedIn, 2026 markup: generated classes, posts are role=listitem sections in
// [data-testid="mainFeed"], icons carry data-token-id. Hooks are link targets, test ids and
// text. See ../shared/SITES.md (S3) and the capture linkedin.com--feed-2026-10.

/** Links to the member's own analytics: their text is a count and its label. */
/** A notification card about a post from your network (its actor is the post's author). */
const NETWORK_CARD = 'article.nt-card:has(a.nt-card__headline[href*="origin=SHARED_BY_YOUR_NETWORK"])';
const ANALYTICS = 'a:is([href*="/me/profile-views"], [href*="/analytics/creator"], [href*="/me/search-appearances"], [href*="/analytics/post-summary"])';
/** A profile's 2026 top card (component key as automation tools describe it, 2025-26). */
const TOP_CARD = '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]';
/** Only the member's own top card links to the intro editor (automation tools, 2025-26). */
const INTRO_EDIT = 'a:is([href*="/edit/intro/"], [href*="/edit/forms/intro/"])';

export default defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  metrics: {
    likes: [
      // A post's reactions line ("8 reactions", "Ana Example and 7 others"): the text under the
      // link to the reactions list, not the reaction icons beside it.
      'a[href*="/reactions/"] p',
    ],
    views: [
      // "Profile viewers 6" / "Post impressions 2" as the link's own text (left rail, 2026):
      // the link is the smallest element that shows the count.
      `${ANALYTICS}:not(:has(*))`,
      // Own profile's Analytics card and own posts: the bold count ("123 profile views").
      `${ANALYTICS} :is(strong, b)`,
    ],
    scores: [
      // Social Selling Index (/sales/ssi): the score, the four pillar scores, the ranks. Guess
      // (G): breaks with any class rename; the bare-number scope below remains.
      '[class*="ssi-"] [class*="__value"]',
      '[class*="ssi-rank"] strong',
    ],
  },
  text: [
    // Counts line under a post: "8 reactions · 2 comments · 3 reposts" (found by noun).
    { within: '[data-testid="mainFeed"] [role="listitem"]' },
    // Analytics links split as "<p>Profile viewers</p><p>6</p>".
    { within: ANALYTICS, bare: true, kind: 'views' },
    { within: '[class*="ssi-"]', bare: true, kind: 'scores' },
    // Nav badges: a bare number inside the nav links.
    { within: ':is(nav, header) a:is([href*="/notifications"], [href*="/messaging"], [href*="/mynetwork"], [href*="/jobs"])', bare: true, kind: 'unread' },
  ],
  scrub: [
    // "Notifications, 8 new notifications", "Messaging, 1 new notification".
    { selector: ':is(nav, header) a[aria-label]', attributes: ['aria-label'] },
  ],
  titleCount: true,
  composer: {
    textbox: [
      '[role="dialog"] [role="textbox"][contenteditable="true"]', // 2026 share box
      // 2026 comment box: a TipTap/ProseMirror editor in div[data-view-name="comment-box"]
      // (known from automation scripts), role=textbox, "Text editor for creating comment".
      '[data-view-name="comment-box"] .ProseMirror[contenteditable="true"]',
      'div.ql-editor[contenteditable="true"]', // pre-2026 share box and comment box
    ],
    // The 2026 "Comment" and "Post" buttons have hashed classes only: the recogniser finds
    // them by name (send words), so no selector here would be more than a guess.
    submit: ['button.share-actions__primary-action', '.comments-comment-box__submit-button'],
  },
  notes:
    'Reactions, comments and reposts lines, follower and connection counts (by text), own ' +
    'analytics (profile viewers, impressions, search appearances), the SSI page (guessed), ' +
    'badges and the title. The 2026 post composer selectors are unverified (G); the 2026 comment box is a TipTap editor whose "Comment" button has hashed classes only, found by the composer recogniser (modelled fixture).' +
    ' Whose numbers: modelled on the 2026 capture: the left rail\'s profile link names the member, a feed post\'s first /in/ or /company/ link is its actor, analytics links are the member\'s own; your own profile\'s 2026 top card (the one that offers to edit its intro; component key and links as automation tools describe them) names you by its Contact info link, and a profile\'s Interests entries are the companies\' and members\' they name; guessed: the pre-2026 class names, that only your own top card has the intro link, and that Interests keep their classic attributes.' +
    ' Notifications (classic markup, real class names from automation scripts): each article.nt-card\'s sentence is yours ("Mira and 12 others reacted to your post"), except a card about a post from your network (origin=SHARED_BY_YOUR_NETWORK, seen in a real headline; guessed to be the only such card), whose actor is its author and whose counts line (.nt-social-counts, guessed) is theirs.',
  owners: {
    account: [
      // The member's own profile (no left rail there, and the right rail's <aside> names other
      // members): the top card that offers to edit its intro is theirs, and its "Contact info"
      // link names them. First, so that the rail is never read on that page. Modelled on the 2026
      // top card as automation tools describe it (componentkey "…profile.card.ref<id>Topcard", an
      // intro editor link /in/<vanity or me>/edit/intro/ or /edit/forms/intro/, only on your own);
      // the classic top card (section[data-member-id]) is from scrapers too. Guessed: that every
      // own top card carries such a link, and that no other member's does.
      {
        selector: `:is(${TOP_CARD}, section[data-member-id], .pv-top-card):has(${INTRO_EDIT}) a[href*="/overlay/contact-info/"]`,
        from: 'attr:href',
        pattern: /^\/in\/([^/]+)\/overlay\/contact-info/,
      },
      // Modelled on the 2026 capture: the left rail's identity card links to the member's profile.
      { selector: 'aside a[href^="/in/"]', from: 'attr:href', pattern: /^\/in\/([^/]+)/ },
      // Guessed (the pre-2026 markup's class names): the feed's identity card.
      { selector: '.feed-identity-module a[href*="/in/"]', from: 'attr:href', pattern: /^\/in\/([^/]+)/ },
    ],
    authors: [
      // Modelled on the 2026 capture: a feed post is a listitem in mainFeed; its first profile or
      // company link is its actor (a reshare's original author comes later).
      {
        within: '[data-testid="mainFeed"] [role="listitem"]',
        name: { selector: 'a:is([href^="/in/"], [href^="/company/"])', from: 'attr:href', pattern: /^\/(?:in|company)\/([^/]+)/ },
      },
      // Guessed (pre-2026 class names): a feed update's actor link.
      { within: '.feed-shared-update-v2', name: { selector: 'a.update-components-actor__meta-link', from: 'attr:href', pattern: /^\/in\/([^/]+)/ } },
      // Guessed: a profile's top card; the address names the member.
      { within: '.pv-top-card, section[data-member-id]', name: { selector: 'url', from: 'text', pattern: /^\/in\/([^/]+)/ } },
      // The 2026 top card (component key as above): its "Contact info" link names the member, so
      // the card is judged by what it shows, not by an address a single-page app has moved on from.
      {
        within: TOP_CARD,
        name: { selector: 'a[href*="/overlay/contact-info/"]', from: 'attr:href', pattern: /^\/in\/([^/]+)\/overlay\/contact-info/ },
      },
      // A profile's Interests: each followed company, member, school or group with its follower
      // line (classic entry attributes, several scrapers; kept in 2026: guessed). Read with its
      // kind ("company/acme"), which is never a member's name: always someone else's.
      {
        within: '[data-view-name="profile-component-entity"]',
        name: { selector: 'a[data-field$="_interests"]', from: 'attr:href', pattern: /^\/((?:company|in|school|groups|showcase)\/[^/]+)/ },
      },
      // Notifications about a post from your network ("Kai Chen posted: …", origin=
      // SHARED_BY_YOUR_NETWORK as scraped from a real headline): the card's actor is its author.
      {
        within: NETWORK_CARD,
        name: { selector: 'a[data-view-name="notification-card-image"]', from: 'attr:href', pattern: /^\/in\/([^/]+)/ },
      },
    ],
    // Real link targets: analytics and profile views are only ever the member's own, as is the
    // Social Selling Index; the nav's badges are the member's notifications.
    mine: [
      ANALYTICS,
      '[class*="ssi-"]',
      '[data-testid="primary-nav"] a:is([href^="/notifications"], [href^="/messaging"])',
      // Real classes (automation scripts, 2026-09): every other notification card's sentence is
      // about you or your content ("Mira and 12 others reacted to your post", "Your post is
      // getting attention: 1,024 impressions"). Guessed: that the network-post cards (above) are
      // the only ones about someone else's post.
      `article.nt-card:not(${NETWORK_CARD}) a.nt-card__headline`,
    ],
  },
  postPages: [/^\/feed\/update\//, /^\/posts\//],
});
