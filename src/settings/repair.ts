/**
 * Validation that repairs stored settings value by value. Pure (no browser APIs), so the
 * content script, the UI and the import check share it and unit tests cover every case.
 */
import { METRIC_KINDS } from '../sites/types';
import { isPlatformSite } from '../platforms/platforms';
import {
  defaultSettings,
  HIDING_STYLES,
  LIMITS,
  SCHEMA_VERSION,
  type CustomSite,
  type KindSwitches,
  type PauseSettings,
  type SiteDefaults,
  WHOSE,
  type WhoseSwitches,
  type Settings,
  type SiteSettings,
} from './schema';

export interface Repaired {
  settings: Settings;
  /** One line per value that was replaced, for messages and tests ("sites.x.kinds.likes: …"). */
  problems: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Migrations from version N to N+1, applied in order before repairing. */
const migrations: Record<number, (old: Obj) => Obj> = {
  // 0 -> 1: the unversioned prototype stored `hidden: string[]` globally. Keep what it meant.
  0: (old) => {
    const next: Obj = { ...old, version: 1 };
    if (Array.isArray(old.hidden)) {
      const hidden = new Set(old.hidden.filter((k): k is string => typeof k === 'string'));
      next.defaults = {
        enabled: true,
        kinds: Object.fromEntries(METRIC_KINDS.map((k) => [k, hidden.has(k)])),
      };
      delete next.hidden;
    }
    return next;
  },
  // 1 -> 2 (issue 19): whose numbers and "only on a post's page". Version 1 hid every count of a
  // hidden kind, whoever's it was, everywhere: "both" and false keep exactly that.
  // (issue 17): the chat switch (pause.chat). Version 1 never paused chat, so it starts off: the
  // pause on Twitch (whose only composer is its chat) stays what it was, off until asked for.
  1: (old) => {
    const next: Obj = { ...old, version: 2 };
    const add = (o: unknown): unknown =>
      isObj(o)
        ? {
            ...o,
            whose: o.whose ?? Object.fromEntries(METRIC_KINDS.map((k) => [k, 'both'])),
            postPageOnly: o.postPageOnly ?? Object.fromEntries(METRIC_KINDS.map((k) => [k, false])),
          }
        : o;
    if (old.defaults !== undefined) next.defaults = add(old.defaults);
    if (isObj(old.sites)) next.sites = Object.fromEntries(Object.entries(old.sites).map(([id, v]) => [id, add(v)]));
    if (isObj(old.pause)) next.pause = { ...old.pause, chat: false };
    return next;
  },
};

export function migrate(raw: Obj, problems: string[]): Obj {
  let v = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  let cur = raw;
  if (v > SCHEMA_VERSION) {
    problems.push(`version: ${v} is newer than this extension understands (${SCHEMA_VERSION})`);
    return { ...cur, version: SCHEMA_VERSION };
  }
  while (v < SCHEMA_VERSION) {
    const step = migrations[v];
    cur = step ? step(cur) : { ...cur, version: v + 1 };
    v += 1;
  }
  return cur;
}

function repairKinds(raw: unknown, fallback: KindSwitches, path: string, problems: string[]): KindSwitches {
  const out = { ...fallback };
  if (raw === undefined) return out;
  if (!isObj(raw)) {
    problems.push(`${path}: not an object, all kinds hidden`);
    return out;
  }
  for (const k of METRIC_KINDS) {
    const v = raw[k];
    if (v === undefined) continue;
    if (typeof v === 'boolean') out[k] = v;
    else problems.push(`${path}.${k}: expected true/false, kept hidden`);
  }
  for (const k of Object.keys(raw)) {
    if (!(METRIC_KINDS as readonly string[]).includes(k)) problems.push(`${path}.${k}: unknown kind, dropped`);
  }
  return out;
}

function repairWhose(raw: unknown, fallback: WhoseSwitches, path: string, problems: string[]): WhoseSwitches {
  const out = { ...fallback };
  if (raw === undefined) return out;
  if (!isObj(raw)) {
    problems.push(`${path}: not an object, everyone's numbers hidden`);
    return out;
  }
  for (const k of METRIC_KINDS) {
    const v = raw[k];
    if (v === undefined) continue;
    // An unknown value reads as "both": everyone's numbers hidden (fail closed).
    if ((WHOSE as readonly unknown[]).includes(v)) out[k] = v as WhoseSwitches[typeof k];
    else {
      out[k] = 'both';
      problems.push(`${path}.${k}: expected one of ${WHOSE.join(', ')}, everyone's numbers hidden`);
    }
  }
  for (const k of Object.keys(raw)) {
    if (!(METRIC_KINDS as readonly string[]).includes(k)) problems.push(`${path}.${k}: unknown kind, dropped`);
  }
  return out;
}

/** "Only on a post's page" per kind; anything unreadable is false (hidden on every page). */
function repairPostPageOnly(raw: unknown, fallback: KindSwitches, path: string, problems: string[]): KindSwitches {
  const out = { ...fallback };
  if (raw === undefined) return out;
  if (!isObj(raw)) {
    problems.push(`${path}: not an object, reset`);
    return out;
  }
  for (const k of METRIC_KINDS) {
    const v = raw[k];
    if (v === undefined) continue;
    if (typeof v === 'boolean') out[k] = v;
    else {
      out[k] = false;
      problems.push(`${path}.${k}: expected true/false, hidden on every page`);
    }
  }
  for (const k of Object.keys(raw)) {
    if (!(METRIC_KINDS as readonly string[]).includes(k)) problems.push(`${path}.${k}: unknown kind, dropped`);
  }
  return out;
}

function repairString(raw: unknown, fallback: string, max: number, path: string, problems: string[]): string {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string') {
    problems.push(`${path}: expected text, reset`);
    return fallback;
  }
  if (raw.length > max) {
    problems.push(`${path}: longer than ${max} characters, shortened`);
    return raw.slice(0, max);
  }
  return raw;
}

function repairBool(raw: unknown, fallback: boolean, path: string, problems: string[]): boolean {
  if (raw === undefined) return fallback;
  if (typeof raw === 'boolean') return raw;
  problems.push(`${path}: expected true/false, reset`);
  return fallback;
}

/**
 * Checks a custom CSS selector without touching any page: parses it against a detached
 * fragment. Returns an error message, or null when it is usable.
 */
export function checkSelector(sel: unknown): string | null {
  if (typeof sel !== 'string') return 'not text';
  const s = sel.trim();
  if (!s) return 'empty';
  if (s.length > LIMITS.selectorLength) return `longer than ${LIMITS.selectorLength} characters`;
  // Declarations or rule braces would let a "selector" inject arbitrary CSS.
  if (/[{};]/.test(s)) return 'contains { } or ;';
  // Browsers close unbalanced brackets at the end of a selector, so "a:is(b" parses; inside the
  // rule that joins the user's selectors it would swallow the others.
  if (!balanced(s)) return 'has unbalanced brackets or quotes';
  if (splitTopLevel(s).some((part) => /^(html|body|:root|\*|html\s*>\s*body|html\s+body)$/i.test(part.trim()))) {
    return 'would hide the whole page';
  }
  try {
    if (typeof document !== 'undefined') document.createDocumentFragment().querySelector(s);
  } catch {
    return 'is not a valid CSS selector';
  }
  return null;
}

/**
 * One pass over a selector that respects quotes, escapes and brackets: whether its brackets and
 * quotes balance, and its top-level comma-separated parts.
 */
function scanSelector(sel: string): { balanced: boolean; parts: string[] } {
  const closers: string[] = [];
  const parts: string[] = [];
  let quote = '';
  let start = 0;
  let balanced = true;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i];
    if (c === '\\') {
      i++;
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') closers.push(c === '(' ? ')' : ']');
    else if (c === ')' || c === ']') {
      if (closers.pop() !== c) balanced = false;
    } else if (c === ',' && closers.length === 0) {
      parts.push(sel.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(sel.slice(start));
  return { balanced: balanced && !quote && closers.length === 0, parts };
}

function balanced(sel: string): boolean {
  return scanSelector(sel).balanced;
}

/** The parts of a selector list, split on commas outside brackets and quotes. */
export function splitTopLevel(sel: string): string[] {
  return scanSelector(sel).parts;
}

function repairSelectors(raw: unknown, path: string, problems: string[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${path}: expected a list, dropped`);
    return [];
  }
  const out: string[] = [];
  raw.forEach((s, i) => {
    const err = checkSelector(s);
    if (err) problems.push(`${path}[${i}]: ${err}, dropped`);
    else if (out.length >= LIMITS.selectorsPerSite) problems.push(`${path}[${i}]: more than ${LIMITS.selectorsPerSite} selectors, dropped`);
    else if (!out.includes((s as string).trim())) out.push((s as string).trim());
  });
  return out;
}

function repairSite(raw: unknown, base: SiteDefaults, path: string, problems: string[]): SiteSettings {
  if (!isObj(raw)) {
    problems.push(`${path}: not an object, reset to defaults`);
    return { enabled: base.enabled, kinds: { ...base.kinds }, customSelectors: [], whose: { ...base.whose }, postPageOnly: { ...base.postPageOnly } };
  }
  return {
    enabled: repairBool(raw.enabled, base.enabled, `${path}.enabled`, problems),
    kinds: repairKinds(raw.kinds, base.kinds, `${path}.kinds`, problems),
    customSelectors: repairSelectors(raw.customSelectors, `${path}.customSelectors`, problems),
    whose: repairWhose(raw.whose, base.whose, `${path}.whose`, problems),
    postPageOnly: repairPostPageOnly(raw.postPageOnly, base.postPageOnly, `${path}.postPageOnly`, problems),
  };
}

/** An origin the user may add: https (or http) scheme, a host, nothing else. */
export function normalizeOrigin(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  if (!s) return null;
  if (!/^[a-z]+:\/\//i.test(s)) s = `https://${s}`;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (!u.hostname || !u.hostname.includes('.') || u.username || u.password) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

function repairCustomSites(raw: unknown, problems: string[]): CustomSite[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('customSites: expected a list, dropped');
    return [];
  }
  const out: CustomSite[] = [];
  raw.forEach((c, i) => {
    const origin = isObj(c) ? normalizeOrigin(c.origin) : null;
    if (!origin) problems.push(`customSites[${i}]: not a valid site, dropped`);
    else if (out.length >= LIMITS.customSites) problems.push(`customSites[${i}]: too many sites, dropped`);
    else if (!out.some((o) => o.origin === origin)) {
      const name = isObj(c) && typeof c.name === 'string' && c.name.trim() ? c.name.trim().slice(0, 80) : new URL(origin).hostname;
      const site: CustomSite = { origin, name };
      // A platform this version does not know (or not a string): the generic patterns.
      if (isObj(c) && c.platform !== undefined) {
        if (isPlatformSite(c.platform)) site.platform = c.platform;
        else problems.push(`customSites[${i}].platform: unknown platform, dropped`);
      }
      out.push(site);
    }
  });
  return out;
}

function repairPause(raw: unknown, problems: string[]): PauseSettings {
  const d = defaultSettings().pause;
  if (raw === undefined) return d;
  if (!isObj(raw)) {
    problems.push('pause: not an object, reset');
    return d;
  }
  const sites: Record<string, boolean> = {};
  if (raw.sites !== undefined) {
    if (isObj(raw.sites)) {
      for (const [k, v] of Object.entries(raw.sites)) {
        if (typeof v === 'boolean') sites[k] = v;
        else problems.push(`pause.sites.${k}: expected true/false, dropped`);
      }
    } else problems.push('pause.sites: not an object, reset');
  }
  let delay = d.delaySeconds;
  if (raw.delaySeconds !== undefined) {
    const n = raw.delaySeconds;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) delay = Math.min(Math.round(n), LIMITS.maxDelaySeconds);
    else problems.push('pause.delaySeconds: expected a number of seconds, reset');
  }
  const snoozedUntil: Record<string, number> = {};
  if (isObj(raw.snoozedUntil)) {
    for (const [k, v] of Object.entries(raw.snoozedUntil)) {
      if (typeof v === 'number' && Number.isFinite(v)) snoozedUntil[k] = v;
      else problems.push(`pause.snoozedUntil.${k}: not a time, dropped`);
    }
  } else if (raw.snoozedUntil !== undefined) problems.push('pause.snoozedUntil: not an object, reset');
  const question = repairString(raw.question, d.question, LIMITS.questionLength, 'pause.question', problems);
  return {
    sites,
    question: question.trim() ? question : d.question,
    secondLine: repairString(raw.secondLine, d.secondLine, LIMITS.secondLineLength, 'pause.secondLine', problems),
    delaySeconds: delay,
    askReason: repairBool(raw.askReason, d.askReason, 'pause.askReason', problems),
    journal: repairBool(raw.journal, d.journal, 'pause.journal', problems),
    snoozedUntil,
    chat: repairBool(raw.chat, d.chat, 'pause.chat', problems),
  };
}

/**
 * Turns anything read from storage (or an import file) into valid settings. Never throws.
 * Unknown site ids are kept only when they are registry sites or custom origins.
 */
export function repairSettings(raw: unknown, knownSiteIds: readonly string[]): Repaired {
  const problems: string[] = [];
  const d = defaultSettings();
  if (raw === undefined || raw === null) return { settings: d, problems };
  if (!isObj(raw)) {
    problems.push('settings: unreadable, reset to defaults (everything hidden)');
    return { settings: d, problems };
  }
  const m = migrate(raw, problems);

  let style = d.style;
  if (m.style !== undefined) {
    if ((HIDING_STYLES as readonly unknown[]).includes(m.style)) style = m.style as Settings['style'];
    else problems.push(`style: "${String(m.style)}" is not one of ${HIDING_STYLES.join(', ')}, reset`);
  }

  let defaults = d.defaults;
  if (m.defaults !== undefined) {
    if (isObj(m.defaults)) {
      defaults = {
        enabled: repairBool(m.defaults.enabled, d.defaults.enabled, 'defaults.enabled', problems),
        kinds: repairKinds(m.defaults.kinds, d.defaults.kinds, 'defaults.kinds', problems),
        whose: repairWhose(m.defaults.whose, d.defaults.whose, 'defaults.whose', problems),
        postPageOnly: repairPostPageOnly(m.defaults.postPageOnly, d.defaults.postPageOnly, 'defaults.postPageOnly', problems),
      };
    } else problems.push('defaults: not an object, reset');
  }

  const customSites = repairCustomSites(m.customSites, problems);
  const allowed = new Set<string>([...knownSiteIds, ...customSites.map((c) => c.origin)]);
  const sites: Record<string, SiteSettings> = {};
  if (m.sites !== undefined) {
    if (isObj(m.sites)) {
      for (const [id, v] of Object.entries(m.sites)) {
        if (!allowed.has(id)) {
          problems.push(`sites.${id}: unknown site, dropped`);
          continue;
        }
        sites[id] = repairSite(v, defaults, `sites.${id}`, problems);
      }
    } else problems.push('sites: not an object, reset');
  }

  return {
    settings: {
      version: SCHEMA_VERSION,
      style,
      sites,
      defaults,
      customSites,
      pause: repairPause(m.pause, problems),
      sync: repairBool(m.sync, d.sync, 'sync', problems),
    },
    problems,
  };
}
