import { defineSite } from './types';

// PeerTube (Angular client; every instance serves the same build, themes restyle it). Written
// against the client's own class names and Angular element names, never a host: the platform
// fingerprint applies this file to any host it finds running PeerTube. Modelled on
// Chocobozzz/PeerTube `client/src/app/`: +videos/+video-watch/shared/action-buttons/
// video-rate.component.html (@017795c: `.action-button-like` / `-dislike` with `span.count`,
// aria-label "Like this video"), action-buttons.component.html (@06a5557: the likes bar),
// shared/shared-video-miniature/video-miniature.component.html (@017795c: `.date-and-views >
// .views > my-video-views-counter`), shared/shared-user-subscription/subscribe-button.component.html
// (@1916c96: `.followers-count` beside "Subscribe"), the comments block (`h2.title-page` "12
// Comments") and video-comment-add (textarea, "Comment"/"Reply" button, Ctrl/Cmd+Enter on keyup).
// Flagship hosts: framatube.org (Framasoft, PeerTube's developers), video.blender.org (the Blender
// Foundation's), tilvids.com, peertube.tv, diode.zone, tube.tchncs.de: large, long-running
// public instances.
const INSTANCES = ['framatube.org', 'video.blender.org', 'tilvids.com', 'peertube.tv', 'diode.zone', 'tube.tchncs.de'];

export default defineSite({
  id: 'peertube',
  name: 'PeerTube',
  optional: true,
  matches: INSTANCES.map((h) => `https://${h}/*`),
  metrics: {
    likes: [
      // Watch page: the counts beside the like and dislike icons (shown only when non-zero).
      '.action-button-like .count',
      '.action-button-dislike .count',
    ],
    views: [
      // "1.2K views" / "42 viewers" under each miniature and on the watch page.
      'my-video-views-counter',
      '.date-and-views .views',
      '.video-info-date-views .views',
    ],
    followers: [
      // The subscribe button: a bare "1.8K" beside "Subscribe", no noun, in a button named
      // "Open subscription dropdown" when logged out: only this rule finds it. The second
      // selector survives a restyle (English UI only).
      '.btn-group-subscribe .followers-count',
      'button[aria-label="Open subscription dropdown"] > span + span',
      // Channel and account pages: "12K subscribers" (the "340 videos" beside it is not a score).
      '.actor-counters > span:not(.videos-count)',
    ],
    replies: [
      // Comments heading under the video: "12 Comments".
      'my-video-comments h2.title-page',
    ],
    unread: [
      // Header: the notifications bell's unread count.
      'my-notification-dropdown .unread-notifications',
    ],
  },
  composer: {
    // video-comment-add: the form's textarea ("Add comment...") and its orange submit button.
    textbox: ['my-video-comment-add textarea', 'form.video-comment-add textarea'],
    submit: ['my-video-comment-add .comment-buttons button:not(.cancel-button)', 'form .comment-buttons button.orange-button'],
    // (keyup.control.enter) / (keyup.meta.enter) call onValidKey().
    shortcut: 'mod+enter',
  },
  postPages: [/^\/w\/[^/]+/, /^\/videos\/watch\//],
  notes:
    'Modelled on PeerTube client source (6.x): like/dislike counts, miniature and watch-page views, the subscribe button count, ' +
    'channel counters, the comments heading, the comment form. Only the site file catches the subscribe button\'s bare subscriber ' +
    'count. Guessed: the notification badge class and the channel header\'s `.actor-counters` nesting (it has moved between ' +
    'versions). Not covered: the likes/dislikes ratio bar (a width, no number), counts inside the embedded player.',
});
