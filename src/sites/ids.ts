/**
 * The registry's site ids, without the site files: settings are repaired against them in every
 * part, the content script included, which must not carry the whole registry (issue 18).
 * site-script.test.ts checks that this is the registry's list.
 */
export const SITE_IDS: readonly string[] = [
  'x', 'youtube', 'reddit', 'instagram', 'facebook', 'linkedin', 'tiktok', 'threads', 'bluesky', 'mastodon',
  'hackernews', 'github', 'stackoverflow', 'twitch', 'pinterest', 'medium', 'substack', 'quora', 'tumblr',
  'dev', 'soundcloud', 'vimeo', 'lobsters', 'producthunt', 'strava', 'goodreads', 'spotify', 'bilibili', 'kick',
  'lemmy', 'discourse', 'peertube', 'misskey', 'pixelfed', 'ghost',
];
