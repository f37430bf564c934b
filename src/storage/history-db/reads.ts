// The history database's reads. Every record read is validated (schema.ts); the domains of the
// corrupt ones come back with the result so the store deletes them in a write of its own.

import type { IDBPIndex } from 'idb';
import * as v from 'valibot';
import { provinceByCode } from '../../core/provinces.ts';
import {
  applyQuery,
  byLastSeen,
  countByProvince,
  type GroupBy,
  type GroupSite,
  groupSites,
  isUnfiltered,
  matches,
  type ProvinceCount,
  type Query,
  type SiteGroup,
  sortCounts,
} from '../history-query.ts';
import type { HistorySite } from '../history-schema.ts';
import {
  fromRecord,
  type HistoryDatabase,
  type HistoryDbSchema,
  META,
  parseUsage,
  SITES,
  USAGE_KEY,
  type Usage,
} from './schema.ts';

/** A result, and the domains of corrupt records met on the way. */
export interface Read<T> {
  value: T;
  corrupt: string[];
}

export interface SitePage {
  /** Sites stored. */
  total: number;
  /** Sites the query keeps. */
  matched: number;
  /** The asked-for slice of them, in the query's order. */
  sites: HistorySite[];
  /** Sites per province over all stored sites, most first (the chart). */
  provinces: ProvinceCount[];
}

/** Other sites of one subject or operator, newest first, at most the limit; `count` is all of them. */
export interface FilerMatch {
  key: string;
  count: number;
  sites: GroupSite[];
}

export interface SameFiler {
  subjects: FilerMatch[];
  operator: FilerMatch | null;
}

/** What `read` makes of each raw record, and the domains of those it could not read. */
function validateWith<T>(raws: readonly unknown[], read: (raw: unknown) => T | null): Read<T[]> {
  const value: T[] = [];
  const corrupt: string[] = [];
  for (const raw of raws) {
    const item = read(raw);
    if (item) value.push(item);
    else {
      const domain = (raw as { domain?: unknown } | null)?.domain;
      if (typeof domain === 'string') corrupt.push(domain);
    }
  }
  return { value, corrupt };
}

const validate = (raws: readonly unknown[]): Read<HistorySite[]> => validateWith(raws, fromRecord);

/** The two fields the same-filer lines show: all the popup's lookup validates of each record. */
const ListedSiteSchema = v.object({
  domain: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
  lastSeen: v.number(),
});

const validateListed = (raws: readonly unknown[]): Read<GroupSite[]> =>
  validateWith(raws, (raw) => {
    const result = v.safeParse(ListedSiteSchema, raw);
    return result.success ? { domain: result.output.domain, lastSeen: result.output.lastSeen } : null;
  });

/** Every readable site, newest first. */
export async function allSites(db: HistoryDatabase): Promise<Read<HistorySite[]>> {
  const read = validate(await db.getAll(SITES));
  read.value.sort(byLastSeen);
  return read;
}

/** Sites per province as the usage record counts them. */
function usageProvinceCounts(usage: Usage): ProvinceCount[] {
  const counts: ProvinceCount[] = [];
  for (const [code, count] of Object.entries(usage.provinces)) {
    const province = provinceByCode(code);
    if (province) counts.push({ code: province.code, zh: province.zh, en: province.en, count });
  }
  return sortCounts(counts);
}

/** Sites per province from the province index: a count per code, without reading the records. */
async function indexedProvinceCounts(db: HistoryDatabase): Promise<ProvinceCount[]> {
  const index = db.transaction(SITES).store.index('province');
  const counts: ProvinceCount[] = [];
  for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    const province = provinceByCode(cursor.key);
    if (province)
      counts.push({
        code: province.code,
        zh: province.zh,
        en: province.en,
        count: await index.count(cursor.key),
      });
  }
  return sortCounts(counts);
}

type LastSeenIndex = IDBPIndex<HistoryDbSchema, [typeof SITES, typeof META], typeof SITES, 'lastSeen'>;

/**
 * Records offset … offset + limit - 1 of the lastSeen index walked newest first, as a value cursor
 * would give them, in one getAll: a key cursor finds the two ends, since stepping a value cursor
 * costs a round trip to the database per record. Ascending, the index orders by (lastSeen, domain);
 * the records tied with an end past it are cut off here.
 */
async function newestRecords(index: LastSeenIndex, offset: number, limit: number): Promise<unknown[]> {
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  if (!cursor) return [];
  const top = { key: cursor.key, domain: cursor.primaryKey };
  if (limit > 1) cursor = await cursor.advance(limit - 1);
  const bottom = cursor ? { key: cursor.key, domain: cursor.primaryKey } : null;
  const raws = await index.getAll(
    bottom ? IDBKeyRange.bound(bottom.key, top.key) : IDBKeyRange.upperBound(top.key),
  );
  // Keys read back from the records they index: lastSeen (the index's key path) and the domain.
  const at = (raw: unknown) => raw as { lastSeen: IDBValidKey; domain: IDBValidKey };
  const order = (raw: unknown, end: { key: IDBValidKey; domain: IDBValidKey }) =>
    indexedDB.cmp(at(raw).lastSeen, end.key) || indexedDB.cmp(at(raw).domain, end.domain);
  return raws.filter((raw) => order(raw, top) <= 0 && (!bottom || order(raw, bottom) >= 0)).reverse();
}

/**
 * One page of the sites a query keeps. The plain newest-first list (what the history page opens
 * with) walks the lastSeen index and reads only the page, with the totals and the chart from the
 * usage record (counting the indexes instead, should it be unreadable); any filter or other order
 * reads all.
 */
export async function pageOfSites(
  db: HistoryDatabase,
  query: Query,
  offset: number,
  limit: number,
): Promise<Read<SitePage>> {
  if (isUnfiltered(query) && query.sort === 'last-seen') {
    const tx = db.transaction([SITES, META]);
    const usage = parseUsage(await tx.objectStore(META).get(USAGE_KEY));
    const index = tx.objectStore(SITES).index('lastSeen');
    const total = usage ? usage.sites : await index.count();
    const read = validate(await newestRecords(index, offset, limit));
    const provinces = usage ? usageProvinceCounts(usage) : await indexedProvinceCounts(db);
    return {
      value: { total, matched: total, sites: read.value, provinces },
      corrupt: read.corrupt,
    };
  }
  const all = await allSites(db);
  const kept = applyQuery(all.value, query);
  return {
    value: {
      total: all.value.length,
      matched: kept.length,
      sites: kept.slice(offset, offset + limit),
      provinces: countByProvince(all.value),
    },
    corrupt: all.corrupt,
  };
}

export async function groupsOf(
  db: HistoryDatabase,
  by: GroupBy,
  query: Query,
  maxGroups: number,
  maxSites: number,
): Promise<Read<{ groups: SiteGroup[]; total: number }>> {
  const all = await allSites(db);
  const kept = isUnfiltered(query) ? all.value : all.value.filter((s) => matches(s, query));
  return { value: groupSites(kept, by, maxGroups, maxSites), corrupt: all.corrupt };
}

/** Every key of a `…Newest` index ([key, -lastSeen]) under `key`, newest first. */
const newestOf = (key: string) => IDBKeyRange.bound([key, -Infinity], [key, Infinity]);

/**
 * The other sites that share a subject or the operator with `domain`, through the indexes: per key
 * one count and one getAll of the newest limit + 1 (the indexes are keyed [key, -lastSeen]), all
 * sent at once in one transaction, whatever the database holds (the popup waits for this).
 */
export async function sameFilerAs(
  db: HistoryDatabase,
  domain: string,
  subjects: readonly string[],
  operatorKey: string | null,
  limit: number,
): Promise<Read<SameFiler>> {
  const tx = db.transaction(SITES);
  const corrupt: string[] = [];
  // The index counts this site too when it is stored under the key; its own record says whether.
  const own = tx.store.get(domain);
  type Index = 'subjectNewest' | 'operatorNewest';
  const ownKeys = (record: Awaited<typeof own>, index: Index) =>
    index === 'subjectNewest' ? (record?.subjects ?? []) : record?.operatorKey ? [record.operatorKey] : [];
  const match = async (index: Index, key: string): Promise<FilerMatch | null> => {
    const source = tx.store.index(index);
    const range = newestOf(key);
    const [count, raws, record] = await Promise.all([
      source.count(range),
      source.getAll(range, limit + 1),
      own,
    ]);
    // Only what the lines show is checked here; a record corrupt elsewhere is met by the full reads.
    const read = validateListed(raws);
    corrupt.push(...read.corrupt);
    const total = count - (ownKeys(record, index).includes(key) ? 1 : 0);
    if (total <= 0) return null;
    // Already newest first; the site itself, when among them, is the one too many.
    const others = read.value.filter((s) => s.domain !== domain);
    return { key, count: total, sites: others.slice(0, limit) };
  };
  const [operator, ...found] = await Promise.all([
    operatorKey ? match('operatorNewest', operatorKey) : null,
    ...subjects.map((s) => match('subjectNewest', s)),
  ]);
  return { value: { subjects: found.filter((m) => m !== null), operator }, corrupt };
}
