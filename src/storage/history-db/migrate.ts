// Moves the history of older versions (one value in storage.local under "history", v0 or v1 as
// history-schema.ts reads them) into the database. The key is removed only after the sites were
// committed; an interrupted move runs again at the next start, and merging a site with itself
// changes nothing, so a second run loses and doubles nothing.
import { readableSites } from '../history-parse.ts';
import type { AddResult } from './writes.ts';

export const LEGACY_HISTORY_KEY = 'history';

/** The part of storage.local (webextension-polyfill's StorageArea) the move uses. */
export interface LegacyArea {
  get(keys: string): Promise<Record<string, unknown>>;
  remove(keys: string): Promise<void>;
}

export interface MigrationResult {
  /** Sites found in the old value (its corrupt sites are not counted: they cannot be read). */
  found: number;
  stored: number;
  /** false when the old value stays for another try (the disk was full). */
  done: boolean;
}

export async function migrateLegacy(
  area: LegacyArea,
  write: (sites: ReturnType<typeof readableSites>) => Promise<AddResult>,
): Promise<MigrationResult> {
  const raw = (await area.get(LEGACY_HISTORY_KEY))?.[LEGACY_HISTORY_KEY];
  if (raw === undefined) return { found: 0, stored: 0, done: true };
  const sites = readableSites(raw);
  const result = await write(sites);
  if (result.full) return { found: sites.length, stored: 0, done: false };
  await area.remove(LEGACY_HISTORY_KEY);
  return { found: sites.length, stored: result.stored, done: true };
}
