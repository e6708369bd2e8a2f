import { defineSite } from './types';

// GitHub. Server-rendered Primer markup (ids, link targets) plus the React issue viewer
// (role/aria hooks, hashed CSS-module classes). See ../shared/SITES.md (S15) and the captures.
export default defineSite({
  id: 'github',
  name: 'GitHub',
  matches: ['https://github.com/*'],
  metrics: {
    likes: [
      // Star button counter "31.6k" (signed out: -star; starred: -unstar). Its aria-label and
      // title carry the exact count and are scrubbed below.
      '#repo-stars-counter-star',
      '#repo-stars-counter-unstar',
      // Repo sidebar "31.6k stars": the bold number in the stargazers link.
      'a[href$="/stargazers"] strong',
      // Reaction counts, classic markup (discussions, older pages).
      '.js-discussion-reaction-group-count',
      // Reaction counts in the React issue/PR viewer: the count span of each reaction button.
      // Keyed on the CSS-module name; the text scope below catches it if the hash name changes.
      '[role="toolbar"][aria-label="Reactions"] button [class*="ReactionButton"][class*="ount"]',
    ],
    reposts: [
      // Fork button counter "3k" (title "2,987").
      '#repo-network-counter',
      // Repo sidebar "2.9k forks".
      'a[href$="/forks"] strong',
    ],
    followers: [
      // Watch button counter when signed in.
      '#repo-notifications-counter',
      // Repo sidebar "315 watching".
      'a[href$="/watchers"] strong',
      // Profile: "1.2k followers · 35 following" (the bold numbers of the two links).
      'a:is([href$="?tab=followers"], [href$="?tab=following"]) .text-bold',
    ],
  },
  text: [
    // Pinned repositories and repository lists: the star/fork links hold an icon and a bare
    // number ("1.2k"), no element of its own.
    { within: 'a[href$="/stargazers"]', bare: true, kind: 'likes' },
    { within: 'a:is([href$="/forks"], [href$="/network/members"])', bare: true, kind: 'reposts' },
    // Reaction buttons: emoji then a bare count.
    { within: '[role="toolbar"][aria-label="Reactions"] button', bare: true, kind: 'likes' },
  ],
  scrub: [
    // "2569 users starred this repository" / title "2,569"; forks and watchers titles "2,987".
    {
      selector: ':is(#repo-stars-counter-star, #repo-stars-counter-unstar, #repo-network-counter, #repo-notifications-counter)',
      attributes: ['aria-label', 'title'],
    },
    // Reaction buttons: "12 people reacted with thumbs up".
    { selector: '[role="toolbar"][aria-label="Reactions"] button[aria-label]', attributes: ['aria-label'] },
  ],
  composer: {
    textbox: ['textarea[name="comment[body]"]', 'textarea[aria-label="Markdown value"]'],
    submit: [
      'form.js-new-comment-form button[type="submit"].btn-primary',
      '[data-testid="markdown-editor-comment-composer"] button[data-variant="primary"]',
    ],
    shortcut: 'mod+enter',
  },
  notes:
    'Stars, forks, watchers (counters, sidebar, lists, exact counts in aria-label/title), ' +
    'followers/following, reaction counts. Kept visible on purpose: issue and PR numbers ("#1234"), ' +
    'the Issues / Pull requests / Discussions tab counts and open/closed totals (work to do, not ' +
    'social scores), contribution counts, release and version numbers. Not covered: "Used by" and ' +
    'contributor counts in the repo sidebar; comment counts in issue lists only through the generic ' +
    'rule (a bare number inside a link whose aria-label says "N comments"). Reaction aria-labels ' +
    'are a guess ("12 people reacted with thumbs up"): no signed-in capture with reactions.' +
    ' Whose numbers: real markup: <meta name="user-login"> (empty when signed out), the repository address for its header and sidebar counts, React issue/comment author links (from the capture), classic a.author, profile followers links.',
  owners: {
    // Real: every github.com page names the signed-in login in <meta name="user-login"> (empty
    // when signed out: then nothing is the user's, and every split count stays hidden).
    account: [{ selector: 'meta[name="user-login"]', from: 'attr:content' }],
    authors: [
      // A repository's header and sidebar (stars, forks, watchers): the address names its owner.
      { within: '#repository-container-header, .Layout-sidebar', name: { selector: 'url', from: 'text', pattern: /^\/([^/]+)\/[^/]+/ } },
      // Modelled on the capture (React issues, 2025): the issue body and each comment name their
      // author in test-id'd links ("https://github.com/jmorrell", read as its path).
      { within: '[data-testid="issue-body"]', name: { selector: '[data-testid="issue-body-header-author"]', from: 'attr:href', pattern: /^\/([^/]+)$/ } },
      { within: '.react-issue-comment', name: { selector: '[data-testid="avatar-link"]', from: 'attr:href', pattern: /^\/([^/]+)$/ } },
      // Real: classic timeline comments name their author in a.author.
      { within: '.timeline-comment, .js-comment-container', name: { selector: 'a.author', from: 'text' } },
      // A profile's pinned repositories: the card's first link is the repository ("/owner/repo"),
      // whose owner may be the profile's or an organisation's (real class names of the cards).
      { within: '.pinned-item-list-item', name: { selector: 'a[href]', from: 'attr:href', pattern: /^\/([^/]+)\/[^/]+$/ } },
      // Real: a profile's followers/following links ("/octocat?tab=followers", read as its path).
      { within: 'a:is([href$="?tab=followers"], [href$="?tab=following"])', name: { selector: ':scope', from: 'attr:href', pattern: /^\/([^/]+)$/ } },
    ],
  },
  postPages: [/^\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+/],
});
