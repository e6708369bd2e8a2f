/**
 * Settings files: export to a JSON file, import from one.
 *
 * Import is all or nothing (issue "sync / import / export": "a malformed, oversized,
 * wrong-version or partly invalid file gets a clear message listing what is wrong, and the
 * current settings are untouched (never half-applied)"). So unlike reading storage, where
 * `repairSettings` keeps every good value and quietly replaces bad ones, a file with *any*
 * problem is rejected with every problem listed, and the caller saves nothing. A file from an
 * older version of the extension is migrated (the same migrations as storage) and accepted
 * with a warning saying so.
 *
 * Pure (no browser APIs): the options page reads the file and saves the result.
 */
import { sites as registry } from '../sites';
import { repairSettings } from './repair';
import { defaultSettings, LIMITS, SCHEMA_VERSION, type Settings } from './schema';

/** The marker that says "this JSON is an Unscored settings file". */
export const EXPORT_FORMAT = 'unscored-settings';
/** Larger files are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Settings;
}

export type ImportResult =
  | { ok: true; settings: Settings; warnings: string[] }
  | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Pretty JSON, readable and diffable by the user. */
export function exportSettings(s: Settings): string {
  const file: SettingsFile = { format: EXPORT_FORMAT, version: SCHEMA_VERSION, settings: s };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for the download: unscored-settings-2025-01-31.json. */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `unscored-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

// Keys the current schema knows, so that a typo ("stlye") is reported instead of ignored.
const TOP_KEYS = Object.keys(defaultSettings());
const DEFAULTS_KEYS = Object.keys(defaultSettings().defaults);
const PAUSE_KEYS = Object.keys(defaultSettings().pause);
const SITE_KEYS = ['enabled', 'kinds', 'customSelectors', 'whose', 'postPageOnly'];

function unknownKeys(raw: unknown, known: readonly string[], path: string, errors: string[]): void {
  if (!isObj(raw)) return;
  for (const k of Object.keys(raw)) {
    if (!known.includes(k)) errors.push(`${path}${k}: unknown setting`);
  }
}

/**
 * Checks a settings file. Never throws. `ok: false` lists every problem found; `ok: true`
 * returns complete, valid settings to save in place of the current ones.
 */
export function parseImport(text: string, knownSiteIds: readonly string[] = registry.map((s) => s.id)): ImportResult {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [`The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; at most 1 MB). Settings files are a few KB.`] };
  }
  if (!text.trim()) return { ok: false, errors: ['The file is empty.'] };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`] };
  }
  if (!isObj(data)) return { ok: false, errors: ['The file is not an Unscored settings file (expected a JSON object).'] };
  if (data.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      errors: [`The file is not an Unscored settings file (format is ${JSON.stringify(data.format) ?? 'missing'}, expected "${EXPORT_FORMAT}").`],
    };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, errors: [`version: ${JSON.stringify(version) ?? 'missing'} is not a settings version.`] };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [`The file comes from a newer version of Unscored (settings version ${version}; this one reads up to ${SCHEMA_VERSION}). Update the extension, then import again.`],
    };
  }
  if (!isObj(data.settings)) return { ok: false, errors: ['settings: missing or not an object.'] };

  const errors: string[] = [];
  const warnings: string[] = [];
  const inner = data.settings.version;
  if (inner !== undefined && inner !== version) errors.push(`settings.version: ${JSON.stringify(inner)} does not match the file's version ${version}`);
  // The file's version drives the migrations (the same ones stored settings go through).
  const raw: Obj = { ...data.settings, version };
  if (version < SCHEMA_VERSION) warnings.push(`The file is from an older version of Unscored (settings version ${version}); it was converted.`);

  const { settings, problems } = repairSettings(raw, knownSiteIds);
  errors.push(...problems);

  // Checked on the current schema's shape, so only for current-version files: a migrated old
  // file legitimately has keys that its migration consumed.
  if (version === SCHEMA_VERSION) {
    unknownKeys(raw, TOP_KEYS, '', errors);
    unknownKeys(raw.defaults, DEFAULTS_KEYS, 'defaults.', errors);
    unknownKeys(raw.pause, PAUSE_KEYS, 'pause.', errors);
    if (isObj(raw.sites)) for (const [id, s] of Object.entries(raw.sites)) unknownKeys(s, SITE_KEYS, `sites.${id}.`, errors);
    // repairSettings caps the delay silently (fine for storage); a file saying 600 s is wrong.
    const delay = isObj(raw.pause) ? raw.pause.delaySeconds : undefined;
    if (typeof delay === 'number' && delay > LIMITS.maxDelaySeconds) errors.push(`pause.delaySeconds: more than ${LIMITS.maxDelaySeconds} seconds`);
  }

  if (errors.length) return { ok: false, errors };
  return { ok: true, settings, warnings };
}
