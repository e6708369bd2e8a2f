/**
 * Each site's content script is two files (issue 18): `sites/<id>.js`, this site's definition as
 * a literal, then the shared content script, which takes the site from it. A page so parses and
 * compiles only its own site file, never the other 34 (they were a third of the old bundle).
 * Content scripts listed together run in order in the same isolated world, so the first leaves
 * the site where the second finds it; the page's own scripts cannot see that world's globals.
 *
 * Sites the user added: their platform's file then the shared script, or the shared script
 * alone (generic patterns), as src/background/custom-scripts.ts registers them.
 */
import type { Site } from './types';

/** Where the site's definition waits for the shared content script (in the isolated world). */
export const SITE_GLOBAL = '__unscoredSite';

export function siteScriptPath(id: string): string {
  return `sites/${id}.js`;
}

/** The content script files for a site (a registry site's id, or a platform's), or for none. */
export function contentScriptFiles(siteId: string | undefined, sharedScript: string): string[] {
  return siteId ? [siteScriptPath(siteId), sharedScript] : [sharedScript];
}

/**
 * A site as a JavaScript literal: JSON, with regular expressions written as literals (the owner
 * hooks' name patterns, the post-page addresses). The notes are for people and stay out.
 */
export function siteLiteral(site: Site): string {
  const regexps: RegExp[] = [];
  const json = JSON.stringify({ ...site, notes: undefined }, (_k, v: unknown) => {
    if (v instanceof RegExp) return `\u0000re${regexps.push(v) - 1}\u0000`;
    if (typeof v === 'function') throw new Error(`site ${site.id}: a function cannot be written into its script`);
    return v;
  });
  return json.replace(/"\\u0000re(\d+)\\u0000"/g, (_m, i: string) => regexps[Number(i)].toString());
}

/** The whole `sites/<id>.js` file. */
export function siteScriptSource(site: Site): string {
  return `globalThis.${SITE_GLOBAL}=${siteLiteral(site)};\n`;
}

/** The site the first file left, if any (and only once: a later injection leaves its own). */
export function takeGivenSite(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Site | undefined {
  const v = scope[SITE_GLOBAL];
  delete scope[SITE_GLOBAL];
  const s = v as Site | undefined;
  return s && typeof s === 'object' && typeof s.id === 'string' && Array.isArray(s.matches) ? s : undefined;
}
