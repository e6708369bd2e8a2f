/**
 * Read, write and watch settings on top of browser.storage. Local storage is authoritative;
 * when the user turns sync on, every write is mirrored to storage.sync (within its quotas) and
 * a newer synced copy is adopted on read.
 */
import browser from '#browser';
import type { Storage } from 'webextension-polyfill';
import { SITE_IDS } from '../sites/ids';
import { defaultSettings, SETTINGS_KEY, type Settings } from './schema';
import { repairSettings, type Repaired } from './repair';

const knownIds = SITE_IDS;

/** Settings as stored, repaired. Fails closed: any error reads as the defaults (all hidden). */
export async function loadSettings(): Promise<Repaired> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return repairSettings(got[SETTINGS_KEY], knownIds);
  } catch (e) {
    return { settings: defaultSettings(), problems: [`storage: could not be read (${String(e)}); everything stays hidden`] };
  }
}

export class SyncQuotaError extends Error {}

/** Writes settings locally, and to sync when the user turned it on. */
export async function saveSettings(next: Settings): Promise<{ syncError?: string }> {
  const { settings } = repairSettings(next, knownIds);
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  if (!settings.sync) return {};
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: { ...settings, savedAt: Date.now() } });
    return {};
  } catch (e) {
    // The local copy is saved; only the mirror failed (QUOTA_BYTES_PER_ITEM is 8 KB in Chrome).
    return { syncError: `Saved on this device, but not synced: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Applies a change to the current settings and saves the result. */
export async function updateSettings(change: (s: Settings) => void): Promise<{ settings: Settings; syncError?: string }> {
  const { settings } = await loadSettings();
  change(settings);
  const r = await saveSettings(settings);
  return { settings, ...r };
}

/** Calls back with repaired settings whenever they change in local storage. Returns an unsubscribe. */
export function watchSettings(cb: (r: Repaired) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(repairSettings(changes[SETTINGS_KEY].newValue, knownIds));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
