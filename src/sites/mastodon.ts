import { defineSite } from './types';

// Mastodon: the largest instances by default (others come through custom sites, since every
// instance is its own host). Two front ends are live at once:
// - the classic UI: BEM class names (`.status__action-bar`, `.detailed-status__favorites`) that
//   have held since Mastodon 2.x;
// - the 2026 redesign: CSS-module class names (hashed, unusable) with `title`s on the buttons
//   ("Reply to thread", "Favorite") and each count as plain text beside the button's icon.
// See ../shared/SITES.md (S7, S8).
// Pleroma and Akkoma servers (added as Mastodon sites: src/platforms/fingerprint.ts) run their
// own front end, Pleroma-FE: Vue components with plain class names. Modelled on its source
// (favorite_button.vue: the count a `.action-counter` after the button; retweet_button.vue: a
// `.no-event` span; emoji reactions' counts; the user card's `.user-counts`); the reply count's
// span in the action row and the expanded post's `.stat-number` are from older versions' source
// and guessed for today's.
const INSTANCES = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'mastodon.world',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
];

/** Redesigned action bar: the element whose buttons include the reply or favourite button. */
const BAR =
  'div:has(> button:is([title="Reply to thread"], [title="Reply"], [title="Favorite"], [title="Remove from favorites"]))';

export default defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  matches: INSTANCES.map((h) => `https://${h}/*`),
  metrics: {
    replies: [
      // Classic action bar: one wrapper per button, reply first. Its counter shows "1+" in
      // timelines and the exact count in threads.
      '.status__action-bar > :first-child .icon-button__counter',
      // Pleroma-FE: the reply button's count, a plain span after it in the first action.
      '.status-actions > :first-child > button + span',
    ],
    reposts: [
      // Classic action bar with counters on (threads, some settings): boost is second.
      '.status__action-bar > :nth-child(2) .icon-button__counter',
      '.detailed-status__reblogs', // thread detail: the boost count in "50 boosts"
      '.detailed-status__quotes', // thread detail: "3 quotes" (4.5+)
      '.RetweetButton :is(.no-event, .action-counter)', // Pleroma-FE
      '.favs-repeated-users .stat-count:first-child .stat-number', // Pleroma-FE expanded post: "Repeats 12"
    ],
    likes: [
      // Classic: the favourite button carries the `star-icon` class in every version.
      '.status__action-bar .star-icon .icon-button__counter',
      '.detailed-status__favorites', // thread detail: the count in "100 favorites"
      '.FavoriteButton .action-counter', // Pleroma-FE
      '.favs-repeated-users .stat-count:not(:first-child) .stat-number', // Pleroma-FE: "Favorites 45"
      '.EmojiReactions .emoji-reaction > span:not(.reaction-emoji)', // Pleroma-FE: the count beside each reaction
    ],
    followers: [
      // Classic profile header: "1.3K Posts", "312 Following", "5.6K Followers" (bold numbers).
      '.account__header__extra__links a strong',
      // Redesigned profile header: label then number, with the exact number in the item's
      // `title`. Followers/following link to their lists; the posts item follows "Following".
      'li[title] > a:is([href$="/followers"], [href$="/following"])',
      'li:has(> a[href$="/following"]) + li[title] > strong',
      // Pleroma-FE user card: a heading ("Posts", "Following", "Followers") over the number.
      '.user-counts .user-count > span',
    ],
    unread: [
      // Column header and nav badges: the small number on the notifications link.
      '.column-link__badge',
      '.icon-with-badge__badge',
    ],
  },
  text: [
    // Redesign: counts are bare text inside the action bar's buttons. The favourite and reply
    // buttons are known by their titles; the only other button with a count is the boost.
    { within: `${BAR} > button:is([title="Favorite"], [title="Remove from favorites"])`, kind: 'likes', bare: true },
    { within: `${BAR} > button:is([title="Reply to thread"], [title="Reply"])`, kind: 'replies', bare: true },
    { within: `${BAR} button`, kind: 'reposts', bare: true },
    // Classic counters, should their class change: bare numbers inside the action bar's buttons.
    { within: '.status__action-bar > :first-child button', kind: 'replies', bare: true },
    { within: '.status__action-bar .star-icon', kind: 'likes', bare: true },
    { within: '.status__action-bar button', kind: 'reposts', bare: true },
  ],
  scrub: [
    // Classic profile links: `title="1,262"` holds the exact count behind "1.3K".
    { selector: '.account__header__extra__links a[title]', attributes: ['title'] },
    // Redesigned profile: the same exact count on the list item.
    { selector: 'li[title]:has(> a:is([href$="/followers"], [href$="/following"])), li:has(> a[href$="/following"]) + li[title]', attributes: ['title'] },
  ],
  titleCount: true,
  composer: {
    textbox: ['form.compose-form textarea.autosuggest-textarea__textarea', '.compose-form textarea'],
    submit: ['.compose-form__submit button[type="submit"]', '#mastodon-publish-button button', '.compose-form button[type="submit"]'],
    // Ctrl/Cmd+Enter calls handleSubmit() directly, with no submit event.
    shortcut: 'mod+enter',
  },
  notes:
    'Classic and 2026 redesigned UIs on eight large instances: action-bar counters, thread-detail boosts/favourites/quotes, profile posts/following/followers (and their exact counts in `title`), badges, the "(3)" title prefix. The redesign is matched by English button titles; other languages rely on the text patterns. Other instances: add them as custom sites.' +
    ' Whose numbers (classic UI): modelled on real markup: status display-name links and the profile header\'s links; guessed: the navigation bar\'s link to the signed-in account. Notifications (real, Mastodon 4.3+ notifications_v2): grouped favourites, boosts and follows (`.notification-group--favourite|reblog|follow`, "and 12 others favorited your post") are yours; mentions are the other person\'s status. The 2026 redesign has no owner hooks yet (its split counts stay hidden).',
  owners: {
    // Guessed: the compose panel's navigation bar links to the signed-in account ("/@me").
    account: [{ selector: '.navigation-bar a[href^="/@"]', from: 'attr:href', pattern: /^\/@([^/]+)$/ }],
    authors: [
      // Real (classic UI): a status names its author in its display-name link ("/@user", "/@user@host").
      {
        within: '.status, .detailed-status',
        name: { selector: 'a.status__display-name, a.detailed-status__display-name', from: 'attr:href', pattern: /^\/@([^/]+)/ },
      },
      // Real: the profile header's links ("/@user/followers").
      { within: '.account__header__extra__links a', name: { selector: ':scope', from: 'attr:href', pattern: /^\/@([^/]+)/ } },
    ],
    // Real (Mastodon 4.3+, notifications_v2's notification_group_with_status.tsx: the class is
    // `notification-group--${type}`): grouped favourites and boosts of your own posts ("Mira and
    // 12 others favorited your post") and grouped follows of your account. Mentions, replies and
    // quotes are `.notification-ungrouped` holding the other person's `.status` (authors above).
    mine: ['.notification-group--favourite', '.notification-group--reblog', '.notification-group--follow'],
  },
  postPages: [/^\/@[^/]+\/\d+/],
});
