import { defineSite } from './types';

// Pixelfed (Laravel + Vue 2; every server serves the same build of the /i/web app). Written
// against Pixelfed's own markup, never a host: the platform fingerprint applies this file to any
// host it finds running Pixelfed. Modelled on pixelfed/pixelfed `resources/assets/components/`:
// partials/post/PostReactions.vue (@025e685: the like / comment / share pills, "12 Likes" with the
// word hidden below md, a bare share count `span.ml-md-2` beside the retweet icon, and the
// "Liked by @user and 11 others" / "Shared by 4 others" lines `p.reaction-liked-by`),
// partials/profile/ProfileSidebar.vue (`.stats .posts-count / .followers-count /
// .following-count` over `.stats-label`), partials/post/CommentDrawer.vue (the reply form).
// Flagship hosts: pixelfed.social (the project's own server, the largest), pixelfed.de and
// pixel.tchncs.de (large German servers).
const SERVERS = ['pixelfed.social', 'pixelfed.de', 'pixel.tchncs.de'];

export default defineSite({
  id: 'pixelfed',
  name: 'Pixelfed',
  optional: true,
  matches: SERVERS.map((h) => `https://${h}/*`),
  metrics: {
    reposts: [
      // "Shared by 4 others": the link's number, no noun and no control name: only this rule
      // finds it.
      '.reaction-liked-by a[href="#"]',
      // The share pill: a bare count beside the retweet icon. The second form is the pill's own
      // shape (an icon then a count inside one span: the like pill's icon span holds nothing
      // else, the comment pill's icon is not in a span), which a restyle keeps.
      'button:has(> span > i.fa-retweet) span.ml-md-2',
      'button > span > i + span',
    ],
    followers: [
      // Profile sidebar: posts, followers, following counts over their labels.
      '.stats .posts-count',
      '.stats .followers-count',
      '.stats .following-count',
    ],
  },
  text: [
    // The like and comment pills: "12 Likes", "3 Comments" (the word only from md up), or just
    // "Like" with no count, so they are read, not hidden by a rule.
    { within: 'button:has(> span > i.fa-heart)', kind: 'likes', bare: true },
    { within: 'button:has(> i.fa-comment)', kind: 'replies', bare: true },
  ],
  composer: {
    // CommentDrawer.vue: the reply form's textarea ("Write a comment....") and its Post button;
    // no keyboard shortcut (Enter is a new line).
    textbox: ['.reply-form textarea'],
    submit: ['.reply-form-input-actions button.btn-primary'],
  },
  postPages: [/^\/i\/web\/post\/\d+/, /^\/p\/[^/]+\/\d+/],
  notes:
    'Modelled on Pixelfed source (the 2022+ /i/web Vue app): like, comment and share counts in the reaction pills, the "Liked by … ' +
    'and N others" / "Shared by N others" lines, the profile sidebar stats, the comment form. Only the site file catches the ' +
    '"Shared by N others" count. Guessed: the comment form\'s wrapper classes (CommentDrawer.vue was not read in full). Not ' +
    'covered: the classic server-rendered profile grid\'s hover counts, the likes modal list.',
});
