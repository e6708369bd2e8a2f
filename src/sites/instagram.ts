import { defineSite } from './types';

// Instagram. Class names are generated and change with every release, so every hook here is
// structure, a link target, an icon's aria-label or a text pattern. See ../shared/SITES.md (S3)
// and the capture instagram.com--feed-2026-10. Icon labels are listed in English and German.

/** The action icons' labels: a count next to one of these is that icon's metric. */
const LIKE = ['Like', 'Unlike', 'Gefällt mir', 'Gefällt mir nicht mehr'];
const COMMENT = ['Comment', 'Kommentieren'];
const SHARE = ['Share', 'Share Post', 'Teilen'];

/** The icon-less siblings (often buttons themselves: the count opens the list) of the control whose icon has one of these labels. */
const besideIcon = (labels: readonly string[]) =>
  `:has(> [role="button"] svg:is(${labels.map((l) => `[aria-label="${l}"]`).join(', ')})) > :not(:has(svg))`;

export default defineSite({
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  metrics: {
    likes: [
      // Feed (2026): the number beside the heart, a span[role=button] in the first section
      // (breaks if the action bar stops being the first <section>; the text scopes remain).
      'article section:first-of-type span[role="button"]',
      // "1,234 likes" / "Gefällt 1.234 Mal" / "Liked by … and others": the link to the likers.
      'a[href*="/liked_by/"]',
      // The likes line itself, the first thing in a post's second section ("Liked by
      // bob_example and others", with or without a link). Breaks if the sections are reordered.
      'article section:nth-of-type(2) > :first-child',
    ],
    replies: [
      // "View all 48 comments" / "Alle 48 Kommentare ansehen": the link to the comment list.
      'a[href^="/p/"][href$="/comments/"]',
      // Post page: the "View replies (3)" toggle under a comment, a button directly in a list
      // item of the nested comment list (comments themselves are items inside a button).
      // Structural guess (G): breaks if the thread nesting changes.
      'article ul ul > li > [role="button"] > span',
    ],
    followers: [
      // Profile header: the count inside the followers/following links (language-neutral).
      'a:is([href$="/followers/"], [href$="/following/"]) span',
      // "Followed by alice, bob + 12 more".
      'a[href*="/followers/mutual"]',
    ],
  },
  text: [
    // Counts beside the action icons (feed and Reels): bare numbers, kind from the icon.
    { within: besideIcon(LIKE), bare: true, kind: 'likes' },
    { within: besideIcon(COMMENT), bare: true, kind: 'replies' },
    { within: besideIcon(SHARE), bare: true, kind: 'reposts' },
    { within: 'article section:first-of-type', bare: true, kind: 'likes' },
    // Reel thumbnails (profile grid, Reels tab) show only the play count over the picture.
    { within: 'a[href*="/reel/"]', bare: true, kind: 'views' },
    // Profile header: "89 posts", "89 Beiträge" (the number is its own span).
    { within: 'header section ul li' },
    // Unread badges on the nav links (a digit in a bubble).
    { within: 'a:is([href^="/direct/inbox"], [href="/notifications/"], [href="/accounts/activity/"])', bare: true, kind: 'unread' },
  ],
  scrub: [
    // The follower count's span carries the exact number: title="97,123,456".
    { selector: 'a:is([href$="/followers/"], [href$="/following/"]) span[title]', attributes: ['title'] },
    // "Direct messaging - 3 new notifications link".
    { selector: 'a[href^="/direct/inbox"] [aria-label]', attributes: ['aria-label'] },
  ],
  titleCount: true,
  composer: {
    textbox: ['form textarea:is([aria-label^="Add a comment"], [aria-label^="Kommentieren"], [aria-label^="Kommentar hinzufügen"])'],
    // The "Post" control is a text-only role=button in the same form (the emoji one has an svg).
    submit: ['form:has(textarea) [role="button"]:not(:has(svg))', 'form:has(textarea) button[type="submit"]'],
    shortcut: 'enter',
  },
  notes:
    'Feed like counts, likes lines, "View all N comments", comment likes (by text), profile ' +
    'counts (title scrubbed), Reels action counts, reel play counts, badges, title. German ' +
    'comment likes ("12 „Gefällt mir“-Angaben") are not matched by the text patterns.' +
    ' Whose numbers: modelled on our fixtures: a post\'s first profile link is its author\'s, followers/following links name the profile; guessed: the navigation\'s profile link (avatar alt text, English). A profile\'s <header> is the profile\'s its own followers link names (so is its posts count); guessed: grid tiles whose link names their author (/<name>/p|reel/<code>/) are that author\'s.',
  owners: {
    // Guessed: the navigation's profile link holds the account's avatar ("<name>'s profile picture", English).
    account: [{ selector: ':is(nav, [role="navigation"]) a[href]:has(img[alt*="profile picture"])', from: 'attr:href', pattern: /^\/([^/]+)\/?$/ }],
    authors: [
      // Guessed from our fixtures: a feed post's first link to a profile ("/user/") is its author's.
      {
        within: 'article',
        name: { selector: 'a[href]:not([href^="/p/"], [href^="/reel"], [href^="/explore/"], [href*="/liked_by/"], [href*="/comments/"])', from: 'attr:href', pattern: /^\/([^/]+)\/?$/ },
      },
      // Real: the profile header's followers/following links name the profile ("/user/followers/").
      { within: 'a:is([href$="/followers/"], [href$="/following/"], [href*="/followers/mutual"])', name: { selector: ':scope', from: 'attr:href', pattern: /^\/([^/]+)\// } },
      // The profile header as a whole, for its posts count, which no link names: real its
      // followers/following links naming the profile; guessed from our fixtures that the header
      // is a <header> holding them (a private profile shows them as plain text: no owner, hidden).
      { within: 'header', name: { selector: 'a:is([href$="/followers/"], [href$="/following/"])', from: 'attr:href', pattern: /^\/([^/]+)\/follow(?:ers|ing)\/$/ } },
      // Guessed: a grid tile links to its post under the author's name ("/<name>/reel/<code>/", as
      // in our profile fixture), so a tagging account's reel on the user's Tagged tab is theirs.
      // Tiles linking to "/p/<code>/" or "/reel/<code>/" name no one: their play counts stay hidden.
      { within: 'a:is([href*="/reel/"], [href*="/p/"])', name: { selector: ':scope', from: 'attr:href', pattern: /^\/([^/]+)\/(?:p|reel)\/[^/]+\/?$/ } },
    ],
    // Real address: the activity page ("kofi.eats and 12 others liked your photo"), the one
    // mobile web opens from the heart; on desktop the same list is a panel over other pages,
    // left to the generic rules (hidden for both owners).
    minePages: [/^\/accounts\/activity(?:\/|$)/],
  },
  postPages: [/^\/(?:[^/]+\/)?(?:p|reel)\/[^/]+/],
});
