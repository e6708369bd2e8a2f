import { defineSite } from './types';

// Product Hunt. A Next.js app with CSS-module classes (`styles_voteCountItem__zwuqk`) that change
// per deploy, and `data-test` hooks that scrapers have read for years (post-item-*, post-name-*,
// vote-button, post-comment-count).
export default defineSite({
  id: 'producthunt',
  name: 'Product Hunt',
  matches: ['https://www.producthunt.com/*', 'https://producthunt.com/*'],
  optional: true,
  metrics: {
    likes: [
      // The upvote button's count (feed cards, product pages): the number inside the button,
      // beside the triangle icon. Breaks if the count loses its own element; the button's name
      // ("Upvote") still finds a bare number after a redesign.
      '[data-test="vote-button"] :is(p, span)',
    ],
    replies: [
      // Product page: comment count beside the discussion tab (as scrapers read it).
      '[data-test="post-comment-count"]',
    ],
  },
  text: [
    // Feed cards: the comment button's bare count.
    { within: '[data-test^="post-item-"] a[href$="#comments"]', bare: true, kind: 'replies' },
    // Product header: "4.9 · 312 reviews", "1.2K followers".
    { within: '[data-test="product-header"]' },
  ],
  composer: {
    // The comment box under a launch: a textarea ("What do you think?") and its "Comment"
    // button. Guessed test id; the composer recogniser finds them after a redesign.
    textbox: ['[data-test="comment-form"] textarea'],
    submit: ['[data-test="comment-form"] button[type="submit"]'],
    shortcut: 'mod+enter',
  },
  postPages: [/^\/(?:posts|products)\/[^/?#]+/],
  notes:
    'Upvotes (cards, product pages), comment counts, followers/following, reviews counts. ' +
    'Modelled on scrapers of producthunt.com (div[data-test^="post-item"], a[data-test^="post-name-"], ' +
    '[data-test="vote-button"] whose text is the count, [data-test="post-comment-count"], ' +
    'CSS-module class names such as styles_voteCountItem__zwuqk, an older capture of the vote ' +
    'button\'s nested spans). Guessed: the count\'s element inside the vote button, the comment ' +
    'button on cards, the product header\'s followers and reviews line, the profile layout, the ' +
    'comment form and its shortcut. Kept visible: ranks ("#1 Product of the Day"), launch dates, ' +
    'prices, the star rating ("4.9"; its review count is hidden).',
});
