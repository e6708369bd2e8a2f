import { describe, expect, it } from 'vitest';
import { findSiteForUrl, getSite } from './index';

const IDS = ['youtube', 'reddit', 'instagram', 'facebook', 'linkedin'];

describe('the big platforms (part A) are in the registry', () => {
  it.each([
    ['https://www.youtube.com/', 'youtube'],
    ['https://www.youtube.com/watch?v=Rn5kmX100dA', 'youtube'],
    ['https://m.youtube.com/shorts/K1lo2Run3x', 'youtube'],
    ['https://www.reddit.com/r/running/comments/1h2abc/x/', 'reddit'],
    ['https://old.reddit.com/', 'reddit'],
    ['https://www.instagram.com/p/C9xRun5km/', 'instagram'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://web.facebook.com/kaiser.chefs', 'facebook'],
    ['https://m.facebook.com/story.php?id=1', 'facebook'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.linkedin.com/sales/ssi', 'linkedin'],
  ])('%s -> %s', (url, id) => expect(findSiteForUrl(url)?.id).toBe(id));

  it('covers no look-alike host', () => {
    for (const url of ['https://youtube.com.evil.example/', 'https://www.reddit.com.example/', 'https://studio.youtube.com/', 'https://business.facebook.com/']) {
      expect(findSiteForUrl(url)?.id, url).toBeUndefined();
    }
  });

  it.each(IDS)('%s declares a composer and notes', (id) => {
    const site = getSite(id)!;
    expect(site.composer?.textbox.length).toBeGreaterThan(0);
    expect(site.composer?.submit.length).toBeGreaterThan(0);
    expect(site.notes).toBeTruthy();
    expect(site.titleCount).toBe(true);
  });

  it.each(IDS)('%s: every selector parses', (id) => {
    const site = getSite(id)!;
    const sels = [
      ...Object.values(site.metrics).flat(),
      ...(site.text ?? []).map((t) => t.within),
      ...(site.scrub ?? []).map((s) => s.selector),
      ...(site.shadow ?? []).flatMap((r) => [r.host, ...Object.values(r.metrics).flat()]),
      ...(site.composer ? [...site.composer.textbox, ...site.composer.submit] : []),
    ];
    for (const s of sels) expect(() => document.querySelector(s), s).not.toThrow();
  });

  it('reddit styles the shadow roots that hold post and comment counts', () => {
    const hosts = getSite('reddit')!.shadow!.map((r) => r.host);
    expect(hosts).toEqual(expect.arrayContaining(['shreddit-post', 'shreddit-comment-action-row']));
  });
});
