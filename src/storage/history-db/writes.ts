// The history database's writes, each one transaction over the sites and their usage record, so a
// site, its index keys and the totals change together or not at all. Bounds: at most `maxSites`
// sites and `maxBytes` of their JSON; past either the oldest last-seen sites go first.
import { mergeEntry } from '../history-entry.ts';
import type { HistorySite } from '../history-schema.ts';
import {
  countRecord,
  emptyUsage,
  fromRecord,
  type HistoryDatabase,
  META,
  parseUsage,
  SITES,
  toRecord,
  USAGE_KEY,
  type Usage,
} from './schema.ts';

export interface Bounds {
  maxSites: number;
  maxBytes: number;
}

/** What one add did: how many of the entries are stored, and whether they all are. */
export interface AddResult {
  stored: number;
  /** false when the bounds pushed some of these entries out again, or the disk was full. */
  complete: boolean;
  /** The browser refused the write for lack of space (QuotaExceededError): nothing was written. */
  full: boolean;
}

export type WriteTx = ReturnType<typeof writeTx>;

export function writeTx(db: HistoryDatabase) {
  const tx = db.transaction([SITES, META], 'readwrite');
  // Observed by the caller's `await tx.done`; this keeps an abort from also being "unhandled".
  tx.done.catch(() => {});
  return tx;
}

/** The usage record, or the totals counted again when it is missing or unreadable. */
export async function readUsage(tx: WriteTx): Promise<Usage> {
  const stored = parseUsage(await tx.objectStore(META).get(USAGE_KEY));
  if (stored) return stored;
  const usage = emptyUsage();
  for (let cursor = await tx.objectStore(SITES).openCursor(); cursor; cursor = await cursor.continue())
    countRecord(usage, cursor.value, 1);
  return usage;
}

/** Deletes the oldest last-seen sites until the usage is within bounds; returns their domains. */
export async function prune(tx: WriteTx, usage: Usage, bounds: Bounds): Promise<Set<string>> {
  const dropped = new Set<string>();
  const over = () => usage.sites > bounds.maxSites || usage.bytes > bounds.maxBytes;
  if (!over()) return dropped;
  let cursor = await tx.objectStore(SITES).index('lastSeen').openCursor();
  while (cursor && over()) {
    countRecord(usage, cursor.value, -1);
    dropped.add(cursor.primaryKey);
    await cursor.delete();
    cursor = await cursor.continue();
  }
  return dropped;
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(error instanceof Error ? error.message : '');
}

/** Adds or merges sites (a later scan of a known site updates it, src/storage/history-entry.ts). */
export async function addSites(
  db: HistoryDatabase,
  entries: readonly HistorySite[],
  bounds: Bounds,
): Promise<AddResult> {
  if (entries.length === 0) return { stored: 0, complete: true, full: false };
  const tx = writeTx(db);
  try {
    const sites = tx.objectStore(SITES);
    const usage = await readUsage(tx);
    const domains = new Set<string>();
    // A corrupt record may never have been counted (see deleteSites): count again next time.
    let recount = false;
    for (const entry of entries) {
      const raw = await sites.get(entry.domain);
      // A corrupt record is overwritten by the new entry: what it held cannot be read anyway.
      const old = raw === undefined ? null : fromRecord(raw);
      const record = toRecord(old ? mergeEntry(old, entry) : entry);
      if (raw !== undefined) countRecord(usage, raw, -1);
      if (raw !== undefined && !old) recount = true;
      countRecord(usage, record, 1);
      await sites.put(record);
      domains.add(entry.domain);
    }
    const dropped = await prune(tx, usage, bounds);
    if (recount) await tx.objectStore(META).delete(USAGE_KEY);
    else await tx.objectStore(META).put(usage, USAGE_KEY);
    await tx.done;
    const stored = [...domains].filter((d) => !dropped.has(d)).length;
    return { stored, complete: stored === domains.size, full: false };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return { stored: 0, complete: false, full: true };
  }
}

/**
 * Deletes the given sites (unknown domains are ignored). Corrupt records were not necessarily
 * written by us, so the usage may never have counted them: after dropping those it is deleted, and
 * the next write counts it again (reads fall back to the indexes until then).
 */
export async function deleteSites(
  db: HistoryDatabase,
  domains: readonly string[],
  { corrupt = false } = {},
): Promise<void> {
  if (domains.length === 0) return;
  const tx = writeTx(db);
  const sites = tx.objectStore(SITES);
  const usage = corrupt ? null : await readUsage(tx);
  for (const domain of new Set(domains)) {
    const raw = await sites.get(domain);
    if (raw === undefined) continue;
    if (usage) countRecord(usage, raw, -1);
    await sites.delete(domain);
  }
  if (usage) await tx.objectStore(META).put(usage, USAGE_KEY);
  else await tx.objectStore(META).delete(USAGE_KEY);
  await tx.done;
}

export async function clearSites(db: HistoryDatabase): Promise<void> {
  const tx = writeTx(db);
  await tx.objectStore(SITES).clear();
  await tx.objectStore(META).put(emptyUsage(), USAGE_KEY);
  await tx.done;
}
