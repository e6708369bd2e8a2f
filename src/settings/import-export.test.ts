import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportFileName, exportSettings, MAX_IMPORT_BYTES, parseImport } from './import-export';
import { defaultSettings, SCHEMA_VERSION, type Settings } from './schema';

const ids = ['x', 'youtube'];

function custom(): Settings {
  const s = defaultSettings();
  s.style = 'hover';
  s.sites.x = {
    enabled: true,
    kinds: { ...s.defaults.kinds, likes: false },
    customSelectors: ['[data-testid="count"]'],
    // Version 2 (issue 19): whose numbers and "only on a post's page" travel with the rest.
    whose: { ...s.defaults.whose, replies: 'mine', followers: 'others' },
    postPageOnly: { ...s.defaults.postPageOnly, replies: true },
  };
  s.customSites = [{ origin: 'https://social.example', name: 'Social' }];
  s.pause.sites.x = true;
  s.pause.question = 'Would I say this out loud?';
  return s;
}

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: SCHEMA_VERSION, settings, ...extra });

function errorsOf(text: string): string[] {
  const r = parseImport(text, ids);
  if (r.ok) throw new Error(`expected a rejection, got ok with ${JSON.stringify(r.settings)}`);
  return r.errors;
}

describe('exportSettings', () => {
  it('writes pretty JSON with a format marker and the schema version', () => {
    const text = exportSettings(custom());
    expect(text).toContain('\n  "format": "unscored-settings"');
    const data = JSON.parse(text);
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.version).toBe(SCHEMA_VERSION);
    expect(data.settings).toEqual(custom());
  });

  it('round-trips: what is exported imports unchanged, without warnings', () => {
    const r = parseImport(exportSettings(custom()), ids);
    expect(r).toEqual({ ok: true, settings: custom(), warnings: [] });
  });

  it('names the file after the day', () => {
    expect(exportFileName(new Date(2025, 0, 5))).toBe('unscored-settings-2025-01-05.json');
  });
});

describe('parseImport rejects, with a clear message', () => {
  it.each([
    ['malformed JSON', '{"format": "unscored-settings", ', /not valid JSON/],
    ['an empty file', '   ', /empty/],
    ['not an object (array)', '[1, 2, 3]', /expected a JSON object/],
    ['not an object (string)', '"settings"', /expected a JSON object/],
    ['not an object (null)', 'null', /expected a JSON object/],
    ['a wrong format marker', JSON.stringify({ format: 'dark-reader', version: 1, settings: {} }), /not an Unscored settings file.*"dark-reader"/],
    ['a missing format marker (bare settings)', JSON.stringify(defaultSettings()), /not an Unscored settings file.*missing/],
    ['a future version', file(defaultSettings(), { version: SCHEMA_VERSION + 1 }), /newer version of Unscored/],
    ['a version that is not a number', file(defaultSettings(), { version: '1' }), /not a settings version/],
    ['a negative version', file(defaultSettings(), { version: -1 }), /not a settings version/],
    ['missing settings', JSON.stringify({ format: EXPORT_FORMAT, version: SCHEMA_VERSION }), /settings: missing/],
    ['settings that are a list', file([]), /settings: missing or not an object/],
  ])('%s', (_, text, message) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('an oversized file (> 1 MB), before parsing it', () => {
    const big = file({ ...defaultSettings(), pause: { ...defaultSettings().pause, secondLine: 'x'.repeat(MAX_IMPORT_BYTES) } });
    expect(errorsOf(big)).toEqual([expect.stringMatching(/too large.*at most 1 MB/)]);
    // Size is counted in bytes: 600,000 two-byte characters are over the limit.
    expect(errorsOf(`"${'é'.repeat(600_000)}"`)[0]).toMatch(/too large/);
  });

  it('a partly invalid file: nothing is applied and every problem is listed', () => {
    const s = custom() as unknown as Record<string, any>;
    s.style = 'sparkles';
    s.sites.x.enabled = 'yes';
    s.sites.x.kinds.views = 'no';
    s.sites.x.customSelectors = ['.ok', 'div {color: red}', 'body', '[[['];
    s.sites.nope = { enabled: false };
    s.pause.delaySeconds = 600;
    s.pause.question = 42;
    s.customSites.push({ origin: 'javascript:alert(1)' });
    s.stlye = 'hide';
    const errors = errorsOf(file(s));
    for (const re of [
      /^style: "sparkles"/,
      /^sites\.x\.enabled/,
      /^sites\.x\.kinds\.views/,
      /^sites\.x\.customSelectors\[1\]: contains \{ \} or ;/,
      /^sites\.x\.customSelectors\[2\]: would hide the whole page/,
      /^sites\.x\.customSelectors\[3\]: has unbalanced brackets/,
      /^sites\.nope: unknown site/,
      /^pause\.delaySeconds: more than 60 seconds/,
      /^pause\.question: expected text/,
      /^customSites\[1\]: not a valid site/,
      /^stlye: unknown setting/,
    ]) {
      expect(errors, `expected a line matching ${re}`).toContainEqual(expect.stringMatching(re));
    }
    expect(errors).toHaveLength(11);
  });

  it('one bad value alone is enough to reject the whole file', () => {
    const s = custom() as unknown as Record<string, any>;
    s.pause.journal = 'on';
    expect(errorsOf(file(s))).toEqual([expect.stringMatching(/^pause\.journal: expected true\/false/)]);
  });

  it('unknown keys inside defaults, pause and sites are reported', () => {
    const s = custom() as unknown as Record<string, any>;
    s.defaults.enabeld = false;
    s.pause.delay = 5;
    s.sites.x.hidden = true;
    expect(errorsOf(file(s)).sort()).toEqual(['defaults.enabeld: unknown setting', 'pause.delay: unknown setting', 'sites.x.hidden: unknown setting']);
  });

  it('an inner version that contradicts the file version', () => {
    expect(errorsOf(file({ ...defaultSettings(), version: 7 }))).toEqual([expect.stringMatching(/settings\.version: 7 does not match/)]);
  });
});

describe('parseImport accepts', () => {
  it('a past version, migrated like stored settings, with a warning', () => {
    const r = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 0, settings: { hidden: ['likes', 'views'], style: 'hide' } }), ids);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.version).toBe(SCHEMA_VERSION);
    expect(r.settings.style).toBe('hide');
    expect(r.settings.defaults.kinds.likes).toBe(true);
    expect(r.settings.defaults.kinds.views).toBe(true);
    expect(r.settings.defaults.kinds.followers).toBe(false);
    expect(r.warnings).toEqual([expect.stringMatching(/older version.*converted/)]);
  });

  it('a file holding only some settings: the rest take their defaults (hidden)', () => {
    const r = parseImport(file({ style: 'hide' }), ids);
    expect(r).toEqual({ ok: true, settings: { ...defaultSettings(), style: 'hide' }, warnings: [] });
  });

  it('settings for a custom site the file adds', () => {
    const s = custom();
    s.sites['https://social.example'] = { enabled: false, kinds: s.defaults.kinds, customSelectors: [] };
    const r = parseImport(exportSettings(s), ids);
    expect(r.ok && r.settings.sites['https://social.example'].enabled).toBe(false);
  });
});
