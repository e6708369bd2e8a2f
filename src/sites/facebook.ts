import { defineSite } from './types';

// Facebook (www, web, m). Generated class names; hooks are `aria-posinset` (a feed post),
// role="article" (a comment), the reactions toolbar, aria-labels and link targets. See
// ../shared/SITES.md (S3).
export default defineSite({
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  metrics: {
    likes: [
      // The reaction total beside the emoji toolbar of a post ("1.2K", "Anna and 1.2K others").
      // Breaks if the count stops being a sibling button of the toolbar; the text scope remains.
      '[aria-posinset] span[role="toolbar"] ~ [role="button"]',
      // Page header: "24M likes" (link to the likers; tabs are role=tab and never match).
      'a[href$="/friends_likes/"]:not([role="tab"])',
    ],
    followers: [
      // Page and profile header: "25M followers", "312 following".
      'a:is([href$="/followers/"], [href$="/following/"]):not([role="tab"])',
    ],
  },
  text: [
    // The post's counts row ("48 comments", "12 shares", "12 Mal geteilt") and the 2025 action
    // bar, whose buttons show bare numbers next to their icons.
    { within: '[aria-posinset] :has(> span[role="toolbar"]) [role="button"]', bare: true, kind: 'likes' },
    { within: '[aria-posinset] [role="button"]:has([data-ad-rendering-role="comment_button"])', bare: true, kind: 'replies' },
    { within: '[aria-posinset] [role="button"]:has([data-ad-rendering-role="share_button"])', bare: true, kind: 'reposts' },
    { within: '[aria-posinset] [role="button"]:has([data-ad-rendering-role="like_button"])', bare: true, kind: 'likes' },
    // Top bar badges: a bare number inside the Notifications/Messenger/Menu controls.
    { within: '[role="banner"] :is([aria-label^="Notifications"], [aria-label^="Messenger"], [aria-label^="Benachrichtigungen"], [aria-label^="Chats"])', bare: true, kind: 'unread' },
  ],
  scrub: [
    // Reaction icons: "Like: 1,234 people", "Love: 56 people" ("Gefällt mir: 1.234 Personen").
    { selector: 'span[role="toolbar"] [aria-label]', attributes: ['aria-label'] },
    // Badges: "Notifications, 3 unread".
    { selector: '[role="banner"] [aria-label]', attributes: ['aria-label'] },
  ],
  titleCount: true,
  composer: {
    textbox: [
      // Comment boxes (Enter sends) and the post dialog's editor.
      '[role="textbox"][contenteditable="true"]:is([aria-label^="Write a comment"], [aria-label^="Comment as"], [aria-label^="Kommentieren"], [aria-label^="Schreibe einen Kommentar"])',
      'form[role="presentation"] [role="textbox"][contenteditable="true"]',
      '[role="dialog"] form [role="textbox"][contenteditable="true"]',
    ],
    submit: ['[role="dialog"] div[role="button"]:is([aria-label="Post"], [aria-label="Posten"], [aria-label="Veröffentlichen"])', 'form[role="presentation"] [aria-label="Comment"][role="button"]'],
    shortcut: 'enter',
  },
  notes:
    'Post reactions, comment and share counts, comment reactions (aria-label and number), page ' +
    'likes and followers, badges and the title. Profile friend counts ("1.2K friends") are ' +
    'not covered: "friends" is not a metric noun and the link is shared with the Friends tab; ' +
    'nor are page review ratings ("98% recommend (1,024 Reviews)").',
});
