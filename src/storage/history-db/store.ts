// The site history as an IndexedDB database (schema.ts): one record per site, indexes by ICP
// subject, operator, province and last seen, bounded in sites and bytes.
//
// One writer: only the service worker creates this store (biome.json keeps it out of the pages);
// the pages read and write through messages to it (src/messaging/protocol.ts). The pages could open
// the same database, but then the move from storage.local (migrate.ts) and the schema upgrade
// would race with them, and a page showing a half-moved history would look like loss; so they
// do not. Before its first read or write the store moves the old storage.local history in.
import { openDB } from 'idb';
import type { GroupBy, Query } from '../history-query.ts';
import type { HistorySite } from '../history-schema.ts';
import type { RegistryCheck } from '../registry-checks.ts';
import { createAnswerMemo } from './answer-memo.ts';
import { type LegacyArea, migrateLegacy } from './migrate.ts';
import { allSites, groupsOf, pageOfSites, type Read, type SameFiler, sameFilerAs } from './reads.ts';
import { addRegistryCheck } from './registry-write.ts';
import { DB_NAME, DB_VERSION, type HistoryDatabase, type HistoryDbSchema, upgradeSchema } from './schema.ts';
import { type AddResult, addSites, type Bounds, clearSites, deleteSites, isQuotaError } from './writes.ts';

export const MAX_SITES = 100_000;
/** Of site JSON, about 200 bytes a site on average, so the site cap is usually reached first. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Same-filer answers kept: one per site the popup was recently opened on. */
const SAME_FILER_ANSWERS = 32;

export interface HistoryDbOptions {
  /** The database name; tests give each case its own. */
  name?: string;
  bounds?: Partial<Bounds>;
  /** storage.local, where older versions kept the history (moved in before the first use). */
  legacy?: LegacyArea;
  /** Called after each committed change, so open history pages can reload. */
  onChange?: () => void;
  logError?: (context: string, error: unknown) => void;
}

export type HistoryDb = ReturnType<typeof createHistoryDb>;

export function createHistoryDb(options: HistoryDbOptions = {}) {
  const bounds: Bounds = { maxSites: MAX_SITES, maxBytes: MAX_BYTES, ...options.bounds };
  const logError = options.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));
  const sameFilerAnswers = createAnswerMemo<SameFiler>(SAME_FILER_ANSWERS);
  const changed = () => {
    sameFilerAnswers.clear();
    try {
      options.onChange?.();
    } catch (error) {
      logError('history change', error);
    }
  };
  /** Whether the last add was refused for lack of space (cleared by the next one that is not). */
  let full = false;
  let connection: Promise<HistoryDatabase> | null = null;

  const open = (): Promise<HistoryDatabase> => {
    connection ??= openDB<HistoryDbSchema>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => {
        // Aborted on failure, so the database stays as it was and the next open tries again.
        upgradeSchema(db, oldVersion, tx).catch((error: unknown) => {
          logError('history upgrade', error);
          try {
            tx.abort();
          } catch {
            // Already ended.
          }
        });
      },
      // A newer version of the extension wants the database: let it, and reopen on next use.
      blocking: () => {
        void connection?.then((db) => db.close());
        connection = null;
      },
      terminated: () => {
        connection = null;
      },
    }).catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  const add = async (db: HistoryDatabase, entries: readonly HistorySite[]): Promise<AddResult> => {
    const result = await addSites(db, entries, bounds);
    full = result.full;
    if (result.stored > 0) changed();
    return result;
  };

  let ready: Promise<HistoryDatabase> | null = null;
  /** The open database, once the old history has been moved in (tried once per worker start). */
  const db = (): Promise<HistoryDatabase> => {
    ready ??= open().then(async (handle) => {
      if (options.legacy) {
        try {
          await migrateLegacy(options.legacy, (sites) => add(handle, sites));
        } catch (error) {
          logError('history migration', error);
        }
      }
      return handle;
    });
    ready.catch(() => {
      ready = null;
    });
    return ready;
  };

  /** Runs a read and deletes the corrupt records it met, so the next read does not meet them. */
  const read = async <T>(run: (handle: HistoryDatabase) => Promise<Read<T>>): Promise<T> => {
    const handle = await db();
    const { value, corrupt } = await run(handle);
    if (corrupt.length > 0) {
      logError('history', new Error(`dropped ${corrupt.length} corrupt record(s)`));
      await deleteSites(handle, corrupt, { corrupt: true });
      changed();
    }
    return value;
  };

  return {
    /** Opens the database and moves the old history in; later calls wait for the same work. */
    ready: () => db().then(() => undefined),
    async add(entries: readonly HistorySite[]): Promise<AddResult> {
      try {
        return await add(await db(), entries);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        full = true;
        return { stored: 0, complete: false, full: true };
      }
    },
    async remove(domains: readonly string[]): Promise<void> {
      await deleteSites(await db(), domains);
      changed();
    },
    /** Keeps a registry verdict on the remembered site `domain`; false when it is not remembered. */
    async addRegistryCheck(domain: string, check: RegistryCheck): Promise<boolean> {
      const kept = await addRegistryCheck(await db(), domain, check, bounds);
      if (kept) changed();
      return kept;
    },
    async clear(): Promise<void> {
      await clearSites(await db());
      full = false;
      changed();
    },
    /** Every site, newest first (tests, and small tools; the pages ask for pages). */
    all: () => read(allSites),
    page: async (query: Query, offset: number, limit: number) => ({
      ...(await read((h) => pageOfSites(h, query, offset, limit))),
      full,
    }),
    groups: (by: GroupBy, query: Query, maxGroups: number, maxSites: number) =>
      read((h) => groupsOf(h, by, query, maxGroups, maxSites)),
    /** Kept until the next change: the popup asks again on each opening (answer-memo.ts). */
    sameFiler: (domain: string, subjects: readonly string[], operatorKey: string | null, limit: number) =>
      sameFilerAnswers.get(JSON.stringify([domain, subjects, operatorKey, limit]), () =>
        read((h) => sameFilerAs(h, domain, subjects, operatorKey, limit)),
      ),
    /** Closes the connection (tests); the next call opens it again. */
    async close(): Promise<void> {
      const handle = await connection?.catch(() => null);
      handle?.close();
      connection = null;
      ready = null;
    },
  };
}
