/**
 * Content scripts for sites the user added: one registration per custom origin that has its
 * host permission, kept in step with settings (`syncCustomScripts` is idempotent; it runs on
 * startup, on every settings change and when a permission is added or removed).
 */
import browser from 'webextension-polyfill';
import { loadSettings } from '../settings/storage';

export const CUSTOM_SCRIPT_PREFIX = 'unscored-custom:';
const CONTENT_JS = 'src/content/main.iife.js';
const GENERIC_CSS = 'css/generic.css';

export function scriptIdFor(origin: string): string {
  return CUSTOM_SCRIPT_PREFIX + origin;
}

let running: Promise<void> = Promise.resolve();

/** Serialized: two overlapping runs could both register the same id and fail. */
export function syncCustomScripts(): Promise<void> {
  running = running.then(doSync, doSync).catch((e: unknown) => console.warn('[Unscored] custom sites', e));
  return running;
}

async function doSync(): Promise<void> {
  const { settings } = await loadSettings();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = new Set(registered.map((r) => r.id).filter((id) => id.startsWith(CUSTOM_SCRIPT_PREFIX)));
  const wanted = new Map<string, string>();
  for (const c of settings.customSites) {
    const granted = await browser.permissions.contains({ origins: [`${c.origin}/*`] }).catch(() => false);
    if (granted) wanted.set(scriptIdFor(c.origin), c.origin);
  }
  const stale = [...ours].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !ours.has(id));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map(([id, origin]) => ({
        id,
        matches: [`${origin}/*`],
        js: [CONTENT_JS],
        css: [GENERIC_CSS],
        runAt: 'document_start' as const,
        allFrames: false,
      })),
    );
  }
}

export function startCustomScripts(): void {
  browser.runtime.onStartup.addListener(() => void syncCustomScripts());
  browser.permissions.onRemoved.addListener(() => void syncCustomScripts());
  browser.permissions.onAdded.addListener(() => void syncCustomScripts());
}
