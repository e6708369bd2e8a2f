/**
 * Settings version 2 (issue 19): whose numbers, "only on a post's page" and the hint style. The
 * migration from version 1 keeps exactly what version 1 meant: every count of a hidden kind
 * hidden, whoever's, on every page.
 */
import { describe, expect, it } from 'vitest';
import { repairSettings } from './repair';
import { parseImport, EXPORT_FORMAT } from './import-export';
import { allKinds, allWhose, defaultSettings, SCHEMA_VERSION, siteSettings } from './schema';
import { METRIC_KINDS } from '../sites/types';

const ids = ['x', 'youtube'];

/** Settings exactly as version 1 stored them (before issue 19). */
const v1 = () => ({
  version: 1,
  style: 'hide',
  sites: {
    x: { enabled: true, kinds: { ...allKinds(true), likes: false }, customSelectors: ['.count'] },
    'https://social.example': { enabled: false, kinds: allKinds(true), customSelectors: [] },
  },
  defaults: { enabled: true, kinds: { ...allKinds(true), views: false } },
  customSites: [{ origin: 'https://social.example', name: 'Social' }],
  pause: { sites: { x: true }, question: 'Why?', secondLine: '', delaySeconds: 3, askReason: false, journal: false, snoozedUntil: {} },
  sync: false,
});

describe('migration 1 -> 2', () => {
  it('is version 2 now', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(defaultSettings().version).toBe(2);
  });

  it('keeps every version 1 value and adds "everyone\'s" and "every page" to each site and the defaults', () => {
    const r = repairSettings(v1(), ids);
    expect(r.problems).toEqual([]);
    const s = r.settings;
    expect(s.version).toBe(2);
    expect(s.style).toBe('hide');
    expect(s.sites.x).toEqual({ enabled: true, kinds: { ...allKinds(true), likes: false }, customSelectors: ['.count'], whose: allWhose('both'), postPageOnly: allKinds(false) });
    expect(s.sites['https://social.example'].whose).toEqual(allWhose('both'));
    expect(s.defaults).toEqual({ enabled: true, kinds: { ...allKinds(true), views: false }, whose: allWhose('both'), postPageOnly: allKinds(false) });
    expect(s.pause.sites).toEqual({ x: true });
  });

  it('from the unversioned prototype too (0 -> 1 -> 2)', () => {
    const s = repairSettings({ hidden: ['likes', 'views'] }, ids).settings;
    expect(s.defaults.kinds.likes).toBe(true);
    expect(s.defaults.kinds.replies).toBe(false);
    expect(s.defaults.whose).toEqual(allWhose('both'));
    expect(s.defaults.postPageOnly).toEqual(allKinds(false));
  });

  it('a site added after the migration gets the defaults\' whose and post-page choices', () => {
    const raw = { ...defaultSettings(), defaults: { ...defaultSettings().defaults, whose: allWhose('mine') } };
    const s = repairSettings(raw, ids).settings;
    expect(siteSettings(s, 'youtube').whose).toEqual(allWhose('mine'));
  });
});

describe('repairing version 2 values', () => {
  it('keeps valid whose values, per kind', () => {
    const raw = defaultSettings();
    raw.sites.x = { enabled: true, kinds: allKinds(true), customSelectors: [], whose: { ...allWhose('both'), likes: 'mine', followers: 'others' }, postPageOnly: { ...allKinds(false), replies: true } };
    const s = repairSettings(raw, ids);
    expect(s.problems).toEqual([]);
    expect(s.settings.sites.x.whose!.likes).toBe('mine');
    expect(s.settings.sites.x.whose!.followers).toBe('others');
    expect(s.settings.sites.x.postPageOnly!.replies).toBe(true);
  });

  it('an unknown or corrupt whose value reads as everyone\'s (fail closed), with a message', () => {
    const raw = JSON.parse(JSON.stringify(defaultSettings()));
    raw.sites.x = { enabled: true, kinds: allKinds(true), customSelectors: [], whose: { likes: 'nobody', views: 3, replies: 'mine' }, postPageOnly: { replies: 'yes' } };
    const r = repairSettings(raw, ids);
    expect(r.settings.sites.x.whose).toEqual({ ...allWhose('both'), replies: 'mine' });
    expect(r.settings.sites.x.postPageOnly).toEqual(allKinds(false));
    expect(r.problems.join('\n')).toMatch(/sites\.x\.whose\.likes/);
    expect(r.problems.join('\n')).toMatch(/sites\.x\.whose\.views/);
    expect(r.problems.join('\n')).toMatch(/sites\.x\.postPageOnly\.replies/);
  });

  it('whose as a non-object is reset to everyone\'s', () => {
    const raw = JSON.parse(JSON.stringify(defaultSettings()));
    raw.defaults.whose = 'mine';
    const r = repairSettings(raw, ids);
    expect(r.settings.defaults.whose).toEqual(allWhose('both'));
    expect(r.problems.join()).toMatch(/defaults\.whose/);
  });

  it('the hint style is a style', () => {
    const r = repairSettings({ ...defaultSettings(), style: 'hint' }, ids);
    expect(r.problems).toEqual([]);
    expect(r.settings.style).toBe('hint');
  });
});

describe('import and export of version 2', () => {
  const file = (version: number, settings: unknown) => JSON.stringify({ format: EXPORT_FORMAT, version, settings });

  it('a version 1 file is converted, with a warning, and means what it meant', () => {
    const r = parseImport(file(1, v1()), ids);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.join()).toMatch(/older version/);
    expect(r.settings.sites.x.whose).toEqual(allWhose('both'));
    expect(r.settings.sites.x.kinds.likes).toBe(false);
  });

  it('a version 2 file with a typo in a site\'s new keys is refused', () => {
    const s = JSON.parse(JSON.stringify(defaultSettings()));
    s.sites.x = { enabled: true, kinds: allKinds(true), customSelectors: [], whose: allWhose('both'), postPageOnly: allKinds(false), whoose: {} };
    const r = parseImport(file(2, s), ids);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join()).toMatch(/sites\.x\.whoose: unknown setting/);
  });

  it('every kind has a whose value and a post-page value in the defaults', () => {
    const d = defaultSettings().defaults;
    for (const k of METRIC_KINDS) {
      expect(d.whose[k]).toBe('both');
      expect(d.postPageOnly[k]).toBe(false);
    }
  });
});
