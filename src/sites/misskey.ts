import { defineSite } from './types';

// Misskey and its forks (Sharkey, CherryPick…): a Vue SPA whose production class names are
// CSS-module hashes ("xAibe", new with every release), so nothing here keys on them. What holds
// across versions and forks is the element structure of misskey-dev/misskey
// `packages/frontend/src/components/`: MkNote.vue / MkNoteDetailed.vue (@0038e36: the note is an
// `<article>`, its action bar a `<footer>` of `<button>`s, each count a `<p>` after the icon),
// MkReactionsViewer.reaction.vue (@00cf91c: a `<button class="_button">` holding the reaction's
// emoji `<img alt>` (MkCustomEmoji / MkEmoji) then `<span>` count), the user page's status links
// ("1,234 Notes", ".../following", ".../followers"), MkPostForm.vue (textarea
// `data-cy-post-form-text`, submit `data-cy-open-post-form-submit`, Ctrl/Cmd+Enter in onKeydown).
// Written against Misskey's markup, never a host: the platform fingerprint applies this file to
// any host it finds running Misskey or Sharkey.
// Flagship hosts: misskey.io (the largest Misskey server), misskey.design and sushi.ski (large
// Japanese servers), transfem.social (a large Sharkey server).
const SERVERS = ['misskey.io', 'misskey.design', 'sushi.ski', 'transfem.social'];

export default defineSite({
  id: 'misskey',
  name: 'Misskey',
  optional: true,
  matches: SERVERS.map((h) => `https://${h}/*`),
  metrics: {
    replies: [
      // MkNote footer: reply, renote and reaction buttons each show their count as a <p> after
      // the icon (the menu button has none). No label, no word: only these rules find them.
      // Icons: Tabler in Misskey (ti-arrow-back-up, ti-repeat, ti-plus / ti-heart / ti-minus),
      // Phosphor in Sharkey (guessed names).
      'article footer > button:has(> i:is(.ti-arrow-back-up, .ph-arrow-u-up-left)) > p',
    ],
    reposts: ['article footer > button:has(> i:is(.ti-repeat, .ph-repeat)) > p'],
    likes: [
      'article footer > button:has(> i:is(.ti-plus, .ti-heart, .ti-minus, .ph-smiley, .ph-heart)) > p',
      // Whatever the icon (a fork's, a redesign's): every count in the footer, hidden with likes.
      'article footer > button > p',
      // Reactions under a note: "👍 42", ":blobcat: 7" — an emoji image and a bare count in an
      // unlabelled button. Keyed on the emoji's alt (always set), not on the hashed classes.
      'article button:has(> img[alt]) > span',
      // With "use the device's emoji" on, MkEmoji is a span (alt set) instead of an img.
      'article button:has(> span[alt]) > span:not([alt])',
    ],
    followers: [
      // User page: "1,234 Notes", "312 Following", "5.6K Followers" (bold number, then label).
      'a[href$="/following"] > b',
      'a[href$="/followers"] > b',
      'a[href^="/@"]:has(+ a[href$="/following"]) > b',
    ],
  },
  text: [
    // Should the nesting change (a wrapper around the count, another element than <p>/<span>):
    // bare numbers anywhere inside a note's footer buttons and reaction buttons, as Mastodon's
    // file does for its classic counters.
    { within: 'article footer button:has(i:is(.ti-arrow-back-up, .ph-arrow-u-up-left))', kind: 'replies', bare: true },
    { within: 'article footer button:has(i:is(.ti-repeat, .ph-repeat))', kind: 'reposts', bare: true },
    { within: 'article footer button', kind: 'likes', bare: true },
    { within: 'article button:has(img[alt])', kind: 'likes', bare: true },
  ],
  composer: {
    textbox: ['textarea[data-cy-post-form-text]'],
    submit: ['button[data-cy-open-post-form-submit]'],
    // MkPostForm onKeydown: Ctrl/Cmd+Enter posts (no submit event, no form).
    shortcut: 'mod+enter',
  },
  postPages: [/^\/notes\/[0-9a-z]+/],
  notes:
    'Modelled on Misskey source (2023–2024 MkNote, MkReactionsViewer.reaction, user home, MkPostForm); the same structure holds in ' +
    'Sharkey (a fork). Only the site file catches the note footer counts and the reaction counts (bare numbers beside an icon or ' +
    'an emoji, no label): the rules key on element structure and the emoji\'s alt because the production class names are hashes. ' +
    'Guessed: the user page\'s status nesting in Sharkey. Not covered: the reactions tooltip (user list), the notification ' +
    'badge (its class is hashed; the recogniser reads it where it is labelled).',
});
