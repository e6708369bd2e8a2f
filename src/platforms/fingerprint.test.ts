/**
 * Fingerprints on saved page heads (src/platforms/heads/: each modelled on the platform's own
 * page template, trimmed to its head and mount point), and pages that must not be recognised:
 * a WordPress blog that talks about every platform and links to them, a generic single-page
 * app (#root, #app, #splash, a manifest), a Laravel shop with the same mix bundles as Pixelfed,
 * an Angular app with <my-app>, GitHub's page for the Mastodon repository.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyPlatform, readPageSignals, KNOWN_IDS } from './fingerprint';

function detect(file: string) {
  const html = readFileSync(resolve(import.meta.dirname, 'heads', file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return classifyPlatform(readPageSignals(doc));
}

describe('platform fingerprints', () => {
  it.each([
    ['mastodon.html', 'mastodon', 'Mastodon'],
    ['glitch.html', 'mastodon', 'Glitch'],
    ['akkoma.html', 'mastodon', 'Akkoma'],
    ['pleroma.html', 'mastodon', 'Pleroma'],
    ['misskey.html', 'misskey', 'Misskey'],
    ['sharkey.html', 'misskey', 'Sharkey'],
    ['pixelfed.html', 'pixelfed', 'Pixelfed'],
    ['lemmy.html', 'lemmy', 'Lemmy'],
    ['peertube.html', 'peertube', 'PeerTube'],
    ['discourse.html', 'discourse', 'Discourse'],
    ['ghost.html', 'ghost', 'Ghost'],
    ['ghost-nogenerator.html', 'ghost', 'Ghost'],
    ['medium.html', 'medium', 'Medium'],
    ['substack.html', 'substack', 'Substack'],
  ])('%s is %s (%s)', (file, site, software) => {
    expect(detect(file)).toEqual({ site, software });
  });

  it.each(['not-wordpress.html', 'not-spa.html', 'not-laravel.html', 'not-angular.html', 'not-github.html'])('%s is no known platform', (file) => {
    expect(detect(file)).toBeNull();
  });

  it('an empty page is no platform, and the signals of one are empty', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><title>x</title>', 'text/html');
    const s = readPageSignals(doc);
    expect(s).toEqual({ generators: [], appNames: [], metas: [], manifest: '', assets: [], ids: [], tags: [], inline: [] });
    expect(classifyPlatform(s)).toBeNull();
  });

  it('the collector is self-contained: its source names no outside helper (it is sent to the tab alone)', () => {
    const src = readPageSignals.toString();
    for (const id of KNOWN_IDS) expect(src).toMatch(new RegExp(`['"]${id}['"]`));
    expect(src).not.toMatch(/\bKNOWN_IDS\b|\bclassifyPlatform\b|\bimport\b/);
  });

  it('the collector reads bounded amounts from a huge page', () => {
    const many = Array.from({ length: 500 }, (_, i) => `<script src="/a${i}.js"></script><script>var x${i} = ${'1'.repeat(500)};</script><meta name="al:x${i}" content="y">`).join('');
    const doc = new DOMParser().parseFromString(`<!doctype html><head>${many}</head>`, 'text/html');
    const s = readPageSignals(doc);
    expect(s.assets.length).toBeLessThanOrEqual(80);
    expect(s.inline.length).toBeLessThanOrEqual(20);
    expect(s.metas.length).toBeLessThanOrEqual(40);
    expect(Math.max(...s.inline.map((t) => t.length))).toBeLessThanOrEqual(120);
  });
});
