/**
 * Content scripts registered at run time, kept in step with settings and permissions
 * (`syncCustomScripts` is idempotent and serialized; it runs on startup, on every settings change
 * and when a permission is added or removed):
 * - one per site the user added (a custom origin) that has its host permission, with the
 *   generic stylesheet or, for a site recognised as a known platform (a Mastodon server, a Medium
 *   publication on its own domain), that platform's site stylesheet;
 * - one per optional registry site (issue 20) whose hosts the user granted, with the site's own
 *   stylesheet. Optional sites are not in the manifest's content scripts (unless a test build
 *   declares them: then they are left to the manifest).
 */
import browser from 'webextension-polyfill';
import { loadSettings, updateSettings } from '../settings/storage';
import { normalizeOrigin } from '../settings/repair';
import { LIMITS } from '../settings/schema';
import { findSiteForUrl, getSite, optionalEmbeds, sites } from '../sites';
import type { Site } from '../sites/types';
import { isPlatformSite, type PlatformSite } from '../platforms/platforms';
import { contentScriptFiles } from '../sites/site-script';

export const CUSTOM_SCRIPT_PREFIX = 'unscored-custom:';
export const OPTIONAL_SCRIPT_PREFIX = 'unscored-site:';
export const EMBED_SCRIPT_PREFIX = 'unscored-embed:';
export const CONTENT_JS = 'src/content/main.iife.js';
const GENERIC_CSS = 'css/generic.css';
export const cssFor = (id: string) => `css/${id}.css`;

export function scriptIdFor(origin: string): string {
  return CUSTOM_SCRIPT_PREFIX + origin;
}

export function optionalScriptIdFor(siteId: string): string {
  return OPTIONAL_SCRIPT_PREFIX + siteId;
}

/** The stylesheet for a site the user added: its platform's when it has one, else the generic one. */
export function customCss(platform: string | undefined): string {
  return platform && getSite(platform) ? cssFor(platform) : GENERIC_CSS;
}

/** A registry site's content script files: its site file, then the shared script. */
export const jsFor = (id: string) => contentScriptFiles(id, CONTENT_JS);

/** The content script files for a site the user added: its platform's site file first, if any. */
export function customJs(platform: string | undefined): string[] {
  return contentScriptFiles(platform && getSite(platform) ? platform : undefined, CONTENT_JS);
}

/** Optional sites the manifest does not declare (every one, except in a test build that grants them). */
export function undeclaredOptionalSites(): Site[] {
  const declared = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.css ?? []));
  return sites.filter((s) => s.optional && !declared.has(cssFor(s.id)));
}

/** A site's embed patterns on hosts of their own that the manifest does not declare (all but a test build's). */
export function undeclaredEmbeds(site: Site): string[] {
  const declared = new Set((browser.runtime.getManifest().content_scripts ?? []).filter((c) => c.all_frames).flatMap((c) => c.matches ?? []));
  return optionalEmbeds(site).filter((e) => !declared.has(e));
}

/** Which of these match patterns the user granted. */
export async function grantedPatterns(patterns: readonly string[]): Promise<string[]> {
  const r = await Promise.all(patterns.map((m) => browser.permissions.contains({ origins: [m] }).catch(() => false)));
  return patterns.filter((_, i) => r[i]);
}

/** The match patterns of an optional site that the user granted (a site may list several hosts). */
export function grantedMatches(site: Site): Promise<string[]> {
  return grantedPatterns(site.matches);
}

interface Wanted {
  matches: string[];
  /** The site file (a registry site's or a platform's) then the shared script, or that alone. */
  js: string[];
  css: string;
  allFrames?: boolean;
}

let running: Promise<void> = Promise.resolve();

/** Serialized: two overlapping runs could both register the same id and fail. */
export function syncCustomScripts(): Promise<void> {
  running = running.then(doSync, doSync).catch((e: unknown) => console.warn('[Unscored] custom sites', e));
  return running;
}

const same = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).length === b.length && b.every((x, i) => a![i] === x);

async function doSync(): Promise<void> {
  const { settings } = await loadSettings();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = new Map(
    registered
      .filter((r) => [CUSTOM_SCRIPT_PREFIX, OPTIONAL_SCRIPT_PREFIX, EMBED_SCRIPT_PREFIX].some((p) => r.id.startsWith(p)))
      .map((r) => [r.id, r]),
  );
  const wanted = new Map<string, Wanted>();
  for (const c of settings.customSites) {
    const granted = await browser.permissions.contains({ origins: [`${c.origin}/*`] }).catch(() => false);
    if (granted) wanted.set(scriptIdFor(c.origin), { matches: [`${c.origin}/*`], js: customJs(c.platform), css: customCss(c.platform) });
  }
  for (const s of undeclaredOptionalSites()) {
    const matches = await grantedMatches(s);
    if (matches.length) wanted.set(optionalScriptIdFor(s.id), { matches, js: jsFor(s.id), css: cssFor(s.id) });
  }
  // Embedded posts and players on other sites' pages, in every frame (issue 20).
  for (const s of sites) {
    const embeds = await grantedPatterns(undeclaredEmbeds(s));
    if (embeds.length) wanted.set(EMBED_SCRIPT_PREFIX + s.id, { matches: embeds, js: jsFor(s.id), css: cssFor(s.id), allFrames: true });
  }
  // Stale ones, and ones whose hosts, scripts or stylesheet changed (a platform set, one more host
  // granted, or registered by a version that had one script for every site).
  const stale = [...ours].filter(([id, r]) => {
    const w = wanted.get(id);
    return !w || !same(r.matches, w.matches) || !same(r.js, w.js) || !same(r.css, [w.css]);
  }).map(([id]) => id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !ours.has(id) || stale.includes(id));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map(([id, w]) => ({
        id,
        matches: w.matches,
        js: w.js,
        css: [w.css],
        runAt: 'document_start' as const,
        allFrames: !!w.allFrames,
      })),
    );
  }
}

/**
 * The popup's one-click offer on a page of a known platform ("Hide scores on social.example (a
 * Mastodon server)"): it tells the background which site it is about to ask access for, then
 * asks. The site is added to settings here once the browser grants the host (permissions.onAdded),
 * never by the popup after its `await`: Firefox closes the popup when its prompt opens. A host
 * granted already (no onAdded will come) is added at once.
 */
export interface SiteOffer {
  type: 'unscored:offer-site';
  origin: string;
  platform?: PlatformSite;
}

export function isSiteOffer(m: unknown): m is SiteOffer {
  const o = m as SiteOffer | null;
  return !!o && o.type === 'unscored:offer-site' && typeof o.origin === 'string' && (o.platform === undefined || isPlatformSite(o.platform));
}

const OFFERS_KEY = 'unscored:offers';
/** Offers are kept for ten minutes (a prompt left open that long is answered no). */
const OFFER_TTL_MS = 10 * 60_000;

type Offers = Record<string, { platform?: PlatformSite; at: number }>;

/** storage.session where there is one (it survives the worker stopping), else this worker's memory. */
const memoryOffers: Offers = {};
async function readOffers(): Promise<Offers> {
  const area = (browser.storage as { session?: browser.Storage.StorageArea }).session;
  if (!area) return memoryOffers;
  const got = await area.get(OFFERS_KEY).catch(() => ({}) as Record<string, unknown>);
  return ((got as Record<string, unknown>)[OFFERS_KEY] as Offers | undefined) ?? {};
}
async function writeOffers(o: Offers): Promise<void> {
  const area = (browser.storage as { session?: browser.Storage.StorageArea }).session;
  if (!area) return void Object.assign(memoryOffers, o);
  await area.set({ [OFFERS_KEY]: o }).catch(() => undefined);
}

/** 'granted': the host was granted already (added now); 'asked': added when the grant comes. */
export async function receiveOffer(m: SiteOffer): Promise<'granted' | 'asked' | false> {
  const origin = normalizeOrigin(m.origin);
  // Registry sites have their own switch; an address that is not a web origin is no offer.
  if (!origin || origin !== m.origin || findSiteForUrl(`${origin}/`)) return false;
  const offers = await readOffers();
  const now = Date.now();
  for (const [k, v] of Object.entries(offers)) if (now - v.at > OFFER_TTL_MS) delete offers[k];
  offers[origin] = { platform: m.platform, at: now };
  await writeOffers(offers);
  return (await browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false)) ? 'granted' : 'asked';
}

/** Adds the offered sites among these just-granted hosts to settings (with their platform). */
async function acceptOffers(origins: string[]): Promise<void> {
  const offers = await readOffers();
  const taken = origins.map((o) => o.replace(/\/\*$/, '')).filter((o) => offers[o] && Date.now() - offers[o].at <= OFFER_TTL_MS);
  if (!taken.length) return;
  await updateSettings((s) => {
    for (const origin of taken) {
      const platform = offers[origin].platform;
      const cur = s.customSites.find((c) => c.origin === origin);
      if (cur) {
        if (platform) cur.platform = platform;
      } else if (s.customSites.length < LIMITS.customSites) {
        s.customSites.push({ origin, name: new URL(origin).hostname, ...(platform ? { platform } : {}) });
      }
    }
  });
  for (const o of taken) delete offers[o];
  await writeOffers(offers);
}

/**
 * What the background does when the user grants hosts: registers the content scripts for them
 * (an optional site turned on, a site added), then hides the numbers in the open tabs of those
 * hosts at once. Registered here, not by the popup after its `await`: Firefox closes the popup
 * when its permission prompt opens.
 */
export async function onHostsGranted(origins: string[], inject: (origins: string[]) => Promise<unknown>): Promise<void> {
  await acceptOffers(origins).catch((e: unknown) => console.warn('[Unscored] offer', e));
  await syncCustomScripts();
  if (origins.length) await inject(origins);
}

export function startCustomScripts(inject: (origins: string[]) => Promise<unknown>): void {
  browser.runtime.onStartup.addListener(() => void syncCustomScripts());
  browser.permissions.onRemoved.addListener(() => void syncCustomScripts());
  const added = (p: browser.Permissions.Permissions) => onHostsGranted(p.origins ?? [], inject);
  browser.permissions.onAdded.addListener((p) => void added(p));
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    // Only from the extension's own pages (the popup), never from a content script's page.
    if (!isSiteOffer(msg) || sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    return receiveOffer(msg).then(async (r) => {
      if (r === 'granted') await onHostsGranted([`${msg.origin}/*`], inject);
      return r;
    });
  });
  // The e2e specs cannot accept the browser's prompt headless, so they fake the grant at the API
  // edge and dispatch the event as the browser would, through this (the worker's own global,
  // which no page and no other extension can reach).
  (globalThis as { unscoredPermissionsAdded?: unknown }).unscoredPermissionsAdded = added;
}
