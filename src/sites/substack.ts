import { defineSite } from './types';

// Substack: the app (substack.com, Notes) and publications (*.substack.com). Classes are
// hashed ("pencraft … button-geLdIK"); the hooks are aria-labels, see ../shared/SITES.md (S17)
// and the real Notes capture.
export default defineSite({
  id: 'substack',
  name: 'Substack',
  matches: ['https://substack.com/*', 'https://*.substack.com/*'],
  metrics: {
    likes: [
      // Notes: the count is the button's last child div (the first holds the spark animation).
      'button:is([aria-label="Like"], [aria-label="Unlike"], [aria-label="Liked"]) > div:last-child',
      // Posts: the like button's label.
      '.like-button-container .label',
    ],
    replies: [
      'button[aria-label="Comment"] > div:last-child',
      '.post-ufi-comment-button .label',
    ],
    reposts: [
      'button:is([aria-label="Restack"], [aria-label="Undo restack"]) > div:last-child',
      '.post-ufi-restack-button .label',
    ],
  },
  text: [
    // Profiles and publication headers: "12K+ subscribers", "340 following", "1.2K followers".
    { within: '[class*="profile"], .publication-meta, .pub-subscribers' },
  ],
  notes:
    'Notes likes/comments/restacks, post UFI counts, subscriber/follower counts (by text). ' +
    'Publications on custom domains are not covered (add them as custom sites).',
});
