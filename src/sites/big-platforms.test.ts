import { describe, expect, it } from 'vitest';
import { findSiteForUrl, getSite } from './index';

describe('the big platforms (part B) are in the registry', () => {
  it.each([
    ['https://www.tiktok.com/foryou', 'tiktok'],
    ['https://www.tiktok.com/@gina_runs42/video/7301234567890000001', 'tiktok'],
    ['https://www.threads.net/@gina_runs42', 'threads'],
    ['https://www.threads.com/', 'threads'],
    ['https://bsky.app/profile/gina.bsky.social/post/3lbx2kq7mzc2a', 'bluesky'],
    ['https://mastodon.social/home', 'mastodon'],
    ['https://mastodon.online/@gina', 'mastodon'],
    ['https://mstdn.social/@gina', 'mastodon'],
    ['https://mas.to/@gina', 'mastodon'],
    ['https://mastodon.world/@gina', 'mastodon'],
    ['https://fosstodon.org/@gina', 'mastodon'],
    ['https://hachyderm.io/@gina', 'mastodon'],
    ['https://infosec.exchange/@gina', 'mastodon'],
  ])('%s -> %s', (url, id) => {
    expect(findSiteForUrl(url)?.id).toBe(id);
  });

  it('matches a host with a port, and never a look-alike host', () => {
    expect(findSiteForUrl('https://old.reddit.com/r/running/')?.id).toBe('reddit');
    expect(findSiteForUrl('https://www.reddit.com:443/r/running/')?.id).toBe('reddit');
    for (const url of ['https://evilreddit.com/r/x', 'https://reddit.com.evil.example/', 'https://x.com@evil.example/']) {
      expect(findSiteForUrl(url)?.id, url).not.toBe('reddit');
    }
  });

  it('covers no other Mastodon instance (those are custom sites) and no look-alike host', () => {
    for (const url of ['https://chaos.social/@gina', 'https://mastodon.social.evil.example/', 'https://bsky.social/', 'https://tiktok.com.example/']) {
      expect(findSiteForUrl(url)?.id, url).toBeUndefined();
    }
  });

  it.each(['tiktok', 'threads', 'bluesky', 'mastodon'])('%s declares a composer and notes', (id) => {
    const site = getSite(id)!;
    expect(site.composer?.textbox.length).toBeGreaterThan(0);
    expect(site.composer?.submit.length).toBeGreaterThan(0);
    expect(site.notes).toBeTruthy();
  });

  it.each(['tiktok', 'threads', 'bluesky', 'mastodon'])('%s: every selector parses', (id) => {
    const site = getSite(id)!;
    const sels = [
      ...Object.values(site.metrics).flat(),
      ...(site.text ?? []).map((t) => t.within),
      ...(site.scrub ?? []).map((s) => s.selector),
      ...(site.composer ? [...site.composer.textbox, ...site.composer.submit] : []),
    ];
    for (const s of sels) expect(() => document.querySelector(s), s).not.toThrow();
  });
});
