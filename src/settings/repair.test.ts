import { describe, expect, it } from 'vitest';
import { repairSettings, checkSelector, normalizeOrigin, splitTopLevel } from './repair';
import { defaultSettings, SCHEMA_VERSION, shownKinds, siteSettings } from './schema';
import { METRIC_KINDS } from '../sites/types';

const ids = ['x', 'youtube'];

describe('repairSettings', () => {
  it('returns defaults for missing settings, with no problems', () => {
    const r = repairSettings(undefined, ids);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems).toEqual([]);
  });

  it('defaults fail closed: every kind hidden everywhere', () => {
    const s = repairSettings(undefined, ids).settings;
    expect(shownKinds(siteSettings(s, 'x'))).toEqual([]);
    expect(shownKinds(siteSettings(s, 'https://unknown.example'))).toEqual([]);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['true', true],
  ])('a whole corrupt object (%s) reads as defaults, with a message', (_, raw) => {
    const r = repairSettings(raw, ids);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems.join()).toMatch(/unreadable/);
  });

  it('a value of the wrong type is replaced on its own; good values are kept', () => {
    const r = repairSettings(
      { version: 1, style: 'hide', sites: { x: { enabled: 'yes', kinds: { likes: false, views: 'no' } } } },
      ids,
    );
    expect(r.settings.style).toBe('hide');
    expect(r.settings.sites.x.enabled).toBe(true);
    expect(r.settings.sites.x.kinds.likes).toBe(false);
    expect(r.settings.sites.x.kinds.views).toBe(true); // bad value -> hidden
    expect(r.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/sites\.x\.enabled/), expect.stringMatching(/sites\.x\.kinds\.views/)]),
    );
  });

  it('an unknown site id is dropped, known and custom ones kept', () => {
    const r = repairSettings(
      {
        version: 1,
        customSites: [{ origin: 'https://social.example', name: 'Example' }],
        sites: { nope: { enabled: false }, x: { enabled: false }, 'https://social.example': { enabled: true } },
      },
      ids,
    );
    expect(Object.keys(r.settings.sites).sort()).toEqual(['https://social.example', 'x']);
    expect(r.problems).toEqual([expect.stringMatching(/sites\.nope: unknown site/)]);
  });

  it('a missing key takes its default and the rest survives', () => {
    const r = repairSettings({ version: 1, sites: { x: { enabled: false } } }, ids);
    expect(r.settings.sites.x.enabled).toBe(false);
    expect(r.settings.sites.x.kinds).toEqual(Object.fromEntries(METRIC_KINDS.map((k) => [k, true])));
    expect(r.settings.pause).toEqual(defaultSettings().pause);
    expect(r.problems).toEqual([]);
  });

  it('an unknown style is reset to blur', () => {
    const r = repairSettings({ version: 1, style: 'explode' }, ids);
    expect(r.settings.style).toBe('blur');
    expect(r.problems[0]).toMatch(/style/);
  });

  it('an unknown metric kind is dropped', () => {
    const r = repairSettings({ version: 1, defaults: { kinds: { likes: false, karma2: false } } }, ids);
    expect(r.settings.defaults.kinds.likes).toBe(false);
    expect(r.problems.join()).toMatch(/karma2: unknown kind/);
  });

  it('invalid custom selectors are dropped, valid ones kept', () => {
    const r = repairSettings({ version: 1, sites: { x: { customSelectors: ['.ok', 'div[', 'a{color:red}', 'body', 7] } } }, ids);
    expect(r.settings.sites.x.customSelectors).toEqual(['.ok']);
    expect(r.problems).toHaveLength(4);
  });

  it('pause settings: bad delay, over-long question, empty question', () => {
    const r = repairSettings({ version: 1, pause: { delaySeconds: -5, question: 'x'.repeat(500), sites: { x: 'on' } } }, ids);
    expect(r.settings.pause.delaySeconds).toBe(3);
    expect(r.settings.pause.question).toHaveLength(200);
    expect(r.settings.pause.sites).toEqual({});
    const empty = repairSettings({ version: 1, pause: { question: '   ' } }, ids);
    expect(empty.settings.pause.question).toBe('Why am I sharing this?');
  });

  it('migrates the unversioned prototype format', () => {
    const r = repairSettings({ hidden: ['likes', 'views'] }, ids);
    expect(r.settings.version).toBe(SCHEMA_VERSION);
    expect(r.settings.defaults.kinds.likes).toBe(true);
    expect(r.settings.defaults.kinds.followers).toBe(false);
  });

  it('migrates version 1 to 2: the chat switch starts off, everything else of the pause is kept', () => {
    const v1 = { version: 1, pause: { sites: { twitch: true, x: true }, question: 'Mine?', delaySeconds: 5, chat: true } };
    const r = repairSettings(v1, ids);
    expect(r.settings.version).toBe(2);
    expect(r.settings.pause.chat).toBe(false);
    expect(r.settings.pause.sites).toEqual({ twitch: true, x: true });
    expect(r.settings.pause.question).toBe('Mine?');
    expect(r.settings.pause.delaySeconds).toBe(5);
    expect(r.problems).toEqual([]);
    // Version 2 keeps the user's choice, and repairs a bad one to off.
    expect(repairSettings({ version: 2, pause: { chat: true } }, ids).settings.pause.chat).toBe(true);
    const bad = repairSettings({ version: 2, pause: { chat: 'yes' } }, ids);
    expect(bad.settings.pause.chat).toBe(false);
    expect(bad.problems.join()).toMatch(/pause\.chat/);
  });

  it('a future version is read as far as it is understood, and said so', () => {
    const r = repairSettings({ version: 99, style: 'hide' }, ids);
    expect(r.settings.style).toBe('hide');
    expect(r.problems.join()).toMatch(/newer/);
  });

  it('repair is idempotent', () => {
    const once = repairSettings({ version: 1, style: 'hover', sites: { x: { kinds: { likes: 'x' } } } }, ids).settings;
    const twice = repairSettings(once, ids);
    expect(twice.settings).toEqual(once);
    expect(twice.problems).toEqual([]);
  });
});

describe('checkSelector', () => {
  it.each([
    ['.count', null],
    ['[data-testid="like"] span', null],
    ['div[', 'has unbalanced brackets or quotes'],
    ['a..b', 'is not a valid CSS selector'],
    ['', 'empty'],
    ['a{}', 'contains { } or ;'],
    ['*', 'would hide the whole page'],
    ['x'.repeat(600), 'longer than 500 characters'],
  ])('%s -> %s', (sel, err) => expect(checkSelector(sel)).toBe(err));
});

describe('normalizeOrigin', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    ['https://lemmy.world/c/foo', 'https://lemmy.world'],
    ['http://example.org:8080/x', 'http://example.org:8080'],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['https://user:pw@example.com', null],
  ])('%s -> %s', (input, out) => expect(normalizeOrigin(input)).toBe(out));
});

describe('checkSelector edge cases found by the bad-input suite', () => {
  it.each([
    ['a:is(b', 'has unbalanced brackets or quotes'],
    ['[data-x="a]"]', null],
    ['div[title="(" ]', null],
    ['a[href', 'has unbalanced brackets or quotes'],
    ['html, body', 'would hide the whole page'],
    ['.ok, *', 'would hide the whole page'],
    ['.a, .b', null],
  ])('%s -> %s', (sel, err) => expect(checkSelector(sel)).toBe(err));
});

describe('splitTopLevel', () => {
  it('splits on commas outside brackets, quotes and escapes', () => {
    expect(splitTopLevel('a, b:is(c, d), [x="1,2"], .e\\,f')).toEqual(['a', ' b:is(c, d)', ' [x="1,2"]', ' .e\\,f']);
  });
});
