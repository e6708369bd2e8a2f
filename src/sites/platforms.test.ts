import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../content/engine';
import { compileSiteCss } from '../hiding/compile-css';
import { defineSite, type Site } from './types';
import { findSiteForUrl, getSite } from './index';

/**
 * Issue 20: each platform's fixtures hold a count that only the platform's site file catches
 * (a bare number with no noun and no control label nearby). Here that markup, cut from the
 * fixture, is run twice: through the engine with no site rules (the recogniser alone, as on a
 * host added with the generic patterns) it is left alone; with the platform's file, a rule of
 * the compiled stylesheet selects it (e2e/sites.spec.ts checks the same page in a browser).
 */
const BARE = defineSite({ id: 'bare', name: 'Bare', matches: ['https://example.com/*'], metrics: {} });

interface Case {
  id: string;
  /** A host of the site, to check the registry finds the file there. */
  url: string;
  html: string;
  /** The count elements in the snippet (a test-only query: the extension never sees it). */
  counts: string;
}

const CASES: Case[] = [
  {
    // e2e/fixtures/lemmy/communities.html: the /communities table (communities.tsx).
    id: 'lemmy',
    url: 'https://lemmy.world/communities',
    html: `<table id="community_table" class="table table-sm table-hover">
      <thead class="pointer"><tr><th>Name</th><th class="text-right">Subscribers</th><th class="text-right">Users / Month</th><th></th></tr></thead>
      <tbody><tr><td><a class="community-link" title="running" href="/c/running"><span>running@lemmy.world</span></a></td>
      <td class="text-right">12K</td><td class="text-right">412</td>
      <td class="text-right"><button type="button" class="btn btn-link d-inline-block"><span>Subscribe</span></button></td></tr></tbody></table>`,
    counts: 'tbody td:nth-child(2), tbody td:nth-child(3)',
  },
  {
    // e2e/fixtures/discourse/top.html: the Likes column of a list sorted by likes
    // (topic-list/item/likes-cell.gjs): a bare number and a heart in a link to the summary.
    id: 'discourse',
    url: 'https://meta.discourse.org/latest?order=likes',
    html: `<table class="topic-list"><tbody class="topic-list-body"><tr data-topic-id="331002" class="topic-list-item">
      <td class="main-link topic-list-data"><a href="/t/running-a-5k-forum-on-a-4-vps/331002" class="title raw-link raw-topic-link">Running a 5K-member forum on a €4 VPS</a></td>
      <td class="num likes topic-list-data"><a href="/t/running-a-5k-forum-on-a-4-vps/331002/summary"><span class="number">312</span> <svg class="fa d-icon d-icon-heart svg-icon svg-string"><use href="#heart"></use></svg></a></td>
      <td class="num topic-list-data age activity"><a class="post-activity" href="/t/running-a-5k-forum-on-a-4-vps/331002/86"><span class="relative-date">2d</span></a></td>
    </tr></tbody></table>`,
    counts: 'td.likes .number',
  },
  {
    // e2e/fixtures/peertube/watch.html: the subscribe button's subscriber count
    // (subscribe-button.component.html `.followers-count`), a bare "1.8K" beside "Subscribe".
    id: 'peertube',
    url: 'https://framatube.org/w/kN3pYQ8fZ1a2',
    html: `<div class="video-info-channel d-flex"><div class="video-info-channel-left-links ms-1"><a href="/c/framasoft_channel" class="single-link">Framasoft</a></div>
      <my-subscribe-button><div class="btn-group-subscribe btn-group subscribe-button">
      <div class="btn-group" role="group" aria-label="Multiple ways to subscribe to the current channel"><button class="btn btn-sm dropdown-toggle-split" aria-label="Open subscription dropdown" aria-expanded="false"><span>Subscribe</span><span class="followers-count">1.8K</span></button></div>
      </div></my-subscribe-button></div>`,
    counts: '.followers-count',
  },
  {
    // e2e/fixtures/misskey/timeline.html: a note's reactions (MkReactionsViewer.reaction.vue) and
    // its footer counts (MkNote.vue): bare numbers beside an emoji or an icon, no label.
    id: 'misskey',
    url: 'https://misskey.io/',
    html: `<div class="xtPbN" tabindex="-1"><article class="xAfV4"><div class="xbB5H">
      <header class="xvS2J"><a class="xaN5X" href="/@gina_runs42"><span>Gina Runs 2024</span></a><a class="xm9sO" href="/notes/9zq1a2b3c4"><time title="2026/11/24 9:04:12">3時間前</time></a></header>
      <div class="xgS3K"><span>朝ラン5km、27分でした。</span></div>
      <div class="xbp1Q"><button class="_button xhyw2 x2zKO"><img class="xq6hA" src="https://misskey.io/twemoji/1f44d.svg" alt="👍" decoding="async"><span class="xAibe">42</span></button><button class="_button xhyw2"><img class="xr4zb" src="https://media.misskey.io/emoji/blobcat_running.webp" alt=":blobcat_running:" title=":blobcat_running:" decoding="async"><span class="xAibe">7</span></button></div>
      <footer class="xvdHn"><button class="xKbfn _button"><i class="ti ti-arrow-back-up"></i><p class="xjTsq">3</p></button><button class="xKbfn _button"><i class="ti ti-repeat"></i><p class="xjTsq">12</p></button><button class="xKbfn _button"><i class="ti ti-plus"></i><p class="xjTsq">49</p></button><button class="xKbfn _button"><i class="ti ti-dots"></i></button></footer>
    </div></article></div>`,
    counts: '.xAibe, .xjTsq',
  },
  {
    // e2e/fixtures/pixelfed/home.html: "Shared by 17 others" (PostReactions.vue
    // `p.reaction-liked-by`): "others" with no "and" before it is no aggregate the recogniser knows.
    id: 'pixelfed',
    url: 'https://pixelfed.social/i/web',
    html: `<div class="px-3 my-3"><div class="mb-0 d-flex justify-content-between">
      <p class="mb-2 reaction-liked-by"> <span>Shared by</span> <a class="primary font-weight-bold" href="#"> 17 others </a></p></div></div>`,
    counts: '.reaction-liked-by a',
  },
  {
    // e2e/fixtures/ghost/home.html: a theme's comment count linking to the comments section
    // (#ghost-comments-root), a bare "128" beside an icon. Found by the site's text scope.
    id: 'ghost',
    url: 'https://www.platformer.news/',
    html: `<footer class="gh-card-meta"><span class="gh-card-author">Casey Newton</span><time class="gh-card-date" datetime="2026-11-24">Nov 24, 2026</time>
      <a class="gh-card-comments" href="/apple-ai-ios-19/#ghost-comments-root"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 11.5a8.38"></path></svg><span>128</span></a></footer>`,
    counts: '.gh-card-comments span',
  },
];

let engine: Engine | undefined;
afterEach(() => {
  engine?.stop();
  engine = undefined;
  document.body.innerHTML = '';
});

/** Runs the engine for `site` over the snippet, appended as a feed appends it. */
async function scan(site: Site, html: string): Promise<HTMLElement> {
  engine = new Engine(site, document);
  engine.start();
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  return root;
}

/** The hiding rules' selectors from the compiled stylesheet (the html:not(...) guards included). */
function hidingSelectors(site: Site): string[] {
  return compileSiteCss(site)
    .split('\n')
    .filter((l) => l.startsWith('html:not('))
    .map((l) => l.slice(0, l.indexOf('{')));
}

describe.each(CASES)('$id: a count only the site file catches', ({ id, url, html, counts }) => {
  const site = getSite(id)!;

  it('is an optional registry site found at its flagship host', () => {
    expect(site.optional).toBe(true);
    expect(findSiteForUrl(url)?.id).toBe(id);
  });

  it('the recogniser alone leaves it readable', async () => {
    const root = await scan(BARE, html);
    const found = [...root.querySelectorAll(counts)];
    expect(found.length).toBeGreaterThan(0);
    expect(root.querySelectorAll('[data-unscored-mark]').length).toBe(0);
    for (const el of found) expect(hidingSelectors(BARE).some((s) => el.matches(s)), el.outerHTML).toBe(false);
  });

  it("the site file hides it (a stylesheet rule selects it, or its text scope marks it), and nothing else in the snippet", async () => {
    const root = await scan(site, html);
    const found = new Set(root.querySelectorAll(counts));
    const rules = hidingSelectors(site);
    const hidden = (el: Element) => rules.some((s) => el.matches(s));
    for (const el of found) expect(hidden(el), el.outerHTML).toBe(true);
    // (The compiled rules include the marks' selectors, so a count the engine marked matches too.)
    const others = [...root.querySelectorAll('*')].filter((el) => !found.has(el) && hidden(el));
    expect(others.map((el) => el.outerHTML)).toEqual([]);
  });
});
