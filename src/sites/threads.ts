import { defineSite } from './types';

// Threads. No test ids and atomic class names ("x1i10hfl") that change with every build. The one
// stable hook is the icon's label: the count is the text beside `svg[aria-label="Like"]` (and
// Reply/Repost/Share) inside a post's `[data-pressable-container]`, see ../shared/SITES.md (S4,
// S14). The labels are English; other languages rely on the text scopes below, which key on
// structure only, and on the engine's "<count> <noun>" fallback.
const LIKE = ':is(svg[aria-label="Like"], svg[aria-label="Unlike"])';
const REPLY = 'svg[aria-label="Reply"]';
const REPOST = ':is(svg[aria-label="Repost"], svg[aria-label="Reposted"], svg[aria-label="Share"])';

/** The count beside an icon: a sibling of the svg, or of the div wrapping it. */
function beside(icon: string): string[] {
  return [
    `[data-pressable-container="true"] ${icon} ~ span`,
    `[data-pressable-container="true"] div:has(> ${icon}) ~ span`,
  ];
}

export default defineSite({
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.net/*', 'https://www.threads.com/*', 'https://threads.net/*', 'https://threads.com/*'],
  metrics: {
    // Breaks if Threads moves the count out of the button that holds the icon.
    likes: beside(LIKE),
    replies: beside(REPLY),
    reposts: beside(REPOST),
  },
  text: [
    // Action buttons hold an icon and a bare count; which icon says which kind. Any language:
    // the last scope takes a bare count in any button that holds only an svg and a number.
    { within: `[data-pressable-container="true"] [role="button"]:has(${LIKE})`, kind: 'likes', bare: true },
    { within: `[data-pressable-container="true"] [role="button"]:has(${REPLY})`, kind: 'replies', bare: true },
    { within: `[data-pressable-container="true"] [role="button"]:has(${REPOST})`, kind: 'reposts', bare: true },
    { within: '[data-pressable-container="true"] [role="button"]:has(> div > svg[aria-label]):not(:has(a, time))', kind: 'likes', bare: true },
  ],
  composer: {
    textbox: ['[role="dialog"] div[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"][role="textbox"][aria-label*="text field" i]'],
    // The "Post" button has no hook besides its label; the reply icon doubles as submit inline.
    submit: ['[role="dialog"] [role="button"][aria-label="Post"]', '[aria-label="Post"]'],
    shortcut: 'mod+enter',
  },
  notes:
    'Like/reply/repost/share counts beside the icons; "12.3K followers" on profiles is found by the engine\'s count-and-noun pattern. Icon labels are matched in English; other languages fall back to structure and text patterns. Not covered: the exact follower count Threads shows in the followers dialog.' +
    ' Whose numbers: modelled on real markup: the pressable post container; guessed: the nav\'s profile link (its icon\'s English label) and that a post\'s first profile link is its author\'s. A profile\'s header (the block with its <h1>, outside posts, dialogs and the tab list; guessed) is the profile\'s its address names (/@name, /replies, /media, /reposts); any other address names nobody (hidden either way).',
  owners: {
    // Guessed: the nav's profile link, known by its icon's English label "Profile".
    account: [{ selector: 'a[href^="/@"]:has(svg[aria-label="Profile"])', from: 'attr:href', pattern: /^\/@([^/?#]+)\/?$/ }],
    authors: [
      // Real hook (the pressable container, SITES.md S4); guessed: its first profile link is the author's.
      { within: '[data-pressable-container="true"]', name: { selector: 'a[href^="/@"]', from: 'attr:href', pattern: /^\/@([^/?#]+)/ } },
      // A profile's header (its "12.3K followers", found by text), named by the address. Real: a
      // profile is "/@<name>" (SITES.md, S14); guessed: its tabs' "/replies", "/media", "/reposts"
      // (any other address, a post's page included, names no header's owner: hidden). Guessed from
      // our profile fixtures: the header is a block holding the display name's <h1>, neither a post
      // nor a dialog nor in one, holding no post and not the tab list (never the column around
      // the posts, whose owners differ).
      {
        within: 'div:has(h1):not([data-pressable-container="true"], [data-pressable-container="true"] *, [role="dialog"], [role="dialog"] *, :has([data-pressable-container="true"], [role="tablist"]))',
        name: { selector: 'url', from: 'text', pattern: /^\/@([^/]+)(?:\/(?:replies|media|reposts))?\/?$/ },
      },
    ],
    // Real address (the nav's heart icon opens it): your activity, "gina and 12 others liked your
    // thread", every count on it about your posts. Its markup has no mark of its own to key on.
    minePages: [/^\/activity(?:\/|$)/],
  },
  postPages: [/^\/@[^/]+\/post\/[^/]+/],
});
