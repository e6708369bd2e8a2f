import { defineSite } from './types';

// Discourse (Ember/Glimmer; every forum runs the same client, themes restyle it but rarely touch
// its class names). Written against Discourse's own markup, never a host: the platform fingerprint
// applies this file to any forum it finds running Discourse. Modelled on discourse/discourse
// `app/assets/javascripts/discourse/app/components/`: topic-list/item/views-cell.gjs (@229d823),
// topic-list/item/likes-cell.gjs (@373bbcc), topic-list/posts-count-column.gjs (@02de2ed),
// topic-list/list.gjs (`showLikes` when order=likes), helpers/number.js (`span.number` with the
// exact count in `title`), post-menu/buttons/like.gjs (`like-count` beside `toggle-like`),
// topic-map (`topic-map__stats`), user-stat.gjs and the user summary (`li.user-stat.<stat>`),
// the composer (`#reply-control`, `textarea.d-editor-input`, `.save-or-cancel button.create`,
// "Or press Ctrl+Enter").
// Flagship hosts: meta.discourse.org (Discourse's own forum), then large public forums that run
// it: discuss.python.org, community.openai.com, users.rust-lang.org, discourse.nixos.org,
// forum.obsidian.md, discourse.mozilla.org, forums.swift.org.
const FORUMS = [
  'meta.discourse.org',
  'discuss.python.org',
  'community.openai.com',
  'users.rust-lang.org',
  'discourse.nixos.org',
  'forum.obsidian.md',
  'discourse.mozilla.org',
  'forums.swift.org',
];

export default defineSite({
  id: 'discourse',
  name: 'Discourse',
  optional: true,
  matches: FORUMS.map((h) => `https://${h}/*`),
  metrics: {
    replies: [
      // Topic list: the replies cell's menu trigger (aria-label "This topic has 12 replies").
      '.posts-map .number',
      'td.posts .number',
    ],
    views: [
      // Topic list: "12.3k" (title "this topic has been viewed 12,345 times").
      'td.views .number',
      // Topic map under the first post.
      '.topic-map__views .number',
      // User card: "Views 1.2k".
      '.metadata__views .number',
      // Profile summary.
      '.user-stat.topics-entered .value',
      '.user-stat.posts-read .value',
    ],
    likes: [
      // Topic list sorted by likes (list.gjs showLikes): "45 ♥" linking to the topic's summary,
      // with no label and no count word: only this rule finds it. Keyed on the link target too,
      // which a restyle keeps.
      'td.likes .number',
      'td a[href$="/summary"] > span',
      // Post menu: the count button beside the heart ("12", aria-label "12 people liked this post").
      'button.like-count .d-button-label',
      // Topic map: "87 likes".
      '.topic-map__likes-trigger .number',
      // Profile summary: "1.1k ♥ given", "2.3k ♥ received" (the word "likes" is the icon).
      '.user-stat.likes-given .value',
      '.user-stat.likes-received .value',
      'li:has(> span > svg > use[href="#heart"]) > span:first-child',
    ],
    followers: [
      // Topic map: "14 users" who posted; profile summary: topics and posts created.
      '.topic-map__users-trigger .number',
      '.user-stat.topic-count .value',
      '.user-stat.post-count .value',
    ],
    unread: [
      // Header avatar badge, topic list "3 unread posts" / new-topic badges.
      '.header-dropdown-toggle .badge-notification',
      '.topic-post-badges .badge-notification',
    ],
  },
  composer: {
    textbox: ['#reply-control textarea.d-editor-input', '#reply-control textarea'],
    submit: ['#reply-control .save-or-cancel button.create', '#reply-control button.create'],
    // The Reply button's title: "Or press Ctrl+Enter" (the composer's own key handler).
    shortcut: 'mod+enter',
  },
  postPages: [/^\/t\/[^/]+\/\d+/],
  notes:
    'Modelled on Discourse source (2024–2025 Glimmer components): topic-list replies/views/likes cells and their `number` spans, ' +
    'the post like count, the topic map (likes, views, users), the user card views, the profile summary stats, header and ' +
    'topic-list unread badges, the composer. Only the site file catches the Likes column of a list sorted by likes (a bare ' +
    '"45" and a heart icon in a link to /summary). Guessed: the profile summary stat class names other than likes-given / ' +
    'likes-received, and the user card metadata class. Left alone: "days visited" and read time (activity, not scores), ' +
    'category descriptions, dates. Not covered: counts drawn by theme components and plugins (reactions, discourse-follow).',
});
