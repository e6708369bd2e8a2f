/**
 * Fixture files: e2e/fixtures/<site>/<page>.html. The first line is a comment naming the real
 * URL the page is served under: `<!-- url: https://x.com/home -->`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths';

export interface FixtureFile {
  site: string;
  name: string;
  path: string;
  url: string;
  html: string;
}

export function listFixtures(site?: string): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const dir of readdirSync(FIXTURES).sort()) {
    if (site && dir !== site) continue;
    const full = join(FIXTURES, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const f of readdirSync(full).sort()) {
      if (!f.endsWith('.html')) continue;
      const html = readFileSync(join(full, f), 'utf8');
      const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
      if (!m) throw new Error(`${dir}/${f}: first line must be <!-- url: https://… -->`);
      out.push({ site: dir, name: f.replace(/\.html$/, ''), path: join(full, f), url: m[1], html });
    }
  }
  return out;
}

/** The same page under a host no content script matches: the "without the extension" copy. */
export function controlUrl(url: string): string {
  const u = new URL(url);
  return `https://control.unscored.test/${u.hostname}${u.pathname}${u.search}`;
}
