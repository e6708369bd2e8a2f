import { defineSite } from './types';

// Lobsters (lobste.rs). Server-rendered Rails views, open source (lobsters/lobsters
// app/views): the class names below are in its templates and have stayed put for years.
export default defineSite({
  id: 'lobsters',
  name: 'Lobsters',
  matches: ['https://lobste.rs/*'],
  optional: true,
  metrics: {
    scores: [
      // Story and comment scores under the upvote arrow (stories/_listdetail, comments/_comment:
      // div.voters > a.upvoter + div.score). Shows "~" while a score is hidden. Breaks if the
      // voters block is renamed.
      '.voters > .score',
    ],
    replies: [
      // The phone layout's comment count bubble beside each story.
      '.mobile_comments > span',
    ],
  },
  text: [
    // "12 comments" at the end of each story's byline (no element of its own besides the link;
    // "no comments" has no number).
    { within: '.comments_label' },
    // Profile: "Stories Submitted:" and "Comments Posted:" values, bare numbers in links to the
    // user's stories and threads (keyed on the links, which a redesign keeps).
    { within: 'a[href^="/~"]:is([href$="/stories"], [href$="/threads"])', bare: true, kind: 'followers' },
  ],
  composer: {
    // comments/_commentbox: textarea name="comment", input[type=submit] "Post" (.comment-post),
    // a Preview button; the page's JS posts it. Keyed on the field's name as well (kept by a
    // redesign).
    textbox: ['.comment_form_container textarea[name="comment"]', 'form textarea[name="comment"]'],
    submit: ['.comment_form_container input.comment-post', 'form:has(textarea[name="comment"]) input[type="submit"]'],
  },
  postPages: [/^\/s\/[a-z0-9]+/],
  notes:
    'Story and comment scores, comment counts, profile karma and story/comment totals. Modelled ' +
    'on lobsters/lobsters app/views (stories/_listdetail: .voters .score, .comments_label, ' +
    '.mobile_comments; comments/_comment; comments/_commentbox; users/show: "Karma:", "Stories ' +
    'Submitted:", "Comments Posted:" labels with span.d values, found by their words). Guessed: ' +
    'the profile\'s stories/threads links inside span.d (helpers not read), the upvoter\'s ' +
    'title on comments (none: a comment score after a redesign has nothing to name it), names ' +
    'and numbers. Not covered: the karma in the top bar when signed in (its markup was not ' +
    'found), "(hidden by 3 users)" on a story page. Kept visible: times, tags, domains.',
});
