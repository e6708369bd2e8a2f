import { defineSite } from './types';

// Twitch. Obfuscated styled-component classes; the hooks are data-a-target and
// data-test-selector (used by Twitch's own tests), see ../shared/SITES.md (S3).
export default defineSite({
  id: 'twitch',
  name: 'Twitch',
  matches: ['https://www.twitch.tv/*', 'https://m.twitch.tv/*'],
  metrics: {
    views: [
      // Channel page under the player: "12,345" viewers.
      '[data-a-target="animated-channel-viewers-count"]',
      // Side nav cards (followed, recommended): the live viewer count beside the red dot. Only
      // live cards (they have the dot); offline ones say "Offline" in the same place.
      '[data-a-target="side-nav-live-status"]:has([class*="ChannelStatusIndicator"])',
      // Directory and browse cards: "12.3K viewers" over the thumbnail.
      '[data-a-target="preview-card-image-link"] .tw-media-card-stat',
    ],
    unread: [
      // Notification bell and whispers badges.
      '[data-test-selector="onsite-notifications__badge"]',
      '[data-a-target="whisper-box-button"] .tw-pill',
    ],
  },
  text: [
    // The side nav count has no element of its own on some builds: a bare "12.3K".
    { within: '[data-test-selector="side-nav"] :is([data-test-selector="followed-channel"], [data-test-selector="recommended-channel"], [data-test-selector="similarity-channel"])', bare: true, kind: 'views' },
    // Channel header and about panel: "1.2M followers" (classes only, no hook).
    { within: '.channel-info-content, [data-a-target="about-panel"], #live-channel-about-panel' },
  ],
  titleCount: true,
  composer: {
    textbox: ['[data-a-target="chat-input"]'],
    submit: ['button[data-a-target="chat-send-button"]'],
    shortcut: 'enter',
    // Chat: paused only when the user turned on the chat switch (off by default).
    chat: true,
  },
  notes:
    'Viewer counts (channel, side nav, directory cards), followers (by text), notification ' +
    'badges and the "(2) Twitch" title. Not covered: counts drawn on the video player canvas, ' +
    'Hype Train and prediction totals (channel-points amounts are a currency, not a score).',
});
