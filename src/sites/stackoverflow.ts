import { defineSite } from './types';

// Stack Overflow and the Stack Exchange network: one code base (Stacks classes, `js-` hooks),
// see ../shared/SITES.md. Reputation and view totals hide their exact value in `title`.
export default defineSite({
  id: 'stackoverflow',
  name: 'Stack Overflow',
  matches: [
    // `*.` also covers the bare domain; meta sites are subdomains.
    'https://*.stackoverflow.com/*',
    'https://*.stackexchange.com/*',
    'https://*.superuser.com/*',
    'https://*.serverfault.com/*',
    'https://*.askubuntu.com/*',
    'https://*.mathoverflow.net/*',
  ],
  metrics: {
    scores: [
      // Question and answer score between the vote arrows (has data-value too).
      '.js-vote-count',
      // Question lists: the emphasized first stat, "4 votes".
      '.s-post-summary--stats-item__emphasized .s-post-summary--stats-item-number',
      // Comment votes and the sidebar's Linked/Related scores.
      '.comment-score',
      '.answer-votes',
      // Reputation in user cards, the top bar and profiles; badge counts beside the dots.
      '.reputation-score',
      '.js-header-rep',
      '.badgecount',
      // Profile stats box: reputation, reached, answers, questions (the big numbers).
      '#stats .fs-body3',
    ],
    replies: [
      // Question lists: "3 answers" (second stat).
      '.s-post-summary--stats-item:nth-child(2) .s-post-summary--stats-item-number',
      // Question page: "3 Answers" heading (data-answercount is the hook).
      '#answers-header h2[data-answercount]',
    ],
    views: [
      // Question lists: "1k views" (third stat).
      '.s-post-summary--stats-item:nth-child(3) .s-post-summary--stats-item-number',
      // Question header: "Viewed 12k times"; the number is the div's own text. `^=` without a
      // space so the rule still matches once the title is scrubbed to "Viewed".
      '[title^="Viewed"]',
    ],
    unread: [
      // Inbox and achievements (reputation change) bubbles in the top bar.
      '.js-inbox-button .s-activity-indicator',
      '.js-achievements-button .s-activity-indicator',
    ],
  },
  text: [
    // Fallback if the stat classes change: "12 votes", "3 answers", "1k views".
    { within: '.s-post-summary--stats' },
    { within: '#stats' },
  ],
  scrub: [
    // "reputation score 12,345", "your reputation: 1,234", "3 gold badges", "Score of 4",
    // "1,234 views", "Viewed 12,345 times".
    {
      selector:
        ':is(.reputation-score, .js-header-rep, .s-post-summary--stats-item, [title^="Viewed"], .s-badge, .-flair > span, .s-user-card--awards > li, .s-award-bling)[title]',
      attributes: ['title'],
    },
  ],
  composer: {
    // Answers: the Markdown editor's textarea and "Post Your Answer". Comments: the comment form
    // under a post (textarea name="comment", "Add comment"). O · SCR for the answer form;
    // comments guessed (G), also found by the recogniser ("add comment" is a send word).
    textbox: ['#wmd-input', 'form.js-comment-form textarea[name="comment"]'],
    submit: ['#submit-button', 'form.js-comment-form button[type="submit"]'],
    // A comment is sent with Enter (Shift+Enter is a new line); the answer editor's Enter is not.
    enterSends: ['textarea[name="comment"]'],
  },
  notes:
    'Votes, reputation (text and exact title), badge counts, answers, views (lists and question ' +
    'header), profile stats, inbox/achievement badges. Kept visible: dates ("Asked 3 years ago"), ' +
    'tags, code, the site-wide question total. Not covered: bounty amounts ("+50"), the ' +
    'reputation graph on profiles, tag pages\' follower counts (text fallback only).',
});
