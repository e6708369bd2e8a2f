import { defineSite } from './types';

// Medium. Atomic classes change per deploy; the `pw-` classes are kept for their own tracking,
// see ../shared/SITES.md.
export default defineSite({
  id: 'medium',
  name: 'Medium',
  matches: ['https://medium.com/*', 'https://*.medium.com/*'],
  metrics: {
    likes: [
      // Clap count beside the clap button (the count is itself a button opening the clappers).
      '.pw-multi-vote-count',
    ],
    replies: [
      // Response count beside the speech bubble.
      '.pw-responses-count',
    ],
    followers: [
      // Profile and author cards: "12K followers".
      '.pw-follower-count',
    ],
  },
  text: [
    // Fallback: "1.2K claps", "34 responses", "12K followers" in article headers and cards.
    { within: 'article, [data-testid="storyPreview"], [data-testid="authorCard"]' },
  ],
  // Responses: the response editor (contenteditable) and its "Respond" button. Guessed (G): the
  // test ids are Medium's naming style, not seen in a source; the recogniser ("Respond" is a
  // send word) covers the box if they miss.
  composer: {
    textbox: ['[data-testid="responseEditor"] [contenteditable="true"]', '[role="textbox"][contenteditable="true"][aria-label*="thoughts" i]'],
    submit: ['[data-testid="ResponseRespondButton"]'],
    shortcut: 'mod+enter',
  },
  notes:
    'Claps, responses, followers. Custom-domain publications (not on medium.com) are not ' +
    'covered: they can be added as custom sites. Read times ("5 min read") stay visible. Pause before posting: responses (modelled, guessed test ids; the recogniser finds "Respond").',
});
