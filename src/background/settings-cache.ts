// The settings as the worker uses them on each message and scan: read from storage.local once, then
// kept in memory and replaced on every storage.onChanged of their key, so the popup's messages do
// not wait for a storage read. The options page stays their one writer; a worker restart reads again.
import {
  DEFAULT_SETTINGS,
  type LocalArea,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
} from '../storage/settings.ts';

/** The part of storage.onChanged (webextension-polyfill) the cache follows. */
export interface SettingsChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export function createSettingsCache(area: Pick<LocalArea, 'get'>, changes: SettingsChanges) {
  let cached: Promise<Settings> | null = null;
  changes.addListener((changed, name) => {
    const change = changed[SETTINGS_KEY];
    if (name === 'local' && change) cached = Promise.resolve(parseSettings(change.newValue));
  });
  const load = async (): Promise<Settings> => {
    const settings = await loadSettings(area);
    // Not kept: the next use tries the storage again.
    if (!settings) cached = null;
    return settings ?? DEFAULT_SETTINGS;
  };
  return { read: (): Promise<Settings> => (cached ??= load()) };
}
