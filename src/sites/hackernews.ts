import { defineSite } from './types';

// Hacker News. Server-rendered table markup whose class names have not changed in years, see
// ../shared/SITES.md (S16) and the real item-page capture.
export default defineSite({
  id: 'hackernews',
  name: 'Hacker News',
  matches: ['https://news.ycombinator.com/*'],
  metrics: {
    scores: [
      // "930 points" under each story, and on your own comments (HN shows no one else's).
      'span.score',
      // Top bar when signed in: "you (1234)"; the parentheses stay, the number blurs.
      '#karma',
      // Profile page: the row after "created:" (its link goes to front?day=…&birth=…) is
      // "karma:". Breaks if HN reorders the profile table; no class to key on.
      'tr:has(> td > a[href*="&birth="]) + tr > td:last-child',
    ],
  },
  text: [
    // "564 comments" is the subline's last link, which says "discuss" when there are none,
    // so it is found by its text rather than blurred by CSS.
    { within: '.subline, .subtext' },
  ],
  composer: {
    textbox: ['form[action="comment"] textarea[name="text"]'],
    submit: ['form[action="comment"] input[type="submit"]'],
  },
  notes:
    'Points, comment counts, karma (top bar and profiles). Not covered: the "[5 more]" label on ' +
    'collapsed threads (a count of hidden replies, not a score) and the `n` attribute on toggles.',
});
