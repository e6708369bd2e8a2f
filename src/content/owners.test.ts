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

  it('Threads: a profile\'s header is the profile\'s (its address), its posts their authors\'; the column around posts and tabs is no one\'s', async () => {
    const site = getSite('threads')!;
    history.replaceState(null, '', '/@gina_runs42/replies');
    document.body.innerHTML = '<div role="navigation"><a href="/@gina_runs42"><svg aria-label="Profile"></svg></a></div>' +
      '<div role="main" id="col"><div id="h"><div id="names"><h1>Gina Runs</h1><span>gina_runs42</span></div><div role="button"><span>12.3K followers</span></div></div>' +
      '<div role="tablist"><a role="tab" href="/@gina_runs42">Threads</a><a role="tab" href="/@gina_runs42/replies">Replies</a></div>' +
      '<div data-pressable-container="true" id="p"><a href="/@kueche.kaiser">kueche.kaiser</a><h1 id="inpost">A heading in a post</h1></div>' +
      '<div data-pressable-container="true" id="r"><a href="/@gina_runs42">gina_runs42</a></div></div>' +
      '<div role="dialog" id="dlg"><h1>Followers</h1><span>kofi.eats</span></div>';
    const owners = new Owners(site, document);
    owners.apply({ shown: [], style: 'blur', customSelectors: [], split: { followers: 'others' } });
    const marks = () => ['h', 'names', 'p', 'r', 'col', 'dlg'].map((id) => document.getElementById(id)!.getAttribute(ATTR_OWNER));
    // The column holds the posts and the tabs, and a dialog over the page is not the header.
    expect(marks()).toEqual(['mine', 'mine', 'others', 'mine', null, null]);
    // Someone else's profile: the header is theirs.
    history.pushState(null, '', '/@kueche.kaiser');
    document.body.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 0));
    expect(marks().slice(0, 2)).toEqual(['others', 'others']);
    // An address that names nobody (a post's page): the header has no owner any more, so its
    // split counts are hidden again, not left as the last profile's.
    history.pushState(null, '', '/@kueche.kaiser/post/DBx1');
    document.body.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 0));
    expect(marks().slice(0, 2)).toEqual([null, null]);
    owners.stop();
    history.replaceState(null, '', '/');
  });

  it.each([
    ['/@gina_runs42', 'gina_runs42'], ['/@gina_runs42/', 'gina_runs42'], ['/@gina_runs42/replies', 'gina_runs42'], ['/@gina_runs42/reposts', 'gina_runs42'],
    ['/@gina_runs42/post/DBx2kq7Mzc2', null], ['/', null], ['/activity', null], ['/search', null],
  ] as const)('Threads: the address %s names the header\'s owner as %s', (pathname, want) => {
    const hook = getSite('threads')!.owners!.authors.find((a) => a.name.selector === 'url')!;
    expect(readName(null, hook.name, { pathname, href: `https://www.threads.net${pathname}` })).toBe(want);
  });

  it('Instagram: the profile header is named by its followers link (its posts count with it); a private one by nothing; grid tiles by the author in their link', () => {
    const site = getSite('instagram')!;
    document.body.innerHTML = '<div role="navigation"><a href="/mara.runs.2024/"><img alt="mara.runs.2024\'s profile picture"></a></div>' +
      '<main><header id="h"><section><ul><li><span>89</span> posts</li><li><a href="/mara.runs.2024/followers/"><span>97.1K</span> followers</a></li></ul></section></header>' +
      '<header id="private"><section><ul><li><span>12</span> posts</li><li><span>340</span> followers</li></ul></section></header>' +
      '<a id="t1" href="/kaiser.chefs/reel/C9yPasta42/"><span>48.2K</span></a><a id="t2" href="/mara.runs.2024/reel/C9zReel100/"><span>1.2M</span></a>' +
      '<a id="t3" href="/reel/C9zReel100/"><span>3K</span></a><a id="t4" href="/p/C9xRun5km/"></a><a id="t5" href="/p/C9xRun5km/liked_by/">12 likes</a></main>';
    const owners = new Owners(site, document);
    owners.apply({ shown: [], style: 'blur', customSelectors: [], split: { followers: 'others', views: 'mine' } });
    expect(['h', 'private', 't1', 't2', 't3', 't4', 't5'].map((id) => document.getElementById(id)!.getAttribute(ATTR_OWNER))).toEqual(['mine', null, 'others', 'mine', null, null, null]);
    owners.stop();
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

describe('own profiles on YouTube, new Reddit and LinkedIn (e2e/fixtures/<site>/owners/profile.html)', () => {
  const marks = (ids: string[]) => ids.map((id) => document.getElementById(id)!.getAttribute(ATTR_OWNER));
  const state: Parameters<Owners['apply']>[0] = { shown: [], style: 'blur', customSelectors: [], split: { followers: 'others', scores: 'mine', views: 'mine' } };
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('YouTube: the channel header is the address\'s, a featured channel card its link\'s, an own grid video no one\'s', () => {
    history.replaceState(null, '', '/@mararuns2024');
    document.body.innerHTML = '<ytd-guide-entry-renderer><a id="endpoint" title="Your channel" href="/@mararuns2024">Your channel</a></ytd-guide-entry-renderer>' +
      '<yt-page-header-renderer id="h"><span>1.23M subscribers</span></yt-page-header-renderer>' +
      '<ytd-rich-item-renderer id="v"><span>1.2M views</span></ytd-rich-item-renderer>' +
      '<ytd-grid-channel-renderer id="c"><a id="channel-info" href="/@kaiserchefs"><span id="thumbnail-attribution">845K subscribers</span></a></ytd-grid-channel-renderer>' +
      '<ytd-grid-channel-renderer id="c2"><a id="channel-info" href="/channel/UC123"><span>12K subscribers</span></a></ytd-grid-channel-renderer>';
    const owners = new Owners(getSite('youtube'), document);
    owners.apply(state);
    expect(owners.accountName()).toBe('mararuns2024');
    // A card whose link is not a handle names no one: its count stays hidden (fail closed).
    expect(marks(['h', 'v', 'c', 'c2'])).toEqual(['mine', null, 'others', null]);
    owners.stop();
    history.replaceState(null, '', '/');
  });

  it('new Reddit: the user from after-login-toast-dispatcher; a profile\'s sidebar by its address; a community row is never the user\'s', () => {
    history.replaceState(null, '', '/user/Mara_Runs_2024/');
    document.body.innerHTML = '<after-login-toast-dispatcher username="mara_runs_2024"></after-login-toast-dispatcher>' +
      '<div id="right-sidebar-container"><div id="right-sidebar-contents">' +
      '<aside aria-label="Profile information" id="p"><span data-testid="karma-number">12,345</span></aside>' +
      '<aside aria-label="Profilinformationen" id="p2"><span data-testid="karma-number">12,345</span></aside>' +
      // A community named as the user is: read as "r/…", still not theirs.
      '<aside><ul><li id="c"><a href="/r/mara_runs_2024/">r/mara_runs_2024</a><faceplate-number>4.8K</faceplate-number><shreddit-join-button></shreddit-join-button></li>' +
      '<li id="x"><a href="/r/running/comments/1/">a post</a><faceplate-number>12</faceplate-number></li></ul></aside></div></div>';
    const owners = new Owners(getSite('reddit'), document);
    owners.apply(state);
    expect(owners.accountName()).toBe('mara_runs_2024');
    // A row without a join button (a post, whoever's) is judged by nothing here: hidden.
    expect(marks(['p', 'p2', 'c', 'x'])).toEqual(['mine', 'mine', 'others', null]);
    owners.stop();
    // Someone else's profile: the sidebar is theirs.
    history.replaceState(null, '', '/user/kaiser_chefs/');
    document.querySelectorAll(`[${ATTR_OWNER}]`).forEach((el) => el.removeAttribute(ATTR_OWNER));
    const theirs = new Owners(getSite('reddit'), document);
    theirs.apply(state);
    expect(marks(['p', 'c'])).toEqual(['others', 'others']);
    theirs.stop();
    history.replaceState(null, '', '/');
  });

  it('LinkedIn: on the member\'s own profile the top card that offers to edit its intro names them, before the rail\'s members', () => {
    history.replaceState(null, '', '/in/mara-runs-2024/');
    const top = (vanity: string, edit: string) => `<div componentkey="com.linkedin.sdui.profile.card.refACoAA1Topcard" id="t"><section><h2>Name</h2>${edit}` +
      `<a href="https://www.linkedin.com/in/${vanity}/overlay/contact-info/">Contact info</a><span>4,512 followers</span></section></div>`;
    const rest = '<div data-view-name="profile-component-entity" id="i"><a data-field="active_tab_companies_interests" href="https://www.linkedin.com/company/acme-example/">Acme</a><span>12,345 followers</span></div>' +
      '<div data-view-name="profile-component-entity" id="e"><a href="/company/run-club-42/">Run Club 42</a></div>' +
      '<aside aria-label="Aside"><a href="/in/ana-example/">Ana Example</a></aside>';
    // The intro editor's link may say /in/me/: the name comes from the card's Contact info link.
    document.body.innerHTML = top('mara-runs-2024', '<a href="/in/me/edit/forms/intro/new/?profileFormEntryPoint=PROFILE_SECTION">Edit intro</a>') + rest;
    const owners = new Owners(getSite('linkedin'), document);
    owners.apply(state);
    expect(owners.accountName()).toBe('mara-runs-2024');
    // An experience entry (no interests link) names no one.
    expect(marks(['t', 'i', 'e'])).toEqual(['mine', 'others', null]);
    owners.stop();
    // Someone else's profile: no intro editor, so the own-profile hook finds nothing; whoever the
    // rail names, the top card is the profile's.
    history.replaceState(null, '', '/in/kai-chen-88/');
    document.body.innerHTML = top('kai-chen-88', '') + rest;
    const theirs = new Owners(getSite('linkedin'), document);
    theirs.apply(state);
    expect(theirs.accountName()).not.toBe('kai-chen-88');
    expect(marks(['t', 'i'])).toEqual(['others', 'others']);
    theirs.stop();
    history.replaceState(null, '', '/');
  });
});
