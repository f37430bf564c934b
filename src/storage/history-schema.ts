// The stored shape of the site history (storage.local, key "history") as valibot schemas, and the
// migrations that bring older shapes forward. Kept apart from the store so the page and the
// background read it the same way.
import * as v from 'valibot';
import { analysePage } from '../core/analyse.ts';
import { VERDICT_KINDS } from '../core/hosting/verdict.ts';
import { FLAGS, LICENCE_KINDS } from '../core/types.ts';
import { type PageStatus, pageStatus } from '../shared/page-status.ts';
import { RegistryChecksSchema } from './registry-checks.ts';

export const HISTORY_VERSION = 1;

const STATUSES = ['filing', 'commercial', 'flagged', 'none'] as const satisfies readonly PageStatus[];

const Short = v.pipe(v.string(), v.maxLength(200));

const HistoryLicenceSchema = v.object({
  kind: v.picklist(LICENCE_KINDS),
  number: Short,
  province: v.nullable(v.object({ code: Short, abbr: Short, zh: Short, en: Short })),
  flags: v.array(v.picklist(FLAGS)),
});

export const HistorySiteSchema = v.object({
  /** Registrable domain (tldts), e.g. "example.com.cn". */
  domain: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
  firstSeen: v.number(),
  lastSeen: v.number(),
  /** The page status (src/shared/page-status.ts) of the last scan that found an ICP number. */
  status: v.picklist(STATUSES),
  licences: v.array(HistoryLicenceSchema),
  /** The hosting verdict of the last scan that had one; absent from batch checks (no IP seen). */
  hosting: v.optional(v.object({ kind: v.picklist(VERDICT_KINDS), country: v.nullable(Short) })),
  /** Recorded while browsing ('page') or added from a batch check ('batch'). */
  source: v.picklist(['page', 'batch']),
  /**
   * What the official registries answered when the user checked the site (registry-checks.ts).
   * Optional: entries written before it have none, and read as before.
   */
  registry: v.optional(RegistryChecksSchema),
});

export const HistorySchema = v.object({
  v: v.literal(HISTORY_VERSION),
  sites: v.array(HistorySiteSchema),
});

export type HistoryLicence = v.InferOutput<typeof HistoryLicenceSchema>;
export type HistorySite = v.InferOutput<typeof HistorySiteSchema>;
export type History = v.InferOutput<typeof HistorySchema>;
export type HistoryHosting = NonNullable<HistorySite['hosting']>;

export const EMPTY_HISTORY: History = { v: HISTORY_VERSION, sites: [] };

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

/** The stored value as current history, or null when it is unreadable (the caller resets it). */
export function parseHistory(raw: unknown): History | null {
  if (raw === undefined) return EMPTY_HISTORY;
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
  const result = v.safeParse(HistorySchema, value);
  return result.success ? result.output : null;
}
