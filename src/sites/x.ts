import { defineSite } from './types';

// X / Twitter. Hooks: data-testid values and link targets (language-neutral), see
// ../shared/SITES.md (S1, S2). The aria-labels carry exact counts and are scrubbed.
export default defineSite({
  id: 'x',
  name: 'X',
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
  ],
  // Embedded posts on other sites' pages (widgets.js puts them in a frame of this host).
  embeds: ['https://platform.twitter.com/embed/*'],
  metrics: {
    // Action-bar counts: the animated number inside each button (`$=` covers unlike/unretweet),
    // three levels down, as X renders it (button > div[dir] > div > number). Child steps, not
    // descendant ones, because every number in a post is tried against every kind's rule: with
    // a descendant step, the reply count looked for a like button up to <html> (and so on for
    // each kind), 60% of our rules' matching time on the 1,000-post bench (Chrome's selector
    // stats). If X adds a wrapper, the bare counts in these buttons are still marked by the text
    // patterns (`text` below) before paint.
    replies: ['[role="group"] [data-testid="reply"] > * > * > [data-testid="app-text-transition-container"]'],
    reposts: [
      '[role="group"] [data-testid$="retweet"] > * > * > [data-testid="app-text-transition-container"]',
      '[role="group"] :is([data-testid="bookmark"], [data-testid="removeBookmark"]) > * > * > [data-testid="app-text-transition-container"]',
      // Post detail: "234 Reposts", "12 Quotes", "8,190 Bookmarks" links under the focused post.
      'a:is([href$="/retweets"], [href$="/quotes"]) [data-testid="app-text-transition-container"]',
    ],
    likes: [
      '[role="group"] [data-testid$="like"] > * > * > [data-testid="app-text-transition-container"]',
      'a[href$="/likes"] [data-testid="app-text-transition-container"]',
    ],
    views: [
      // Timeline: the analytics link's number. Detail: "1.1M Views" next to the time.
      'a[href$="/analytics"] [data-testid="app-text-transition-container"]',
    ],
    followers: [
      // Profile header and hover cards: "1,234 Following", "5.6M Followers". Not
      // /followers_you_follow: that link shows names ("Followed by …"), not a count.
      'a:is([href$="/following"], [href$="/followers"], [href$="/verified_followers"]) > span:first-child',
      // The posts count above the name ("12.3K posts") and each trend's "12.3K posts" have no
      // hook: the text patterns mark them (with their noun, in every language) before paint.
      // Selectors for them need `h2 + div[dir]` and `div:last-child`, which make the browser
      // restyle siblings whenever the feed grows: +16 ms of style on the 1,000-post bench.
    ],
    scores: [
      // A trend's count, once the text patterns marked it (as "posts", a followers noun), is
      // also a score: hidden unless both kinds are shown. Cheap: only marked elements try it.
      '[data-testid="trend"] [data-unscored-mark]',
    ],
    unread: [
      // Nav badges (notifications, messages): the small number bubble inside nav links.
      'header nav a [aria-live="polite"]',
      // `a` first: the style engine can then skip this rule for labelled elements outside links.
      'a[data-testid="AppTabBar_Notifications_Link"] [aria-label]',
    ],
  },
  text: [
    // Fallback when test ids change: counts with nouns anywhere in a post's action bar or the
    // profile header, and bare counts inside action-bar buttons.
    { within: 'article [role="group"] :is(button, a)', bare: true },
    { within: '[data-testid="UserProfileHeader_Items"], [data-testid="UserName"] ~ div' },
    { within: '[data-testid="trend"]', kind: 'scores' },
  ],
  scrub: [
    { selector: '[role="group"][aria-label]', attributes: ['aria-label'] },
    { selector: '[role="group"] :is(button, a)[aria-label]', attributes: ['aria-label'] },
    { selector: 'header nav a[aria-label]', attributes: ['aria-label'] },
  ],
  owners: {
    // The side nav's profile link names the signed-in account ("/jack"). Real: X's nav links carry
    // AppTabBar_*_Link test ids (the notifications one is used above).
    account: [{ selector: 'a[data-testid="AppTabBar_Profile_Link"]', from: 'attr:href', pattern: /^\/([^/]+)$/ }],
    authors: [
      // A post names its author in its User-Name block: "/jack" (name and @handle links).
      { within: 'article[data-testid="tweet"]', name: { selector: '[data-testid="User-Name"] a[href]', from: 'attr:href', pattern: /^\/([^/]+)/ } },
      // Profile headers and hover cards: the followers/following links carry the handle.
      {
        within: 'a:is([href$="/following"], [href$="/followers"], [href$="/verified_followers"])',
        name: { selector: ':scope', from: 'attr:href', pattern: /^\/([^/]+)\// },
      },
    ],
    // The notifications timeline is about the user's own posts (guessed: X's notification cells
    // are articles with data-testid="notification" in the markup we have seen).
    mine: ['article[data-testid="notification"]'],
  },
  // A post's own page: /jack/status/123 (and its /photo/1, /analytics sub-pages).
  postPages: [/^\/[^/]+\/status\/\d+/],
  titleCount: true,
  notes:
    'Whose numbers: real hooks (AppTabBar_Profile_Link names the account, User-Name links name a post\'s author, followers/following links name the profile); ' +
    'guessed: notification cells as article[data-testid="notification"] (yours, "and 12 others liked your post" in them too). The posts count above a profile\'s name has no owner: hidden either way.',
  composer: {
    textbox: ['[data-testid^="tweetTextarea_"][role="textbox"]'],
    submit: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
    shortcut: 'mod+enter',
  },
});
