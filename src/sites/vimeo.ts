import { defineSite } from './types';

// Vimeo. A React app styled with styled-components (hashed `sc-…` classes that change per
// deploy, as a scraper's `div.sc-aa85dd4c-7` shows), so the selectors below key on what lasts:
// link targets, aria-labels and test ids; most counts carry their noun ("1.2M plays") and are
// found by the recogniser.
export default defineSite({
  id: 'vimeo',
  name: 'Vimeo',
  matches: ['https://vimeo.com/*'],
  optional: true,
  metrics: {
    likes: [
      // Video page: the count inside the Like button (beside the heart). Guessed test id;
      // after a redesign the button's aria-label ("Like") names it.
      '[data-testid="like-button"] [data-testid="like-count"]',
    ],
    followers: [
      // Profile header: "1.2K Followers" / "56 Following" links (…/following/followers and
      // …/following, as a scraper reads them): the number inside. Breaks if the number loses
      // its own element (the text patterns still take "1.2K Followers").
      'a[href$="/following/followers"] > span:first-child',
      'a[href$="/following"] > span:first-child',
    ],
  },
  text: [
    // Video cards and the video page's stats line: "1.2M plays", "48 comments", "3,410 likes".
    { within: '[data-testid="clip-stats"], [data-testid="video-card"]' },
  ],
  composer: {
    // The comment form under a video: a textarea and its "Comment" button. Guessed test id; the
    // composer recogniser finds the box and the button ("Comment" is a send word) if it misses.
    textbox: ['[data-testid="comment-form"] textarea'],
    submit: ['[data-testid="comment-form"] button[type="submit"]'],
  },
  notes:
    'Plays, likes, comments, followers/following. Modelled on a scraper of vimeo.com profiles ' +
    '(usmancout/social-cralwer: hashed styled-components classes, followers at ' +
    'a[href*="following/followers"], following at a[href$="/following"]). Guessed (no capture of ' +
    'the current video page was found): the test ids, the like button\'s inner markup, the stats ' +
    'line, the card layout and the comments header. Kept visible: durations, upload dates, ' +
    'resolutions ("4K"). The comment form (pause before posting) is guessed too.',
});
