import { defineSite } from './types';

// Kick (kick.com): a Next.js app styled with Tailwind utility classes, so classes say how a thing
// looks, not what it is. Real hooks:
// - the live viewer count is `[data-testid="viewer-count"]`, drawn as an odometer: one
//   `div.flex.overflow-hidden` per digit holding the digits 0-9, the shown one translated into
//   view (akatsuki2425/AkaTv `Kick.user.js`, 2025: it reads the digit whose transform is 0);
// - chat: `#channel-chatroom`, `#chatroom-messages`, `#chatroom-footer`, the Lexical editor
//   `#channel-chatroom .editor-input[contenteditable]` and `#send-message-button`
//   (Xzensi/NipahTV `src/Sites/Kick/KickUserInterface.ts`, 2025-2026).
// Followers ("1.2M followers") and card viewers ("12.3K viewers") are text with their noun: the
// recogniser finds them. Guessed: the sidebar's structure and the channel header's markup.
export default defineSite({
  id: 'kick',
  name: 'Kick',
  matches: ['https://kick.com/*'],
  optional: true,
  metrics: {
    views: [
      // Channel page: the odometer of live viewers beside the red dot. The digits are a column of
      // 0-9 per place, so nothing but the hook tells it is a count: renaming it breaks this.
      '[data-testid="viewer-count"]',
    ],
  },
  text: [
    // Sidebar channels (followed, recommended): a bare "12.3K" beside a live dot in each channel
    // link. Only bare numbers in these links count; names with digits are more than a number.
    { within: '#sidebar-wrapper a[href]', kind: 'views', bare: true },
  ],
  composer: {
    textbox: ['#channel-chatroom .editor-input[contenteditable]'],
    submit: ['#send-message-button'],
    shortcut: 'enter',
    // Chat: paused only when the user turned on the chat switch (off by default).
    chat: true,
  },
  postPages: [/^\/[^/]+\/videos\/[\w-]+/],
  notes:
    'Live viewers (the channel page\'s odometer, sidebar channels, home and browse cards), channel followers, VOD views. ' +
    'Modelled on real sources: the viewer-count test id and its digit-wheel structure (AkaTv Kick userscript), the chat room, editor and send button ids (NipahTV). ' +
    'Guessed: the sidebar\'s id and structure, the channel header, home cards and VOD page markup. ' +
    'Kept: stream titles, stream uptime, category names, VOD durations and dates, chat messages. ' +
    'Not covered: subscriber gift leaderboards and "Kicks" totals (a currency), chat badges\' month counts.',
});
