import { defineSite } from './types';

// Strava (www.strava.com): the React dashboard feed, an activity's page (the older Rails page with
// a React social bar) and an athlete's profile (Next.js, CSS-module classes).
// Real hooks (userscripts and scrapers, 2024-2026: "Hide Strava pollution" (feed entries, kudos and
// comment counts, the stats list), carlosacchi/stravakudosplus and several auto-kudos scripts (the
// kudos button and its icon), a ride-analysis bookmarklet (the activity page's counts and stats),
// fawda123/rStrava `R/follow_fun.R` (the profile's follow stats)):
// - a feed entry is `[data-testid="web-feed-entry"]`; its kudos count is `[data-testid="kudos_count"]`
//   and its comment count `[data-testid="comments_count"]` (the same test ids on an activity's page);
// - the kudos control is `button[data-testid="kudos_button"]` titled "Give kudos" (its icon
//   `svg[data-testid="unfilled_kudos"]`, `filled_kudos` once given); the kudos list opens from a
//   button titled "View all kudos"; the comment control is `[data-testid="comment_button"]`;
// - the profile's "Following 312 / Followers 1,204" are `.Details_followStats__Pwe6T` holding
//   `.Stat_statLabel___khR4` and `.Stat_statValue__3_kAe` (hashed CSS-module suffixes: matched by
//   their stable prefix).
// The activity's own numbers (distance, pace, time, elevation, heart rate, segments, PRs) are the
// user's data, not social scores: nothing here selects them, and the fixtures keep them.
export default defineSite({
  id: 'strava',
  name: 'Strava',
  matches: ['https://www.strava.com/*'],
  optional: true,
  metrics: {
    likes: [
      // Kudos count of a feed entry or an activity ("24"). Breaks if the test id is renamed; the
      // recogniser then reads it from its control's title ("View all kudos") or "24 kudos".
      '[data-testid="kudos_count"]',
    ],
    replies: [
      // Comment count of a feed entry or an activity. Same test-id family as the kudos count.
      '[data-testid="comments_count"]',
    ],
    followers: [
      // Profile header: the values of "Following" and "Followers" (rStrava's classes, hashed
      // suffix dropped). Breaks if the CSS-module names change; the recogniser reads the label.
      '[class*="Details_followStats"] [class*="Stat_statValue"]',
      // Dashboard athlete card: "Following 312", "Followers 1,204" as links to the follow lists
      // (guessed structure: the number in a <b>). The link path alone tells the recogniser.
      'a[href*="/follows?type="] b',
    ],
    unread: [
      // The notification bell's badge in the top nav (guessed: a span beside the bell's svg).
      '[data-testid="notifications-badge"]',
    ],
  },
  scrub: [
    // The kudos list button's label carries the count on some builds ("24 kudos"; guessed).
    { selector: 'button[data-testid="kudos_button"][aria-label]', attributes: ['aria-label'] },
  ],
  // Comments on an activity (the feed's inline box and the activity page): a textarea and a Post
  // button (guessed hooks: not seen in a source; the composer recogniser carries them otherwise).
  composer: {
    textbox: ['[data-testid="comment-input"] textarea', 'form[data-testid="comment-form"] textarea'],
    submit: ['[data-testid="post-comment-button"]', 'form[data-testid="comment-form"] button[type="submit"]'],
  },
  postPages: [/^\/activities\/\d+/],
  notes:
    'Kudos and comment counts (feed entries, group activities, an activity\'s page), the profile\'s following/followers, the dashboard athlete card\'s following/followers, the notification badge. ' +
    'Modelled on real sources: the feed entry, kudos/comment count and kudos button test ids ("Hide Strava pollution", auto-kudos scripts 2024-2026), the activity page\'s stats and counts (a ride-analysis bookmarklet), the profile\'s follow stats classes (rStrava follow_fun.R). ' +
    'Guessed: the dashboard athlete card\'s markup, the notification badge\'s test id, the comment box and its Post button, the place of the count inside the "View all kudos" button. ' +
    'Kept on purpose: distance, pace, moving time, elevation, heart rate, segment times, PR and KOM achievements, activity counts and the monthly totals (the user\'s training data). ' +
    'Not covered: club leaderboards (rankings of training data, kept), challenge participant counts, segment "attempts" counts.',
});
