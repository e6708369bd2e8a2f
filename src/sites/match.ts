/**
 * Match patterns over addresses, apart from the registry: the content script needs them for its
 * one site, and importing the registry would put every site file into every site's bundle.
 */
import type { Site } from './types';

/** Converts a manifest match pattern to a RegExp over a URL. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(\*|https?|wss?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Bad match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme);
  const hostRe =
    host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = esc(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

/** The host part of a URL or a match pattern ("https://*.reddit.com/*" -> "*.reddit.com"). */
export function hostOf(u: string): string {
  const start = u.indexOf('://');
  if (start < 0) return '';
  const from = start + 3;
  const end = u.slice(from).search(/[/:?#]/);
  return (end < 0 ? u.slice(from) : u.slice(from, from + end)).toLowerCase();
}

export function hostMayMatch(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
  return host === pattern;
}

/** Whether this address is one of the site's own pages or embeds (not a site the user added that runs its platform). */
export function siteCovers(site: Pick<Site, 'matches' | 'embeds'>, url: string): boolean {
  const host = hostOf(url);
  const covers = (p: string) => hostMayMatch(hostOf(p), host) && matchPatternToRegExp(p).test(url);
  return site.matches.some(covers) || !!site.embeds?.some(covers);
}
