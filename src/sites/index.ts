/**
 * The registry: every supported site, in the order the options page lists them.
 * Add a site by writing src/sites/<id>.ts and listing it here and in ./ids.ts; the registry
 * tests check both.
 */
import type { Site } from './types';
import { hostMayMatch, hostOf, siteCovers } from './match';

export { matchPatternToRegExp, siteCovers } from './match';
import x from './x';
import bluesky from './bluesky';
import mastodon from './mastodon';
import threads from './threads';
import tiktok from './tiktok';
import hackernews from './hackernews';
import github from './github';
import stackoverflow from './stackoverflow';
import twitch from './twitch';
import pinterest from './pinterest';
import medium from './medium';
import substack from './substack';
import quora from './quora';
import youtube from './youtube';
import reddit from './reddit';
import instagram from './instagram';
import facebook from './facebook';
import linkedin from './linkedin';
import tumblr from './tumblr';
import dev from './dev';
import soundcloud from './soundcloud';
import vimeo from './vimeo';
import lobsters from './lobsters';
import producthunt from './producthunt';
import strava from './strava';
import goodreads from './goodreads';
import spotify from './spotify';
import bilibili from './bilibili';
import kick from './kick';
import lemmy from './lemmy';
import discourse from './discourse';
import peertube from './peertube';
import misskey from './misskey';
import pixelfed from './pixelfed';
import ghost from './ghost';

export const sites: readonly Site[] = [
  // The big platforms, then the long tail.
  x, youtube, reddit, instagram, facebook, linkedin, tiktok, threads, bluesky, mastodon,
  hackernews, github, stackoverflow, twitch, pinterest, medium, substack, quora, tumblr,
  // Added after the first release (issue 20): optional host permissions, asked for at run time.
  dev, soundcloud, vimeo, lobsters, producthunt,
  strava, goodreads, spotify, bilibili, kick,
  // Platforms that run on many hosts (optional: asked for at run time, issue 20).
  lemmy, discourse, peertube, misskey, pixelfed, ghost,
];

export type SiteId = (typeof sites)[number]['id'];

const byId = new Map(sites.map((s) => [s.id, s]));
export function getSite(id: string): Site | undefined {
  return byId.get(id);
}

/**
 * The registry site whose match patterns cover this URL, if any. Asked on every page load: only
 * the patterns whose host could be this URL's are made into expressions (building all of them
 * was 2 ms of a profiled load).
 */
export function findSiteForUrl(url: string, custom?: readonly { origin: string; platform?: string }[]): Site | undefined {
  // A site's own pages, or its embeds (an embedded post's frame on another site's page).
  const found = sites.find((s) => siteCovers(s, url));
  if (found || !custom) return found;
  return platformSiteFor(url, custom);
}

/**
 * For a site the user added that runs a known platform (a Mastodon server, a Medium publication
 * on its own domain: settings' `customSites[].platform`), that platform's site file.
 */
export function platformSiteFor(url: string, custom: readonly { origin: string; platform?: string }[]): Site | undefined {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  const p = custom.find((c) => c.origin === origin)?.platform;
  return p ? byId.get(p) : undefined;
}

/**
 * A site's embed patterns on hosts its `matches` already hold (YouTube's /embed/ player): these
 * are declared in the manifest with all_frames. The others (platform.twitter.com for X) are on
 * hosts of their own: optional host permissions, registered by the background once granted.
 */
export function declaredEmbeds(site: Site): string[] {
  return (site.embeds ?? []).filter((e) => site.matches.some((m) => hostMayMatch(hostOf(m), hostOf(e))));
}
export function optionalEmbeds(site: Site): string[] {
  const declared = declaredEmbeds(site);
  return (site.embeds ?? []).filter((e) => !declared.includes(e));
}

/**
 * Whether the popup and options offer "Ask before posting" on a registry site: where the site
 * has a composer. The pause works there through the site's selectors or, where they miss, the
 * composer recogniser; every such site has a composer fixture (pause-offered.test.ts).
 */
export function offersPause(site: Site): boolean {
  return !!site.composer;
}
