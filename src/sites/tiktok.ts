import { defineSite } from './types';

// TikTok. Hooks: `data-e2e` attributes (TikTok's own end-to-end test hooks, language-neutral and
// stable across the 2024–2026 builds), see ../shared/SITES.md (S3, S4). The action buttons'
// aria-labels ("Like video 5.7K likes") carry the counts too and are scrubbed.
export default defineSite({
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  metrics: {
    likes: [
      '[data-e2e="like-count"]', // feed: the number under the heart; breaks if the hook is renamed
      '[data-e2e="browse-like-count"]', // video page: the number beside the heart
      '[data-e2e="comment-like-count"]', // comment list: likes on each comment
    ],
    replies: [
      '[data-e2e="comment-count"]', // feed: the number under the speech bubble
      '[data-e2e="browse-comment-count"]', // video page: the number beside the speech bubble
    ],
    reposts: [
      '[data-e2e="favorite-count"]', // feed: saves under the bookmark icon
      '[data-e2e="undefined-count"]', // the same on older builds, and on the video page
      '[data-e2e="share-count"]', // feed: shares under the arrow
      '[data-e2e="browse-share-count"]', // video page: shares
    ],
    views: [
      'strong[data-e2e="video-views"]', // profile and search grids: "1.2M" over each thumbnail
    ],
    followers: [
      'strong[data-e2e="followers-count"]', // profile header; the label beside it stays readable
      'strong[data-e2e="following-count"]', // profile header
      'strong[data-e2e="likes-count"]', // profile header: total likes of the account
    ],
  },
  text: [
    // Fallback when a hook is renamed: bare numbers inside the feed's and video page's action
    // buttons (they hold only an icon and a count); the kind comes from the button's label.
    { within: '[data-e2e="recommend-list-item-container"] button:has([data-e2e$="-icon"])', bare: true },
  ],
  scrub: [
    // Action buttons: "Read or add comments 356 comments", "Share video 88 shares" (the verb
    // comes first, so the generic phrase check does not see them).
    { selector: ':is(button, [role="button"])[aria-label]:has([data-e2e$="-icon"])', attributes: ['aria-label'] },
  ],
  composer: {
    // Comments under a video; upload captions are written in TikTok Studio, another host.
    textbox: [
      '[data-e2e="comment-input"] [contenteditable="true"]',
      '.public-DraftEditor-content[contenteditable="true"]',
      // By its label, for Enter when the test ids and classes are renamed (English UI only; the
      // button is found by the recogniser then).
      '[contenteditable="true"]:is([aria-label^="Add comment" i], [aria-label^="Add a comment" i])',
    ],
    submit: ['[data-e2e="comment-post"]', 'button[data-e2e*="post" i]'],
    shortcut: 'enter',
  },
  notes:
    'Feed, video page, comment likes, grid views and profile counts by data-e2e hooks. Not covered: LIVE viewer counts and gift totals (no known hooks).',
});
