import type { Settings } from '../settings/schema';
import type { SettingsApi } from '../ui/use-settings';

/** What every settings section gets: the current settings and the one way to change them. */
export interface SectionProps {
  settings: Settings;
  update: SettingsApi['update'];
}
