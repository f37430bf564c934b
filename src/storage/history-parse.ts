// Reads a stored history value as the current version: older shapes are brought forward by
// MIGRATIONS, then the value is validated with the schema (history-schema.ts).
import * as v from 'valibot';
import { analysePage } from '../core/analyse.ts';
import { pageStatus } from '../core/page-status.ts';
import {
  EMPTY_HISTORY,
  HISTORY_VERSION,
  type History,
  HistorySchema,
  type HistorySite,
  HistorySiteSchema,
} from './history-schema.ts';

/**
 * Version 0 is the unversioned shape a pre-release build wrote:
 * { sites: { "example.cn": { first: 1, last: 2, numbers: ["京ICP备…"] } } }. Its numbers are parsed
 * again with the core, so kinds, provinces and flags come out as a v1 scan would give them.
 */
function fromV0(old: Record<string, unknown>): Record<string, unknown> {
  const sites = typeof old.sites === 'object' && old.sites !== null ? old.sites : {};
  return {
    v: 1,
    sites: Object.entries(
      sites as Record<string, { first?: unknown; last?: unknown; numbers?: unknown }>,
    ).map(([domain, entry]) => {
      const numbers = Array.isArray(entry?.numbers) ? entry.numbers.filter((n) => typeof n === 'string') : [];
      const blocks = numbers.map((text, id) => ({ text, region: 'footer' as const, id }));
      const report = analysePage(blocks, [], false);
      return {
        domain,
        firstSeen: entry?.first,
        lastSeen: entry?.last,
        status: pageStatus(report),
        licences: report.licences.map((l) => ({
          kind: l.kind,
          number: l.number,
          province: l.province,
          flags: l.flags.map((f) => f.flag),
        })),
        source: 'page',
      };
    }),
  };
}

/** MIGRATIONS[n] turns a version-n value into version n+1. */
const MIGRATIONS: ReadonlyArray<(old: Record<string, unknown>) => Record<string, unknown>> = [fromV0];

/** A stored value brought forward to the current version's shape (not yet validated), or null. */
function upgrade(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  let value = raw as Record<string, unknown>;
  let version = typeof value.v === 'number' ? value.v : 0;
  try {
    while (version < HISTORY_VERSION) {
      const migrate = MIGRATIONS[version];
      if (!migrate) return null;
      value = migrate(value);
      version++;
    }
  } catch {
    return null;
  }
  return value.v === HISTORY_VERSION ? value : null;
}

/** The stored value as current history, or null when it is unreadable (the caller resets it). */
export function parseHistory(raw: unknown): History | null {
  if (raw === undefined) return EMPTY_HISTORY;
  const result = v.safeParse(HistorySchema, upgrade(raw));
  return result.success ? result.output : null;
}

/**
 * Every readable site of a stored value, site by site: one corrupt site is dropped and the others
 * kept. For moving the storage.local history into the database (src/storage/history-db/migrate.ts).
 */
export function readableSites(raw: unknown): HistorySite[] {
  const sites = upgrade(raw)?.sites;
  if (!Array.isArray(sites)) return [];
  return sites.flatMap((site) => {
    const result = v.safeParse(HistorySiteSchema, site);
    return result.success ? [result.output] : [];
  });
}
