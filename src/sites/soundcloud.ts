import { defineSite } from './types';

// SoundCloud. A React app with BEM-ish, long-lived class names (`soundStats`, `sc-ministats-*`,
// `infoStats__*`) that userscripts and scrapers have keyed on for a decade. Each ministat holds
// a visually hidden "8,440 plays" and the shown "8,440" (aria-hidden); the item's title repeats
// the exact count (scrubbed by the label rules, it names the metric).
export default defineSite({
  id: 'soundcloud',
  name: 'SoundCloud',
  matches: ['https://soundcloud.com/*', 'https://m.soundcloud.com/*'],
  optional: true,
  metrics: {
    views: [
      // Plays under each track (lists, the track page's engagement bar). Breaks if the ministat
      // stops wrapping its number in the aria-hidden span; "plays" in the title still names it.
      '.sc-ministats-plays > span[aria-hidden="true"]',
    ],
    likes: [
      // Likes ministat (a link to …/likes: also found by its path after a redesign).
      '.sc-ministats-likes > span[aria-hidden="true"]',
    ],
    reposts: [
      // Reposts ministat (a link to …/reposts).
      '.sc-ministats-reposts > span[aria-hidden="true"]',
    ],
    replies: [
      // Comments ministat (a link to …/comments).
      '.sc-ministats-comments > span[aria-hidden="true"]',
    ],
    followers: [
      // Profile header: Followers, Following, Tracks (the value under each title, in a link to
      // /followers, /following, /tracks). Breaks if the infoStats block is renamed.
      '.infoStats__value',
    ],
  },
  text: [
    // List rows' Like and Repost buttons print the count as their whole text ("9,766"), or
    // "Like" when there is none: only a bare number there is a count, so no CSS rule.
    { within: '.sc-button-like', bare: true, kind: 'likes' },
    { within: '.sc-button-repost', bare: true, kind: 'reposts' },
    // Sidebar module headers ("1,234 likes", "56 following") and the comments header
    // ("312 comments"): counts with their noun.
    { within: '.sidebarHeader, .commentsList__title' },
  ],
  composer: {
    // The "Write a comment" box on a track page: a one-line input, Enter sends (the form's
    // submit button is visually hidden). Keyed on its label as well as its class: the composer
    // recogniser leaves one-line inputs alone (search boxes), so after a redesign only the
    // label finds it (English UI only).
    textbox: ['input.commentForm__input', 'form input[aria-label="Write a comment"]'],
    submit: ['form.commentForm__wrapper button[type="submit"]', 'form:has(input[aria-label="Write a comment"]) button[type="submit"]'],
    shortcut: 'enter',
  },
  postPages: [/^\/[^/]+\/(?!sets\/|likes$|reposts$|followers$|following$|tracks$|albums$|popular-tracks$|comments$)[^/?#]+(?:$|[?#])/],
  notes:
    'Plays, likes, reposts, comments (ministats in lists and on track pages), Like/Repost button ' +
    'counts in lists, profile Followers/Following/Tracks, sidebar headers ("1,234 likes"). ' +
    'Modelled on real markup quoted by sources: a clone of SoundCloud\'s sidebar module that ' +
    'copies the page (ul.soundStats[aria-label="Track stats"], li[title="8,440 plays"], ' +
    '.sc-ministats-{plays,likes,reposts,comments} with sc-visuallyhidden + aria-hidden spans, the ' +
    'sc-button-like/-more buttons with title and aria-label), scrapers and userscripts ' +
    '(akelsch/soundcloud-sort: .sc-button-like text "9,766" and .soundStats > li titles; ' +
    'infoStats__statLink[title*=followers] .infoStats__value; a counts hider listing sc-button-like, ' +
    'sc-button-repost, infoStats__value, sc-ministats, sidebarHeader__actualTitle). Guessed: the ' +
    'comment form (a one-line input sent with Enter; classes from a dark-mode userscript), the ' +
    'comments header text, the feed URL and page layout. The profile Tracks count is hidden with ' +
    'the other infoStats (a count of uploads); playlist lengths ("12 tracks") and durations stay.',
});
