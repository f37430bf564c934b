// A registry verdict kept on a remembered site: one transaction that reads the site's record, merges
// the check into its `registry` field (registry-checks.ts: an empty or failed answer never replaces
// one with records) and writes it back with its usage, so the totals stay true. A site that is not
// remembered (or whose record is corrupt) is left alone: a check does not add a site to the history.
import type { RegistryCheck } from '../registry-checks.ts';
import { checksOf, mergeChecks } from '../registry-checks.ts';
import { countRecord, fromRecord, type HistoryDatabase, META, SITES, toRecord, USAGE_KEY } from './schema.ts';
import { type Bounds, prune, readUsage, writeTx } from './writes.ts';

/** Keeps `check` on the site `domain`; false when the history does not hold that site. */
export async function addRegistryCheck(
  db: HistoryDatabase,
  domain: string,
  check: RegistryCheck,
  bounds: Bounds,
): Promise<boolean> {
  const tx = writeTx(db);
  const sites = tx.objectStore(SITES);
  const raw = await sites.get(domain);
  const site = raw === undefined ? null : fromRecord(raw);
  if (!site) {
    await tx.done;
    return false;
  }
  const usage = await readUsage(tx);
  const record = toRecord({ ...site, registry: mergeChecks(site.registry, checksOf(check)) });
  countRecord(usage, raw, -1);
  countRecord(usage, record, 1);
  await sites.put(record);
  const dropped = await prune(tx, usage, bounds);
  await tx.objectStore(META).put(usage, USAGE_KEY);
  await tx.done;
  return !dropped.has(domain);
}
