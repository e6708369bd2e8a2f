/**
 * The platform cases of e2e/platforms.spec.ts (Chromium) and e2e/firefox-platforms.spec.ts: a
 * Mastodon server and a Medium publication Unscored does not cover, each page a platform
 * fixture moved to that host with counts only the platform's site file catches.
 */
import { listFixtures, type FixtureFile } from './fixture-files';

/** Medium's markers on a publication's own domain (modelled on Medium's article head). */
const MEDIUM_HEAD = `<meta property="al:ios:app_name" content="Medium"><meta property="al:android:package" content="com.medium.reader">
<link rel="preconnect" href="https://glyph.medium.com" crossorigin=""><script src="https://cdn-client.medium.com/lite/static/js/manifest.b1c2.js" defer></script>`;

/**
 * Counts in the platform's own hooks and nothing else to go on (buttons without a label, no
 * noun): what its site file's selectors hide and the generic patterns cannot know. Mastodon: the
 * classic action bar's counters (`.status__action-bar > :nth-child(2) .icon-button__counter`,
 * the favourite's `.star-icon`); Medium: the clap count's `.pw-multi-vote-count`.
 */
export const ONLY_PLATFORM: Record<Case['platform'], string> = {
  mastodon: `<div class="status__action-bar"><div class="status__action-bar__button-wrapper"><button type="button" class="status__action-bar__button icon-button"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M0 0h24v24H0z"></path></svg><span class="icon-button__counter" data-expect="metric">4</span></button></div><div class="status__action-bar__button-wrapper"><button type="button" class="status__action-bar__button icon-button"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M0 0h24v24H0z"></path></svg><span class="icon-button__counter" data-expect="metric">17</span></button></div><div class="status__action-bar__button-wrapper"><button type="button" class="status__action-bar__button star-icon icon-button"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M0 0h24v24H0z"></path></svg><span class="icon-button__counter" data-expect="metric">230</span></button></div></div>`,
  medium: `<div class="ab q"><div class="pw-multi-vote-count l kw kx ky kz la lb lc"><p class="be b dx z dw" data-expect="metric">1.4K</p></div></div>`,
};

export interface Case {
  platform: 'mastodon' | 'medium';
  origin: string;
  offer: string;
  fixtures: FixtureFile[];
}

export const moved = (f: FixtureFile, origin: string, head = '', body = ''): FixtureFile => {
  const u = new URL(f.url);
  let html = head ? f.html.replace('</head>', `${head}</head>`) : f.html;
  if (body) html = html.replace('</body>', `${body}</body>`);
  return { ...f, url: `${origin}${u.pathname}${u.search}`, html };
};

export const CASES: Case[] = [
  // Mastodon's own front end (its #mastodon mount); Pleroma-FE's page is the next case's.
  { platform: 'mastodon', origin: 'https://social.example.net', offer: 'Hide scores on social.example.net (a Mastodon server)', fixtures: listFixtures('mastodon').filter((f) => f.html.includes('id="mastodon"')).map((f) => moved(f, 'https://social.example.net', '', ONLY_PLATFORM.mastodon)) },
  // A Pleroma server: Mastodon's rules and Pleroma-FE's (its emoji reaction counts and an
  // expanded post's "Repeats" are known to nothing but the site file).
  { platform: 'mastodon', origin: 'https://pleroma.example.net', offer: 'Hide scores on pleroma.example.net (a Pleroma server)', fixtures: listFixtures('mastodon').filter((f) => f.name === 'pleroma-fe').map((f) => moved(f, 'https://pleroma.example.net')) },
  { platform: 'medium', origin: 'https://blog.example.com', offer: 'Hide scores on blog.example.com (a Medium publication)', fixtures: listFixtures('medium').map((f) => moved(f, 'https://blog.example.com', MEDIUM_HEAD, ONLY_PLATFORM.medium)) },
];
