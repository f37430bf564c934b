// The shape of a remembered site as valibot schemas. The history lives in IndexedDB
// (src/storage/history-db), which validates every record it reads with the same site schema; the
// migrations of the older storage.local shapes are in history-parse.ts: they run the core's parser,
// which the message protocol (and so the popup), importing these schemas, must not pull in.
import * as v from 'valibot';
import { VERDICT_KINDS } from '../core/hosting/verdict.ts';
import type { PageStatus } from '../core/page-status.ts';
import { FLAGS, LICENCE_KINDS } from '../core/types.ts';
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
  /** The page status (src/core/page-status.ts) of the last scan that found an ICP number. */
  status: v.picklist(STATUSES),
  licences: v.array(HistoryLicenceSchema),
  /** The hosting verdict of the last scan that had one; absent from batch checks (no IP seen). */
  hosting: v.optional(v.object({ kind: v.picklist(VERDICT_KINDS), country: v.nullable(Short) })),
  /** Recorded while browsing ('page') or added from a batch check ('batch'). */
  source: v.picklist(['page', 'batch']),
  /** The operator the site prints (the first one src/core/operator finds), as printed and normalised. */
  operator: v.optional(v.object({ printed: Short, name: Short })),
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
