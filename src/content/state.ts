/**
 * Settings -> what the engine should show on this page. Pure, so it is unit-tested.
 */
import { METRIC_KINDS } from '../sites/types';
import { shownKinds, siteSettings, type Settings } from '../settings/schema';
import type { EngineState } from './engine';

export const PEEK_KEY = 'peek';

/** `peek` maps a site key to the epoch ms until which its numbers are shown. */
export function engineState(settings: Settings, siteKey: string, peekUntil = 0, now = Date.now()): EngineState {
  const s = siteSettings(settings, siteKey);
  const peeking = peekUntil > now;
  const shown = peeking || !s.enabled ? ['all', 'custom', ...METRIC_KINDS] : shownKinds(s);
  return { shown, style: settings.style, customSelectors: s.customSelectors };
}
