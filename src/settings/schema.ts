/**
 * The settings contract shared by every part (content script, background, popup, options).
 *
 * Stored under one key in `storage.local` (authoritative); mirrored to `storage.sync` only when
 * the user turns sync on. Every read goes through `repairSettings`, which keeps each good value
 * and replaces each bad one with its default on its own, so one corrupt value never costs the
 * user the others. Fail closed: a default always means "hide".
 *
 * Changing a stored key or its meaning needs a new SCHEMA_VERSION and a migration in
 * `migrations` below.
 */
import { METRIC_KINDS, type MetricKind } from '../sites/types';

export const SCHEMA_VERSION = 2;
export const SETTINGS_KEY = 'settings';

export const HIDING_STYLES = ['blur', 'hide', 'hover'] as const;
export type HidingStyle = (typeof HIDING_STYLES)[number];

/** Which kinds are hidden on a site: true = hidden. */
export type KindSwitches = Record<MetricKind, boolean>;

export interface SiteSettings {
  /** Hiding on this site at all. */
  enabled: boolean;
  /** Per metric kind: hidden (true) or shown (false). */
  kinds: KindSwitches;
  /** Extra CSS selectors the user hides on this site (validated before they are saved). */
  customSelectors: string[];
}

export interface PauseSettings {
  /** Site ids where the pause before posting is on (off everywhere by default). */
  sites: Record<string, boolean>;
  /** The user's own question. */
  question: string;
  /** An optional second line of their own. */
  secondLine: string;
  /** Seconds before "Post" is enabled (0 allowed). */
  delaySeconds: number;
  /** Offer a "write one line about why" field. */
  askReason: boolean;
  /** Keep answers in a private, local-only journal. */
  journal: boolean;
  /** Site id -> epoch ms until which the pause is snoozed. */
  snoozedUntil: Record<string, number>;
  /**
   * Also pause in chat and direct messages (Twitch chat, a site's messages): off by default, as
   * a pause before every chat line is more than most people want (version 2).
   */
  chat: boolean;
}

export interface CustomSite {
  /** An origin such as "https://mastodon.example". */
  origin: string;
  /** Shown to the user. */
  name: string;
}

export interface Settings {
  version: number;
  /** Hide, blur, or blur with reveal on hover/focus. */
  style: HidingStyle;
  /** Per supported or custom site (key: site id or custom origin). Missing = defaults. */
  sites: Record<string, SiteSettings>;
  /** Applied to sites that have no entry yet. */
  defaults: { enabled: boolean; kinds: KindSwitches };
  /** Sites the user added (each also needs its host permission). */
  customSites: CustomSite[];
  pause: PauseSettings;
  /** Mirror settings to the browser's own sync (opt-in). */
  sync: boolean;
}

export const DEFAULT_QUESTION = 'Why am I sharing this?';

export function allKinds(hidden = true): KindSwitches {
  return Object.fromEntries(METRIC_KINDS.map((k) => [k, hidden])) as KindSwitches;
}

export function defaultSettings(): Settings {
  return {
    version: SCHEMA_VERSION,
    style: 'blur',
    sites: {},
    defaults: { enabled: true, kinds: allKinds(true) },
    customSites: [],
    pause: {
      sites: {},
      question: DEFAULT_QUESTION,
      secondLine: '',
      delaySeconds: 3,
      askReason: false,
      journal: false,
      snoozedUntil: {},
      chat: false,
    },
    sync: false,
  };
}

/** Settings for one site, falling back to the defaults (fail closed). */
export function siteSettings(settings: Settings, siteKey: string): SiteSettings {
  return (
    settings.sites[siteKey] ?? {
      enabled: settings.defaults.enabled,
      kinds: { ...settings.defaults.kinds },
      customSelectors: [],
    }
  );
}

/** The metric kinds that are currently shown (not hidden) on a site. */
export function shownKinds(s: SiteSettings): MetricKind[] {
  if (!s.enabled) return [...METRIC_KINDS];
  return METRIC_KINDS.filter((k) => s.kinds[k] === false);
}

export const LIMITS = {
  questionLength: 200,
  secondLineLength: 200,
  maxDelaySeconds: 60,
  selectorLength: 500,
  selectorsPerSite: 100,
  customSites: 100,
} as const;
