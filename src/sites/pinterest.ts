import { defineSite } from './types';

// Pinterest. Obfuscated classes; hooks are data-test-id values, see ../shared/SITES.md.
// Country domains share the markup.
const DOMAINS = [
  'pinterest.com', 'pinterest.co.uk', 'pinterest.de', 'pinterest.fr', 'pinterest.es', 'pinterest.it',
  'pinterest.ca', 'pinterest.com.au', 'pinterest.com.mx', 'pinterest.jp', 'pinterest.pt', 'pinterest.at',
  'pinterest.ch', 'pinterest.nz', 'pinterest.ie', 'pinterest.se', 'pinterest.dk', 'pinterest.cl',
  'pinterest.co.kr', 'pinterest.ph', 'pinterest.com.br',
];

export default defineSite({
  id: 'pinterest',
  name: 'Pinterest',
  matches: DOMAINS.map((d) => `https://*.${d}/*`),
  metrics: {
    followers: [
      // Profile header: "12.3k followers", "345 following".
      '[data-test-id="follower-count"]',
      '[data-test-id="following-count"]',
      // Board pages and the pin close-up's creator card.
      '[data-test-id="board-follower-count"]',
      '[data-test-id="creator-follower-count"]',
    ],
    views: [
      // Profile header: "1.2m monthly views".
      '[data-test-id="profile-monthly-views"]',
    ],
  },
  text: [
    // Fallback for the profile header and the pin close-up (reactions, saves, comments):
    // "12 saves", "1.2k reactions", "3 comments".
    { within: '[data-test-id="profile-header"], [data-test-id="closeup-body"], [data-test-id="board-header"]' },
    // Reaction count beside the heart on a pin: a bare number.
    { within: '[data-test-id="reactions-count"]', bare: true, kind: 'likes' },
  ],
  // Pin close-up comments: a Draft.js editor and a round send control. Guessed (G): no source
  // for the markup; the composer recogniser beneath finds the box and its "Post" control by
  // what they are if these miss.
  composer: {
    textbox: ['[data-test-id="comment-editor-container"] [contenteditable="true"]', '[contenteditable="true"][aria-label^="Add a comment" i]'],
    submit: ['[data-test-id="activity-item-create-submit"] button', 'button[aria-label="Post"]'],
  },
  notes:
    'Followers/following, monthly views, pin reactions/saves/comments (by text in the close-up). ' +
    'Not covered: counts inside the notification and message badges (no stable hook found). Pause before posting: pin comments (markup modelled on the close-up, guessed; the recogniser finds the "Post" control).',
});
