import { defineSite } from './types';

// YouTube (desktop and m.youtube.com). Hooks: custom element names and ids; class names moved
// to camelCase in 2025, so both spellings are listed where a class is the only hook. See
// ../shared/SITES.md (S12, S13). Thumbnail/lockup metadata has no hook that tells "1.2M views"
// from "3 days ago", so those are found by text; durations ("12:04") never match a pattern.
export default defineSite({
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  // The embedded player on other sites' pages (its own host holds it already).
  embeds: ['https://www.youtube.com/embed/*'],
  metrics: {
    views: [
      // Watch page, under the title: "1,234,567 views" / "12,345 watching now" is the first span
      // of the info line (breaks if the line's order changes; the text patterns catch it too).
      'ytd-watch-info-text #info > span:first-child', // also the "watching now" line on live streams
      'ytd-video-view-count-renderer', // older watch layout and live streams
      // Grid/search lockups (ytd-video-meta-block): "[views] [age]"; the first of two is the count.
      // Breaks if YouTube reorders the line; the text patterns still catch "N views".
      'ytd-video-meta-block #metadata-line > span.inline-metadata-item:first-of-type:not(:last-of-type)',
    ],
    likes: [
      // Like button label (desktop and mobile watch page). Only the text slot, not the icon.
      'like-button-view-model :is(.yt-spec-button-shape-next__button-text-content, .ytSpecButtonShapeNextButtonTextContent)',
      // Shorts action bar: the label under the heart.
      'reel-action-bar-view-model like-button-view-model :is(.yt-spec-button-shape-with-label__label, .ytSpecButtonShapeWithLabelLabel)',
      // Comment likes (old and 2024 comment view model).
      '#vote-count-middle', // span next to the comment's thumbs-up
    ],
    replies: [
      // "1,234 Comments" heading above the comments: the number's span only.
      'ytd-comments-header-renderer #count .count-text > span:first-child',
      // Shorts action bar: comment count under the bubble (breaks if the id changes).
      'reel-action-bar-view-model #comments-button :is(.yt-spec-button-shape-with-label__label, .ytSpecButtonShapeWithLabelLabel)',
    ],
    followers: [
      '#owner-sub-count', // watch page, under the channel name: "1.23M subscribers"
      '#subscriber-count', // channel page (2023 header) and ytm channel header
    ],
    unread: [
      // Bell badge in the masthead (breaks if the badge shape is renamed).
      'ytd-notification-topbar-button-renderer :is(.yt-spec-icon-badge-shape__badge, .ytSpecIconBadgeShapeBadge)',
    ],
  },
  text: [
    // The 2025 channel header (yt-page-header-view-model) and lockups (yt-lockup-view-model,
    // Shorts lockups) list "@handle • 1.23M subscribers • 456 videos" and "1.2M views • 3 days
    // ago" as sibling spans without hooks: found by noun, per span.
    { within: 'yt-content-metadata-view-model' },
    { within: 'ytd-video-meta-block, ytm-badge-and-byline-renderer' },
    // Shorts action bar labels hold only counts and words ("Dislike", "Share").
    { within: 'reel-action-bar-view-model :is(.yt-spec-button-shape-with-label__label, .ytSpecButtonShapeWithLabelLabel)', bare: true },
  ],
  scrub: [
    // "like this video along with 12,345 other people", and the Shorts/comment variants.
    { selector: 'like-button-view-model button[aria-label]', attributes: ['aria-label'] },
    { selector: 'ytd-comment-engagement-bar #like-button button[aria-label]', attributes: ['aria-label'] },
    // Shorts comments button: "View 1,234 comments" (declared so it does not depend on the
    // generic check splitting "1,234" at the comma).
    { selector: 'reel-action-bar-view-model #comments-button button[aria-label]', attributes: ['aria-label'] },
  ],
  titleCount: true,
  composer: {
    textbox: ['ytd-commentbox #contenteditable-root[contenteditable="true"]'],
    submit: ['ytd-commentbox #submit-button button'],
  },
  notes:
    'Views, likes, subscribers, comment counts and comment likes on desktop and mobile; video ' +
    'title aria-labels ("… 1,234,567 views 3 days ago 12 minutes") are left alone: scrubbing ' +
    'would also strip the numbers of the title and duration for screen readers. Live chat runs ' +
    'in an iframe and is not covered.' +
    ' Whose numbers: real element names (ytd-watch-metadata, ytd-video-owner-renderer, #author-text, ytd-rich-item-renderer); guessed: where the signed-in channel is named (the open account menu\'s handle, the guide\'s "Your channel" link, English). Until one is found every split count stays hidden.' +
    ' Notifications: the menu (ytd-notification-renderer, real element names) says who did what, without aggregates we know of; the unread badge is yours, and a comment opened in the menu (ytd-comment-video-thumbnail-header-renderer) is judged by its author like any comment.',
  owners: {
    // Guessed: the open account menu names the channel's handle; the guide links "Your channel" (English).
    account: [
      { selector: 'ytd-active-account-header-renderer #channel-handle', from: 'text', pattern: /^(@\S+)$/ },
      { selector: 'ytd-guide-entry-renderer a#endpoint[title="Your channel"][href^="/@"]', from: 'attr:href', pattern: /^\/(@[^/]+)$/ },
    ],
    authors: [
      // Real element names: the watch page's owner block, a comment's author link, a feed card's channel link.
      { within: 'ytd-watch-metadata', name: { selector: 'ytd-video-owner-renderer a[href^="/@"]', from: 'attr:href', pattern: /^\/(@[^/]+)/ } },
      { within: 'ytd-comment-view-model, ytd-comment-renderer', name: { selector: 'a#author-text', from: 'attr:href', pattern: /^\/(@[^/]+)/ } },
      { within: 'ytd-rich-item-renderer, ytd-compact-video-renderer', name: { selector: 'ytd-channel-name a[href^="/@"]', from: 'attr:href', pattern: /^\/(@[^/]+)/ } },
      // A channel page's header: the address names the channel.
      { within: 'yt-page-header-renderer, ytd-c4-tabbed-header-renderer', name: { selector: 'url', from: 'text', pattern: /^\/(@[^/]+)/ } },
      // A channel card (a channel's featured channels shelf, its Channels grid): its link names the
      // channel its subscriber line is about. Real element and id (ytd-grid-channel-renderer
      // a#channel-info, used by blockers and scrapers); guessed: that the Home tab's featured
      // channels still use it. A card without a handle link names no one (hidden).
      { within: 'ytd-grid-channel-renderer', name: { selector: 'a#channel-info[href^="/@"]', from: 'attr:href', pattern: /^\/(@[^/]+)$/ } },
    ],
  },
  postPages: [/^\/watch\?/, /^\/shorts\//],
});
