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
  // Notes composer and post comments. Notes and the post editor are ProseMirror (a known fact:
  // `[data-testid="editor"]` is the post editor, userscripts); the Notes "Post" button and the
  // comment form's markup are guessed (G), the recogniser finds them by name.
  composer: {
    textbox: ['.ProseMirror[contenteditable="true"]', 'form.comment-input textarea', 'textarea[name="body"]'],
    submit: ['form.comment-input button[type="submit"]', 'button[data-testid="note-post-button"]'],
    shortcut: 'mod+enter',
  },
  notes:
    'Notes likes/comments/restacks, post UFI counts, subscriber/follower counts (by text). ' +
    'Publications on custom domains are not covered (add them as custom sites). Pause before posting: Notes and post comments (ProseMirror editor known, buttons guessed).',
});
