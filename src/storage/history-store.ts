// The site history in storage.local under one key, as a versioned envelope (history-schema.ts).
// Reads validate; an unreadable value resets the history only (settings live under another key).
// Writes go one after another, keep at most MAX_SITES (oldest last-seen dropped first) and, when
// the browser's storage quota is hit, drop more of the oldest and try again.
//
// One writer: the write queue orders writes only inside one JavaScript context, so only the
// background creates the store (createHistoryStore); the pages read with readHistory and ask the
// background for every change by message (src/messaging/protocol.ts).

import { mergeEntry } from './history-entry.ts';
import {
  EMPTY_HISTORY,
  HISTORY_VERSION,
  type History,
  type HistorySite,
  parseHistory,
} from './history-schema.ts';
import { checksOf, mergeChecks, type RegistryCheck } from './registry-checks.ts';

export const HISTORY_KEY = 'history';
export const MAX_SITES = 2000;

/** The part of storage.local (webextension-polyfill's StorageArea) this module uses. */
export interface HistoryArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface HistoryStore {
  /** Every remembered site, last seen first. */
  read(): Promise<HistorySite[]>;
  /** Adds or updates sites; false when the quota forced older sites out, or nothing fit. */
  add(entries: readonly HistorySite[]): Promise<boolean>;
  remove(domains: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  /** Keeps a registry check on the remembered site `domain`; false when the site is not remembered. */
  addRegistryCheck(domain: string, check: RegistryCheck): Promise<boolean>;
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

/** Newest first, at most `max`. */
export function capSites(sites: readonly HistorySite[], max = MAX_SITES): HistorySite[] {
  return [...sites].sort((a, b) => b.lastSeen - a.lastSeen || a.domain.localeCompare(b.domain)).slice(0, max);
}

export function mergeSites(existing: readonly HistorySite[], entries: readonly HistorySite[]): HistorySite[] {
  const byDomain = new Map(existing.map((s) => [s.domain, s]));
  for (const entry of entries) {
    const old = byDomain.get(entry.domain);
    byDomain.set(entry.domain, old ? mergeEntry(old, entry) : entry);
  }
  return [...byDomain.values()];
}

async function load(area: Pick<HistoryArea, 'get'>): Promise<History> {
  let raw: unknown;
  try {
    raw = (await area.get(HISTORY_KEY))?.[HISTORY_KEY];
  } catch {
    return EMPTY_HISTORY;
  }
  return parseHistory(raw) ?? EMPTY_HISTORY;
}

/** Every remembered site, last seen first; for readers in any context. */
export async function readHistory(area: Pick<HistoryArea, 'get'>, max = MAX_SITES): Promise<HistorySite[]> {
  return capSites((await load(area)).sites, max);
}

/** The history's writer; only the background creates one. */
export function createHistoryStore(area: HistoryArea, max = MAX_SITES): HistoryStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs after every earlier write of this store, so two scans never overwrite each other. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  /** Writes `sites`; on a quota error keeps the newest three quarters and tries again. */
  async function save(sites: HistorySite[]): Promise<number> {
    let kept = capSites(sites, max);
    for (;;) {
      try {
        await area.set({ [HISTORY_KEY]: { v: HISTORY_VERSION, sites: kept } satisfies History });
        return kept.length;
      } catch (error) {
        if (!isQuotaError(error) || kept.length === 0) throw error;
        kept = kept.slice(0, Math.floor((kept.length * 3) / 4));
      }
    }
  }

  return {
    read: () => serial(() => readHistory(area, max)),
    add: (entries) =>
      serial(async () => {
        if (entries.length === 0) return true;
        const merged = mergeSites((await load(area)).sites, entries);
        const wanted = Math.min(merged.length, max);
        try {
          return (await save(merged)) === wanted;
        } catch (error) {
          if (isQuotaError(error)) return false;
          throw error;
        }
      }),
    remove: (domains) =>
      serial(async () => {
        const drop = new Set(domains);
        await save((await load(area)).sites.filter((s) => !drop.has(s.domain)));
      }),
    clear: () => serial(() => area.remove(HISTORY_KEY)),
    addRegistryCheck: (domain, check) =>
      serial(async () => {
        const sites = (await load(area)).sites;
        const site = sites.find((s) => s.domain === domain);
        if (!site) return false;
        site.registry = mergeChecks(site.registry, checksOf(check));
        await save(sites);
        return true;
      }),
  };
}
