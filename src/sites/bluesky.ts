import { defineSite } from './types';

// Bluesky (bsky.app). React Native Web renders the app's `testID`s as `data-testid`, which are
// language-neutral and also used by Bluesky's own end-to-end tests, see ../shared/SITES.md (S5,
// S6). Their button labels carry exact counts ("Like (12 likes)") and are scrubbed.
export default defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  // Embedded posts on other sites' pages (embed.js puts them in a frame of this host).
  embeds: ['https://embed.bsky.app/*'],
  metrics: {
    replies: [
      // The reply count has no test id of its own: the text block after the icon. Breaks if the
      // button gains other text.
      '[data-testid="replyBtn"] [dir="auto"]',
    ],
    reposts: [
      '[data-testid="repostCount"]', // reposts + quotes beside the repost icon
      '[data-testid="repostCount-expanded"]', // thread detail: "1,234 reposts"
      '[data-testid="quoteCount-expanded"]', // thread detail: "56 quotes"
      '[data-testid="bookmarkCount-expanded"]', // thread detail: "78 saves"
      // The embed (embed.bsky.app; social-app's bskyembed post.tsx): a bare number after the icon,
      // an <img> whose built file keeps the icon's name.
      'img[src*="/repost_stroke"] + p',
    ],
    likes: [
      // CountWheel renders the count twice while animating (one without a test id): take all
      // text in the like button.
      '[data-testid="likeBtn"] [dir="auto"]',
      '[data-testid="likeCount-expanded"]', // thread detail: "2,345 likes"
      'img[src*="/heart2_filled"] + p', // the embed, as above
    ],
    followers: [
      // "1.2K followers", "312 following": the bold first span of each link (the noun stays).
      '[data-testid="profileHeaderFollowersButton"] > :first-child',
      '[data-testid="profileHeaderFollowsButton"] > :first-child',
      // "1,024 posts" after the two links: no hook; the count-and-noun pattern catches it too.
      '[data-testid="profileHeaderFollowsButton"] ~ [dir="auto"]',
    ],
    unread: [
      // Badges on the Notifications and Chat tabs: the only labelled text in the nav link ("3",
      // labelled "3 unread items"; the tab's name has no label). Breaks if the name gains one.
      ':is(a[href="/notifications"], a[href="/messages"]) [dir="auto"][aria-label]',
      // Mobile-width bottom bar: icon-only buttons whose only text is the badge.
      ':is([data-testid="bottomBarNotificationsBtn"], [data-testid="bottomBarMessagesBtn"]) [dir="auto"]',
    ],
  },
  text: [
    // Bare counts inside the post action buttons, whatever the test ids become; the kind comes
    // from the button's label ("Reply (3 replies)").
    { within: ':is(button, [role="button"])[aria-label][data-testid$="Btn"]', bare: true },
  ],
  scrub: [
    // "Reply (3 replies)" -> "Reply", "Like (12 likes)" -> "Like", "Repost (5 reposts)".
    { selector: '[data-testid="replyBtn"], [data-testid="likeBtn"], [data-testid="repostBtn"]', attributes: ['aria-label'] },
    // Profile links labelled "1.2K followers", "312 following".
    { selector: '[data-testid^="profileHeaderFollow"]', attributes: ['aria-label'] },
    // The nav badges' labels: "3 unread items" (not a metric phrase, so declared here).
    { selector: 'a[href="/notifications"] [aria-label], a[href="/messages"] [aria-label], a[href="/notifications"], a[href="/messages"]', attributes: ['aria-label'] },
  ],
  titleCount: true,
  composer: {
    textbox: ['.tiptap.ProseMirror[contenteditable="true"]', '[data-testid="composerTextInput"] [contenteditable="true"]'],
    submit: ['[data-testid="composerPublishBtn"]'],
    // TipTap emits a publish event on Cmd/Ctrl+Enter without clicking the button.
    shortcut: 'mod+enter',
  },
  notes:
    'Post action counts, thread-detail counts, profile followers/following/posts, nav badges, the "(3)" title prefix and counts in button labels. Not covered: like counts on feeds in the "Feeds" directory ("Liked by 1.2K users").' +
    ' Whose numbers: modelled on real markup: feed/thread items\' `feedItem-by-<handle>` test ids and the profile header\'s followers links; guessed: the nav\'s profile link (English label). The posts count in the profile header has no owner hook (hidden either way).' +
    ' Notifications (real, from social-app\'s NotificationFeedItem.tsx): a grouped like/repost/follow is a labelled feedItem-by-<first actor> link in notifsFeed, yours ("and 12 others" in its text and label); replies, mentions and quotes show the other person\'s post (theirs). The "+8" beside the avatars is yours.',
  owners: {
    // Guessed: the desktop nav's profile link (English label "Profile").
    account: [{ selector: 'nav a[aria-label="Profile"][href^="/profile/"]', from: 'attr:href', pattern: /^\/profile\/([^/]+)$/ }],
    authors: [
      // Real: feed and thread items carry their author's handle in their test id (as in our fixtures
      // and Bluesky's own end-to-end tests).
      // Not a grouped notification: it carries the same test id, naming its first actor, not you.
      { within: '[data-testid^="feedItem-by-"]:not([aria-label])', name: { selector: ':scope', from: 'attr:data-testid', pattern: /^feedItem-by-(.+)$/ } },
      { within: '[data-testid^="postThreadItem-by-"]', name: { selector: ':scope', from: 'attr:data-testid', pattern: /^postThreadItem-by-(.+)$/ } },
      // Real: the profile header's followers/follows links name the profile.
      {
        within: '[data-testid="profileHeaderFollowersButton"], [data-testid="profileHeaderFollowsButton"]',
        name: { selector: ':scope', from: 'attr:href', pattern: /^\/profile\/([^/]+)\// },
      },
    ],
    // Real (social-app's NotificationFeedItem.tsx and notifications Feed.tsx): in the list
    // "notifsFeed", a grouped like, repost or follow ("Mira and 12 others liked your post") is a
    // Link labelled with that sentence, about your own post or account. Replies, mentions and
    // quotes render the other person's post in an unlabelled feedItem-by-<handle> (others').
    mine: ['[data-testid="notifsFeed"] [data-testid^="feedItem-by-"][aria-label]'],
  },
  postPages: [/^\/profile\/[^/]+\/post\/[^/]+/],
});
