import { defineSite } from './types';

// DEV (dev.to). DEV is the flagship of Forem, the open-source Rails + Preact platform
// (forem/forem): the same views and `crayons-` classes run on every Forem community, and the
// ids below come from its templates, so a Forem server on another domain has the same markup.
export default defineSite({
  id: 'dev',
  name: 'DEV',
  matches: ['https://dev.to/*'],
  optional: true,
  metrics: {
    likes: [
      // Feed cards: "48 reactions" beside the stacked emoji (Preact ReactionsCount). Breaks if
      // the class is renamed; "N reactions" is still found by its noun.
      '.aggregate_reactions_counter',
      // Article sidebar: the total on the reaction drawer's trigger, then each reaction's count
      // (filled in by JS after load). Ids from the templates: stable, kept by a redesign.
      '#reaction_total_count',
      '#reaction-number-like',
      '#reaction-number-unicorn',
      '#reaction-number-exploding_head',
      '#reaction-number-raised_hands',
      '#reaction-number-fire',
      // A reaction category added later: its count in the drawer. Breaks if the drawer's class
      // changes (the ids above still match).
      '.reaction-drawer .crayons-reaction__count',
      // A comment's heart: the bare count before its "likes" label (comment footer).
      '.comment__footer .reactions-count',
    ],
    reposts: [
      // Article sidebar: how many saved it to their reading list.
      '#reaction-number-readinglist',
    ],
    replies: [
      // Article sidebar: "Jump to Comments" count (from data-count).
      '#reaction-number-comment',
      // "Top comments (18)" over the thread: the span holds "(18)".
      '.js-comments-count',
    ],
    followers: [
      // Dashboard menu: Posts, Series, Followers, Following tags/users/organizations/podcasts
      // counters. The nav's aria-label is the hook; breaks if it is renamed.
      'nav[aria-label="Dashboards"] .crayons-indicator',
    ],
    unread: [
      // Header bell: the unread notifications badge (id from the header template).
      '#notifications-number',
    ],
  },
  text: [
    // Feed cards and the dashboard summary: "12 comments", "1,204 Total post reactions".
    { within: '.crayons-story__details, .crayons-card' },
  ],
  composer: {
    // The comment form (comments/_form.html.erb): textarea#text-area, "Submit". Forem's form
    // also sends with Ctrl/Cmd+Enter (handleKeyDown). The reply forms under comments use the
    // same partial.
    textbox: ['form.comment-form textarea[name="comment[body_markdown]"]'],
    submit: ['form.comment-form .comment-form__buttons button[type="submit"]'],
    shortcut: 'mod+enter',
  },
  postPages: [/^\/[^/]+\/[^/]+-[a-z0-9]{2,6}(?:$|[/?#])/],
  notes:
    'DEV is Forem (forem/forem, open source): every template here is modelled on its app/views ' +
    'and app/javascript (articles/_single_story, _multiple_reactions, _multireaction_button, ' +
    '_reaction_button, _full_comment_area, comments/_form, comments/_comment_footer, ' +
    'users/show and _sidebar, dashboards/_actions and _analytics, Preact ReactionsCount and ' +
    'CommentsCount) and on a saved dev.to article page of 2026-07 (sidebar reaction drawer with ' +
    '#reaction_total_count and #reaction-number-* ids); scrapers agree on .aggregate_reactions_counter. ' +
    'Reactions (feed, article, comments), saves, comment counts, dashboard counters and summary, ' +
    'profile "N posts published / N comments written" (by their nouns), the notification badge. ' +
    'Guessed: the comment like label ("&nbsp;likes" after the count; its locale text was not ' +
    'found), the badge id #notifications-number, the dashboard summary labels. Kept visible: ' +
    'read times, dates, tags, "Joined on". Other Forem communities on their own domains are not ' +
    'covered (can be added as custom sites).',
});
