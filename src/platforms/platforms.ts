/**
 * Platforms that run on many domains (issue 20): a Mastodon server, a Medium publication on its
 * own domain. A site the user adds that is one of them gets that platform's site file (its
 * stylesheet and rules) instead of the generic patterns. Each id is a registry site id.
 */
export const PLATFORM_SITES = ['mastodon', 'misskey', 'pixelfed', 'lemmy', 'peertube', 'discourse', 'medium', 'substack', 'ghost'] as const;
export type PlatformSite = (typeof PLATFORM_SITES)[number];

export function isPlatformSite(v: unknown): v is PlatformSite {
  return typeof v === 'string' && (PLATFORM_SITES as readonly string[]).includes(v);
}
