// The site history's IndexedDB schema: one record per site keyed by registrable domain, with the
// keys its indexes need (ICP subjects, operator, provinces, last seen) and its size, derived from
// the site when it is written. A record is validated on every read (the site schema of
// history-schema.ts plus the derived keys); one that does not pass is corrupt and gets deleted.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import { operatorKey, subjectsOf } from '../../core/filer.ts';
import { provincesOf } from '../history-query.ts';
import { type HistorySite, HistorySiteSchema } from '../history-schema.ts';
import { RegistryChecksSchema } from '../registry-checks.ts';

export const DB_NAME = 'icp-lens-history';
/** 2: the subject and operator indexes are keyed [key, -lastSeen], so they list newest first. */
export const DB_VERSION = 2;
export const SITES = 'sites';
export const META = 'meta';
export const USAGE_KEY = 'usage';

/** A site as stored: the site itself, its index keys, and the length of its JSON (its cost). */
export interface SiteRecord extends HistorySite {
  /** The ICP subjects of its numbers (src/core/filer.ts), kept for the own-record check of the lookup (reads.ts). */
  subjects: string[];
  /** The operator's key (operatorKey), absent when the site prints none. */
  operatorKey?: string;
  /**
   * [subject, -lastSeen] for each subject, for the multiEntry `subjectNewest` index: walked in
   * ascending order it gives a subject's sites newest first, so one bounded getAll reads the newest.
   */
  subjectSeen: [string, number][];
  /** [operatorKey, -lastSeen] for the `operatorNewest` index; absent without an operator. */
  operatorSeen?: [string, number];
  /** Province codes of its numbers, for the multiEntry `province` index. */
  provinces: string[];
  /** JSON length of the site, counted against the byte budget. */
  bytes: number;
}

/**
 * How much the database holds, kept beside the sites and updated in the same transactions: the
 * history page's totals and province chart come from here, because counting an index in IndexedDB
 * walks it (about a second for 50,000 sites in Chromium).
 */
export interface Usage {
  sites: number;
  bytes: number;
  /** Sites per province code (a site with numbers of two provinces counts in both). */
  provinces: Record<string, number>;
}

export const emptyUsage = (): Usage => ({ sites: 0, bytes: 0, provinces: {} });

export interface HistoryDbSchema extends DBSchema {
  sites: {
    key: string;
    value: SiteRecord;
    indexes: {
      subjectNewest: [string, number];
      operatorNewest: [string, number];
      province: string;
      lastSeen: number;
    };
  };
  meta: { key: string; value: Usage };
}

export type HistoryDatabase = IDBPDatabase<HistoryDbSchema>;

export type UpgradeTx = IDBPTransaction<HistoryDbSchema, StoreNames<HistoryDbSchema>[], 'versionchange'>;

/**
 * Creates the stores and indexes, or brings an older database up to date in the upgrade's own
 * transaction. From 1: the subject and operator indexes change key, so every record is written again
 * with its new keys (toRecord); a corrupt one is deleted and the usage counted again at the next write.
 */
export async function upgradeSchema(db: HistoryDatabase, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const sites = db.createObjectStore(SITES, { keyPath: 'domain' });
    sites.createIndex('province', 'provinces', { multiEntry: true });
    sites.createIndex('lastSeen', 'lastSeen');
    db.createObjectStore(META);
  }
  const sites = tx.objectStore(SITES);
  if (oldVersion < 2) {
    // Version 1's indexes by subject and operator alone; their names are not in today's schema.
    const old = sites as unknown as { deleteIndex(name: string): void; indexNames: DOMStringList };
    for (const name of ['subject', 'operator']) if (old.indexNames.contains(name)) old.deleteIndex(name);
    sites.createIndex('subjectNewest', 'subjectSeen', { multiEntry: true });
    sites.createIndex('operatorNewest', 'operatorSeen');
  }
  if (oldVersion === 1) {
    let corrupt = false;
    for (let cursor = await sites.openCursor(); cursor; cursor = await cursor.continue()) {
      const site = fromRecord(cursor.value);
      if (site) await cursor.update(toRecord(site));
      else {
        corrupt = true;
        await cursor.delete();
      }
    }
    if (corrupt) await tx.objectStore(META).delete(USAGE_KEY);
  }
}

export function toRecord(site: HistorySite): SiteRecord {
  const subjects = subjectsOf(site.licences);
  const record: SiteRecord = {
    ...site,
    subjects,
    subjectSeen: subjects.map((s) => [s, -site.lastSeen]),
    provinces: provincesOf(site).map((p) => p.code),
    bytes: JSON.stringify(site).length,
  };
  if (site.operator) {
    record.operatorKey = operatorKey(site.operator.name);
    record.operatorSeen = [record.operatorKey, -site.lastSeen];
  }
  return record;
}

const Keys = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(100));

const RecordSchema = v.object({
  ...HistorySiteSchema.entries,
  subjects: Keys,
  operatorKey: v.optional(v.pipe(v.string(), v.maxLength(200))),
  provinces: Keys,
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * The site a stored value holds, or null when it is corrupt. The registry verdicts are a side record:
 * when only they are unreadable, the site is kept without them.
 */
export function fromRecord(raw: unknown): HistorySite | null {
  const { registry, ...rest } = (raw ?? {}) as { registry?: unknown };
  const result = v.safeParse(RecordSchema, registry === undefined ? raw : rest);
  if (!result.success) return null;
  const { subjects: _s, operatorKey: _o, provinces: _p, bytes: _b, ...site } = result.output;
  if (registry === undefined) return site;
  const checks = v.safeParse(RegistryChecksSchema, registry);
  return checks.success ? { ...site, registry: checks.output } : site;
}

/** The province codes a stored value is counted under, corrupt or not (none when unreadable). */
export function recordProvinces(raw: unknown): string[] {
  const provinces = (raw as Partial<SiteRecord> | undefined)?.provinces;
  return Array.isArray(provinces) ? provinces.filter((p): p is string => typeof p === 'string') : [];
}

/** Counts a stored value into the usage (`sign` 1) or out of it (-1). */
export function countRecord(usage: Usage, raw: unknown, sign: 1 | -1): void {
  usage.sites += sign;
  usage.bytes += sign * recordBytes(raw);
  for (const code of new Set(recordProvinces(raw))) {
    const count = (usage.provinces[code] ?? 0) + sign;
    if (count > 0) usage.provinces[code] = count;
    else delete usage.provinces[code];
  }
}

/** What a stored value costs, corrupt or not: its own count, else its JSON length. */
export function recordBytes(raw: unknown): number {
  const bytes = (raw as Partial<SiteRecord> | undefined)?.bytes;
  if (typeof bytes === 'number' && Number.isFinite(bytes) && bytes >= 0) return bytes;
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return 0;
  }
}

const UsageSchema = v.object({
  sites: v.pipe(v.number(), v.integer(), v.minValue(0)),
  bytes: v.pipe(v.number(), v.minValue(0)),
  provinces: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.number(), v.integer(), v.minValue(0))),
    v.check((counts) => Object.keys(counts).length <= 100),
  ),
});

export function parseUsage(raw: unknown): Usage | null {
  const result = v.safeParse(UsageSchema, raw);
  return result.success ? result.output : null;
}
