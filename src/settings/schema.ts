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
import type { PlatformSite } from '../platforms/platforms';

// 2: `style` may be "hint"; sites and defaults gain `whose` and `postPageOnly` (issue 19); the
// pause gains `chat` (issue 17). One version for both: neither was released on its own.
export const SCHEMA_VERSION = 2;
export const SETTINGS_KEY = 'settings';

export const HIDING_STYLES = ['blur', 'hide', 'hover', 'hint'] as const;
export type HidingStyle = (typeof HIDING_STYLES)[number];

/** Which kinds are hidden on a site: true = hidden. */
export type KindSwitches = Record<MetricKind, boolean>;

/**
 * Whose numbers a hidden kind hides: everyone's (the default), only the signed-in user's own
 * ("mine": their posts, profile and notifications), or only other people's.
 */
export const WHOSE = ['both', 'mine', 'others'] as const;
export type Whose = (typeof WHOSE)[number];
export type WhoseSwitches = Record<MetricKind, Whose>;

export interface SiteSettings {
  /** Hiding on this site at all. */
  enabled: boolean;
  /** Per metric kind: hidden (true) or shown (false). */
  kinds: KindSwitches;
  /** Extra CSS selectors the user hides on this site (validated before they are saved). */
  customSelectors: string[];
  /**
   * Per hidden kind: whose numbers are hidden ("both" = everyone's). Stored settings always
   * have it (repairSettings fills it in); absent in a value built in code reads as "both".
   */
  whose?: WhoseSwitches;
  /** Per kind: hidden in feeds, lists and profiles, shown on a single post's own page (absent: false). */
  postPageOnly?: KindSwitches;
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
  /**
   * The known platform the site runs (issue 20: a Mastodon server, a Medium publication on its
   * own domain), as the registry id of that platform's site file, whose rules it then gets.
   * Absent: the generic patterns. An optional field: settings without it read as before.
   */
  platform?: PlatformSite;
}

export interface Settings {
  version: number;
  /** Hide, blur, or blur with reveal on hover/focus. */
  style: HidingStyle;
  /** Per supported or custom site (key: site id or custom origin). Missing = defaults. */
  sites: Record<string, SiteSettings>;
  /** Applied to sites that have no entry yet. */
  defaults: SiteDefaults;
  /** Sites the user added (each also needs its host permission). */
  customSites: CustomSite[];
  pause: PauseSettings;
  /** Mirror settings to the browser's own sync (opt-in). */
  sync: boolean;
}

/** What a site without an entry of its own gets. */
export interface SiteDefaults {
  enabled: boolean;
  kinds: KindSwitches;
  whose: WhoseSwitches;
  postPageOnly: KindSwitches;
}

export const DEFAULT_QUESTION = 'Why am I sharing this?';

export function allKinds(hidden = true): KindSwitches {
  return Object.fromEntries(METRIC_KINDS.map((k) => [k, hidden])) as KindSwitches;
}

export function allWhose(w: Whose = 'both'): WhoseSwitches {
  return Object.fromEntries(METRIC_KINDS.map((k) => [k, w])) as WhoseSwitches;
}

export function defaultSettings(): Settings {
  return {
    version: SCHEMA_VERSION,
    style: 'blur',
    sites: {},
    defaults: { enabled: true, kinds: allKinds(true), whose: allWhose('both'), postPageOnly: allKinds(false) },
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
      whose: { ...settings.defaults.whose },
      postPageOnly: { ...settings.defaults.postPageOnly },
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
