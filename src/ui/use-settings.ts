/**
 * Settings for a Preact page: loaded once, kept current through storage.onChanged (another page
 * or the keyboard shortcut may change them), and written through the typed settings module.
 * Writes are queued so two quick changes never overwrite each other.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '../settings/storage';
import type { Settings } from '../settings/schema';

export interface SettingsApi {
  settings: Settings | undefined;
  /** Set when the last write was saved locally but could not be synced. */
  syncError: string | undefined;
  /** Set when the last write failed altogether. */
  saveError: string | undefined;
  update: (change: (s: Settings) => void) => Promise<void>;
  replace: (next: Settings) => Promise<boolean>;
}

export function useSettings(): SettingsApi {
  const [settings, setSettings] = useState<Settings>();
  const [syncError, setSyncError] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void loadSettings().then((r) => live && setSettings(r.settings));
    const off = watchSettings((r) => setSettings(r.settings));
    return () => {
      live = false;
      off();
    };
  }, []);

  const run = useCallback(<T,>(job: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(job, job);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const update = useCallback(
    (change: (s: Settings) => void) =>
      run(async () => {
        try {
          const r = await updateSettings(change);
          setSettings(r.settings);
          setSyncError(r.syncError);
          setSaveError(undefined);
        } catch (e) {
          setSaveError(e instanceof Error ? e.message : String(e));
        }
      }),
    [run],
  );

  const replace = useCallback(
    (next: Settings) =>
      run(async () => {
        try {
          const r = await saveSettings(next);
          setSettings((await loadSettings()).settings);
          setSyncError(r.syncError);
          setSaveError(undefined);
          return true;
        } catch (e) {
          setSaveError(e instanceof Error ? e.message : String(e));
          return false;
        }
      }),
    [run],
  );

  return { settings, syncError, saveError, update, replace };
}
