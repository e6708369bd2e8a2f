import { useEffect } from 'preact/hooks';
import { useSettings } from '../ui/use-settings';
import { normalizeOrigin } from '../settings/repair';

/** Settings plus what the address asks for: `?add=<origin>` (from the popup) prefills "add a site". */
export function useUiSettingsPage() {
  const api = useSettings();
  const prefill = normalizeOrigin(new URLSearchParams(location.search).get('add')) ?? undefined;
  const loaded = api.settings !== undefined;
  useEffect(() => {
    // Sections render after settings load: jump to the anchor once they exist.
    if (loaded && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  return { ...api, prefill };
}
