import { defineSite } from './types';

// Quora. Every class is generated ("q-box qu-…", "q-text"), so counts are found by text and
// by the aria-labels of the action buttons.
export default defineSite({
  id: 'quora',
  name: 'Quora',
  matches: ['https://www.quora.com/*', 'https://*.quora.com/*'],
  metrics: {},
  text: [
    // Answer footer: "Upvote · 1.2K", share and comment buttons with a bare count.
    { within: 'button[aria-label^="Upvote"]', bare: true, kind: 'likes' },
    { within: 'button[aria-label^="Share"]', bare: true, kind: 'reposts' },
    { within: 'button[aria-label^="Comment"]', bare: true, kind: 'replies' },
    // "12.3K views", "5.6K followers", "Answers 456" headers: counts with nouns anywhere,
    // found by the generic rule.
  ],
  // Answers and comments: Quora's editor is a contenteditable `div.doc` in q-box wrappers, the
  // answer's button says "Post", a comment's "Add comment". Guessed (G): class names are
  // generated; the recogniser (send words "post", "add comment") carries these composers.
  composer: {
    textbox: ['.doc[contenteditable="true"]', '[contenteditable="true"][data-placeholder]'],
    submit: ['button.puppeteer_test_modal_submit', 'button[aria-label="Add comment"]'],
  },
  notes:
    'Upvotes, shares, comments (button counts), views, followers/following (by text). Not ' +
    'covered: tab counts written noun-first ("Answers 456") and Spaces contributor counts. Pause before posting: answers and comments (modelled, guessed; carried by the recogniser).',
});
