// User settings in storage.local under one key, as a versioned envelope. Reads validate; an older
// version is brought forward through MIGRATIONS; anything unreadable gives the defaults, never an
// error. Add a setting by bumping SETTINGS_VERSION, extending the schema and appending a migration.
//
// One writer: only the options page calls writeSettings (the linter keeps it out of the other
// contexts, biome.json); the background keeps them in memory, replaced on storage.onChanged
// (src/background/settings-cache.ts), the history page reads them.
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export const BADGE_STYLES = ['province', 'dot', 'none'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

const SettingsSchema = v.object({
  v: v.literal(SETTINGS_VERSION),
  /** What the toolbar badge shows: the province character, a coloured dot, or nothing. */
  badgeStyle: v.picklist(BADGE_STYLES),
  /**
   * Remember checked sites in the local history (src/storage/history-store.ts). Off by default: the
   * list would outlive clearing the browser's own history, so the user opts in.
   */
  rememberSites: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  v: SETTINGS_VERSION,
  badgeStyle: 'province',
  rememberSites: false,
};

/**
 * MIGRATIONS[n] turns a version-n object into version n+1. Version 0 is "no version field": the
 * shape a pre-release build may have written ({ badge: 'dot' }).
 */
const MIGRATIONS: ReadonlyArray<(old: Record<string, unknown>) => Record<string, unknown>> = [
  (old) => ({ v: 1, badgeStyle: old.badge }),
  // v2 adds the history switch, off for everyone: nobody opted in before it existed.
  (old) => ({ ...old, v: 2, rememberSites: false }),
];

/** Parses a stored value into current settings; defaults for anything missing or corrupt. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  let value = raw as Record<string, unknown>;
  let version = typeof value.v === 'number' ? value.v : 0;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return DEFAULT_SETTINGS;
    value = migrate(value);
    version++;
  }
  const result = v.safeParse(SettingsSchema, value);
  return result.success ? result.output : DEFAULT_SETTINGS;
}

/** The part of storage.local (webextension-polyfill's StorageArea) this module uses. */
export interface LocalArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored settings, or null when storage could not be read (a caller may try again later). */
export async function loadSettings(area: Pick<LocalArea, 'get'>): Promise<Settings | null> {
  try {
    return parseSettings((await area.get(SETTINGS_KEY))?.[SETTINGS_KEY]);
  } catch {
    return null;
  }
}

export async function readSettings(area: LocalArea): Promise<Settings> {
  return (await loadSettings(area)) ?? DEFAULT_SETTINGS;
}

export async function writeSettings(
  area: LocalArea,
  changes: Partial<Omit<Settings, 'v'>>,
): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings(area)), ...changes, v: SETTINGS_VERSION });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
