import { defineSite } from './types';

// Spotify's web player (open.spotify.com). Classes are hashed and change with every deploy;
// the stable hooks are the `data-testid`s that Spotify's own tests use, which scrapers and
// automation tools (2024-2026) key on: `section[data-testid="track-page"]` with
// `[data-testid="entity-header"]`, `entityTitle`, `creator-link`, `release-date` and the track's
// `[data-testid="playcount"]`; track lists `[data-testid="playlist-tracklist"]` /
// `[data-testid="track-list"]` of `[data-testid="tracklist-row"]` rows whose cells are
// `[role="gridcell"][aria-colindex]` (2: title with `a[data-testid="internal-track-link"]`;
// 3: plays on an artist's or album's list, the album on a playlist); `#Desktop_LeftSidebar_Id`,
// `[data-testid="now-playing-widget"]`, `control-button-playpause`.
// Monthly listeners ("2,345,678 monthly listeners") and followers are plain text with no test id
// in these sources: the recogniser finds them by their nouns (en words: "monthly listeners",
// "followers", "saves"); the artist and album page test ids below are guessed by analogy with
// "track-page".
export default defineSite({
  id: 'spotify',
  name: 'Spotify',
  matches: ['https://open.spotify.com/*'],
  optional: true,
  metrics: {
    views: [
      // A track's own page: its play count ("1,234,567"; scrapers' hook). Breaks if renamed; the
      // bare number beside the release year then has nothing to tell it from a year's neighbour.
      '[data-testid="playcount"]',
      // Play counts in the "Popular" list of an artist (and of a track's page) and in an album's
      // track list: the third cell. Not on playlists, where the third cell is the album (kept). Guessed page test ids.
      ':is([data-testid="artist-page"], [data-testid="album-page"], [data-testid="track-page"]) [data-testid="tracklist-row"] [role="gridcell"][aria-colindex="3"] > div',
    ],
  },
  text: [
    // Bare play counts in an artist's popular list, should the cell lose its inner div: only
    // under the artist or album page (never a playlist's album column).
    { within: ':is([data-testid="artist-page"], [data-testid="album-page"], [data-testid="track-page"]) [data-testid="tracklist-row"] [aria-colindex="3"]', kind: 'views', bare: true },
  ],
  // No composer: the web player has no comment box (Spotify has no comments on music).
  postPages: [/^\/(?:intl-[a-z]+\/)?track\//],
  notes:
    'Play counts (a track\'s page, an artist\'s popular tracks, an album\'s track list), monthly listeners (artist header, the About dialog, the now-playing view\'s About the artist card), followers (artist About dialog, a user\'s profile), playlist saves and followers. ' +
    'Modelled on real sources: the track-page, entity-header, entityTitle, creator-link, release-date and playcount test ids, tracklist-row rows and their aria-colindex cells, internal-track-link, now-playing-widget, #Desktop_LeftSidebar_Id (scrapers and automation 2024-2026). ' +
    'Guessed: the artist-page and album-page test ids, the header markup around monthly listeners, the About dialog, the playlist header line. ' +
    'Kept on purpose: track durations, playback position, release years, track numbers, song counts and total lengths of albums and playlists. ' +
    'Not covered: the "#12 in the world" rank in an artist\'s About dialog (a position, kept), podcast episode ratings.',
});
