/**
 * Whose numbers in the content script (issue 19): settings -> state, the page's names -> marks,
 * post pages. The e2e spec (e2e/owners.spec.ts) checks what the user sees on each site.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import { engineState } from './state';
import { normaliseName, Owners, readName } from './owners';
import { isPostPage, watchRoute } from './route';
import { allKinds, allWhose, defaultSettings, type Settings } from '../settings/schema';
import { sites, getSite } from '../sites';
import { METRIC_KINDS } from '../sites/types';
import { ATTR_OWNER } from '../hiding/compile-owners';

function settingsWith(site: Partial<Settings['sites'][string]>, style: Settings['style'] = 'blur'): Settings {
  const s = defaultSettings();
  s.style = style;
  s.sites.x = { enabled: true, kinds: allKinds(true), customSelectors: [], whose: allWhose('both'), postPageOnly: allKinds(false), ...site };
  return s;
}

describe('engineState: whose numbers and post pages', () => {
  it('"both" (the default) is today\'s state: nothing split, nothing revealed', () => {
    const st = engineState(settingsWith({}), 'x', 0, 0, { owners: true });
    expect(st.shown).toEqual([]);
    expect(st.split).toEqual({});
    expect(st.revealed).toBeUndefined();
  });

  it('a kind hidden for one owner is revealed on <html> and split; the engine still treats it as hidden', () => {
    const st = engineState(settingsWith({ whose: { ...allWhose('both'), likes: 'mine', followers: 'others' } }), 'x', 0, 0, { owners: true });
    expect(st.shown).toEqual([]);
    expect(st.revealed).toEqual(['likes', 'followers']);
    expect(st.split).toEqual({ likes: 'mine', followers: 'others' });
  });

  it('without the site\'s hooks nothing is split: hidden for everyone (fail closed)', () => {
    const st = engineState(settingsWith({ whose: allWhose('mine') }), 'x', 0, 0, { owners: false });
    expect(st.split).toEqual({});
    expect(st.shown).toEqual([]);
    expect(st.revealed).toBeUndefined();
  });

  it('unread badges are always the user\'s own: "only others\'" shows them, "only mine" hides them', () => {
    expect(engineState(settingsWith({ whose: allWhose('others') }), 'x', 0, 0, { owners: false }).shown).toEqual(['unread']);
    // Split as "mine": hidden everywhere but in others' posts, where no badge is.
    expect(engineState(settingsWith({ whose: allWhose('mine') }), 'x', 0, 0, { owners: true }).split.unread).toBe('mine');
    expect(engineState(settingsWith({ whose: allWhose('mine') }), 'x', 0, 0, { owners: false }).split.unread).toBeUndefined();
    expect(engineState(settingsWith({ whose: allWhose('mine') }), 'x', 0, 0, { owners: true }).shown).not.toContain('unread');
  });

  it('"only on a post\'s page": hidden elsewhere even when the kind is shown, shown on the post\'s page', () => {
    const s = settingsWith({ kinds: { ...allKinds(true), likes: false }, postPageOnly: { ...allKinds(false), replies: true, likes: true } });
    expect(engineState(s, 'x', 0, 0, { postPage: false }).shown).toEqual([]);
    expect(engineState(s, 'x', 0, 0, { postPage: true }).shown).toEqual(['likes', 'replies']);
  });

  it('a peek or a site switched off shows everything, whatever else', () => {
    const s = settingsWith({ whose: allWhose('mine'), enabled: false });
    expect(engineState(s, 'x', 0, 0, { owners: true }).shown).toContain('all');
    expect(engineState(s, 'x', 0, 0, { owners: true }).split).toEqual({});
  });
});

describe('names', () => {
  it('compare case-blind, without "@", slashes or escapes', () => {
    expect(normaliseName('@Jack')).toBe('jack');
    expect(normaliseName('/jack/')).toBe('jack');
    expect(normaliseName('K%C3%BCche')).toBe('küche');
  });

  it('a hook reads a link as its path, whatever the page wrote', () => {
    const a = document.createElement('a');
    a.setAttribute('href', 'https://old.reddit.com/user/Mara_Runs/');
    const loc = { pathname: '/', href: 'https://old.reddit.com/' };
    expect(readName(a, { from: 'attr:href', pattern: /^\/user\/([^/]+)/ }, loc)).toBe('mara_runs');
    expect(readName(a, { from: 'attr:href', pattern: /^\/nope\/(.+)/ }, loc)).toBeNull();
    expect(readName(null, { from: 'text', pattern: /^\/(@[^/]+)/ }, { pathname: '/@Chan/videos', href: '' })).toBe('chan');
  });
});

describe('Owners marks posts once the account is known', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('X: nothing marked before the nav names the account; then own and others\' posts and profile links', async () => {
    document.body.innerHTML = `
      <article data-testid="tweet" id="a"><div data-testid="User-Name"><a href="/Runner_2024">me</a></div></article>
      <article data-testid="tweet" id="b"><div data-testid="User-Name"><a href="/kaiser">them</a></div></article>
      <a href="/kaiser/verified_followers" id="c"><span>5</span></a>`;
    const owners = new Owners(getSite('x'), document);
    owners.apply({ shown: [], style: 'blur', customSelectors: [], split: { likes: 'mine' } });
    expect(document.querySelectorAll(`[${ATTR_OWNER}]`).length).toBe(0);
    expect(document.querySelector('style[data-unscored-style-el="owners"]')?.textContent).toContain('likes');
    document.body.insertAdjacentHTML('afterbegin', '<nav><a data-testid="AppTabBar_Profile_Link" href="/runner_2024">Profile</a></nav>');
    await new Promise((r) => setTimeout(r, 0));
    expect(owners.accountName()).toBe('runner_2024');
    expect(['a', 'b', 'c'].map((id) => document.getElementById(id)!.getAttribute(ATTR_OWNER))).toEqual(['mine', 'others', 'others']);
    // A post streamed in later is marked too.
    document.body.insertAdjacentHTML('beforeend', '<article data-testid="tweet" id="d"><div data-testid="User-Name"><a href="/runner_2024/status/1">me</a></div></article>');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById('d')!.getAttribute(ATTR_OWNER)).toBe('mine');
    // Back to "both": the rules go.
    owners.apply({ shown: [], style: 'blur', customSelectors: [], split: {} });
    expect(document.querySelector('style[data-unscored-style-el="owners"]')?.textContent).toBe('');
  });

  it('a page wholly the user\'s (Threads\' activity) is marked as theirs while the address says so, and so is every row on it, whoever it names', async () => {
    const site = getSite('threads')!;
    history.replaceState(null, '', '/activity');
    document.body.innerHTML = '<nav><a href="/@gina_runs42"><svg aria-label="Profile"></svg></a></nav>' +
      '<div data-pressable-container="true" id="n"><a href="/@kofi.eats">kofi.eats</a><span> and 12 others liked your thread</span></div>';
    const owners = new Owners(site, document);
    owners.apply({ shown: [], style: 'blur', customSelectors: [], split: { likes: 'mine' } });
    expect(owners.accountName()).toBe('gina_runs42');
    expect(document.documentElement.getAttribute(ATTR_OWNER)).toBe('mine');
    // The row names the one who liked it, but it is about the user's thread: not "others".
    expect(document.getElementById('n')!.getAttribute(ATTR_OWNER)).toBe('mine');
    // The app moves on to the home feed: the page is no longer the user's.
    history.pushState(null, '', '/');
    document.body.insertAdjacentHTML('beforeend', '<div data-pressable-container="true"><a href="/@gina">gina</a></div>');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.documentElement.hasAttribute(ATTR_OWNER)).toBe(false);
    // Off the page, rows are judged by their author again.
    expect(document.getElementById('n')!.getAttribute(ATTR_OWNER)).toBe('others');
    // And back.
    history.pushState(null, '', '/activity/likes');
    document.body.insertAdjacentHTML('beforeend', '<span>x</span>');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.documentElement.getAttribute(ATTR_OWNER)).toBe('mine');
    owners.stop();
    document.documentElement.removeAttribute(ATTR_OWNER);
    history.replaceState(null, '', '/');
  });

  it.each([
    ['instagram', '/accounts/activity/', true], ['instagram', '/accounts/edit/', false], ['instagram', '/kofi.eats/', false],
    ['threads', '/activity', true], ['threads', '/@activity', false], ['threads', '/activityfeed', false],
    ['tumblr', '/blog/runner-notes/activity', true], ['tumblr', '/notifications', true], ['tumblr', '/runner-notes/activity', false],
  ] as const)('%s: %s is wholly the user\'s: %s', (id, path, mine) => {
    expect(getSite(id)!.owners!.minePages!.some((p) => p.test(path))).toBe(mine);
  });

  it('GitHub: signed out (empty user-login) marks nothing', () => {
    document.head.innerHTML = '<meta name="user-login" content="">';
    document.body.innerHTML = '<div class="react-issue-comment" id="a"><a data-testid="avatar-link" href="https://github.com/octocat">octocat</a></div>';
    new Owners(getSite('github'), document).apply({ shown: [], style: 'blur', customSelectors: [], split: { likes: 'others' } });
    expect(document.getElementById('a')!.hasAttribute(ATTR_OWNER)).toBe(false);
  });
});

describe('post pages and routes', () => {
  it.each([
    ['x', '/jack/status/20', true], ['x', '/jack', false], ['x', '/home', false],
    ['bluesky', '/profile/a.bsky.social/post/3k', true], ['bluesky', '/profile/a.bsky.social', false],
    ['mastodon', '/@gina/1123', true], ['mastodon', '/@gina', false],
    ['threads', '/@gina/post/DBx', true], ['instagram', '/p/C9x/', true], ['instagram', '/gina/', false],
    ['reddit', '/r/running/comments/1h2/x/', true], ['reddit', '/r/running/', false],
    ['youtube', '/watch?v=abc', true], ['youtube', '/', false],
    ['linkedin', '/feed/update/urn:li:activity:1/', true], ['linkedin', '/feed/', false],
    ['github', '/kepano/defuddle/issues/56', true], ['github', '/kepano/defuddle', false],
    ['tumblr', '/staff/751234567890/title', true], ['tumblr', '/dashboard', false],
  ])('%s %s: %s', (id, path, want) => {
    const [pathname, q] = path.split('?');
    expect(isPostPage(getSite(id), { pathname, search: q ? `?${q}` : '' })).toBe(want);
  });

  it('a pushState is noticed at the next change of the page, once', async () => {
    let n = 0;
    const stop = watchRoute(() => n++);
    history.pushState({}, '', '/somewhere/else');
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(n).toBe(1);
    stop();
  });
});

describe('site contract: whose numbers', () => {
  const COVERED = ['x', 'bluesky', 'mastodon', 'threads', 'instagram', 'reddit', 'youtube', 'linkedin', 'github', 'tumblr'];
  it.each(COVERED)('%s has account and author hooks, and post pages', (id) => {
    const site = getSite(id)!;
    expect(site.owners?.account.length).toBeGreaterThan(0);
    expect(site.owners?.authors.length).toBeGreaterThan(0);
    expect(site.postPages?.length).toBeGreaterThan(0);
  });

  it.each(sites.filter((s) => s.owners).map((s) => s.id))('%s: every owners selector parses', (id) => {
    const o = getSite(id)!.owners!;
    const sels = [...o.account.map((h) => h.selector), ...o.authors.flatMap((a) => [a.within, a.name.selector]), ...(o.mine ?? [])].filter((s) => s !== 'url');
    for (const s of sels) expect(() => document.querySelector(s), s).not.toThrow();
  });

  it('no owner hook reads a metric kind name by mistake (kinds are data, not hooks)', () => {
    for (const s of sites) for (const k of METRIC_KINDS) expect(JSON.stringify(s.owners ?? {})).not.toContain(`"${k}"`);
  });
});
