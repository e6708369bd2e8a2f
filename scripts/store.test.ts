/**
 * The store listing (store/) fits the stores' limits: every UI language has a name and
 * manifest description within the Chrome Web Store's (75 / 132 characters) and an AMO summary
 * within AMO's 250; the pictures have the sizes the stores take; the privacy answers justify
 * every permission the manifest asks for.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sites } from '../src/sites';

const ROOT = resolve(import.meta.dirname, '..');
const STORE = join(ROOT, 'store');
const LOCALES = join(ROOT, 'public', '_locales');
const langs = readdirSync(LOCALES).sort();
const messages = (l: string) => JSON.parse(readFileSync(join(LOCALES, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const listing = (l: string) => JSON.parse(readFileSync(join(STORE, 'listing', `${l}.json`), 'utf8')) as { summary: string; description: string };
/** Characters as the stores count them (code points, not UTF-16 units). */
const len = (s: string) => [...s].length;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('store listing', () => {
  it('a listing for every UI language, and none for a language the UI lacks', () => {
    expect(readdirSync(join(STORE, 'listing')).map((f) => f.replace(/\.json$/, '')).sort()).toEqual(langs);
  });

  for (const l of langs) {
    it(`${l}: within the limits`, () => {
      const m = messages(l);
      expect(len(m.extName.message), 'name (Chrome: 75)').toBeLessThanOrEqual(75);
      expect(len(m.extDescription.message), 'manifest description (Chrome: 132)').toBeLessThanOrEqual(132);
      const { summary, description } = listing(l);
      expect(len(summary), 'AMO summary (250)').toBeLessThanOrEqual(250);
      expect(len(summary)).toBeGreaterThan(40);
      expect(len(description), 'description (Chrome: 16,000)').toBeLessThanOrEqual(16_000);
      expect(len(description)).toBeGreaterThan(len(summary));
      // The site count the texts promise is the registry's ("19 sites", or "15 more" beside the four named).
      for (const text of [summary, description]) for (const n of text.matchAll(/\b(\d+)\b/g)) if (Number(n[1]) > 5) expect([sites.length, sites.length - 4]).toContain(Number(n[1]));
    });
  }

  it('screenshots are 1280×800, the promo tile 440×280', () => {
    const shots = readdirSync(join(STORE, 'screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(4);
    for (const f of shots) expect(pngSize(join(STORE, 'screenshots', f)), f).toEqual([1280, 800]);
    expect(pngSize(join(STORE, 'promo-440x280.png'))).toEqual([440, 280]);
  });

  it('the privacy answers justify every permission the manifest asks for', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.config.ts'), 'utf8');
    const perms = [...(/permissions: \[([^\]]*)\]/.exec(manifest)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(perms.length).toBeGreaterThan(0);
    const privacy = existsSync(join(STORE, 'privacy.md')) ? readFileSync(join(STORE, 'privacy.md'), 'utf8') : '';
    for (const p of perms) expect(privacy, p).toContain(`| \`${p}\` |`);
    expect(privacy).toContain('Host permissions');
    expect(privacy).toContain('data_collection_permissions');
  });
});
