// Registry checks in storage.session (memory only, gone when the browser closes), written only by
// the service worker, one write after another:
//
//   registry-pending   the checks the user started: which tab and domain, which registry and number,
//                      which tab the query page opened in; at most MAX_PENDING, each for PENDING_TTL_MS
//   registry:<tabId>   the verdicts for the page in that tab, cleared with the tab's other state
//   registry-sites     the verdicts per domain, for the batch rows; at most MAX_SITES
//
// Reads validate; anything unreadable counts as empty and is overwritten by the next write.
import * as v from 'valibot';
import { MAX_FIELD_CHARS } from '../core/registry/limits.ts';
import type { Registry } from '../core/types.ts';
import { checksOf, mergeChecks, type RegistryCheck, RegistryChecksSchema } from './registry-checks.ts';
import { registryTabKey } from './registry-key.ts';

export const REGISTRY_STATE_VERSION = 1;
export const PENDING_KEY = 'registry-pending';
export const SITES_KEY = 'registry-sites';

/** Checks waiting for an answer at most; the oldest is dropped first. */
export const MAX_PENDING = 10;
/** How long a check waits for the user's query on the official page. */
export const PENDING_TTL_MS = 30 * 60_000;
/** Domains whose verdicts are kept for the batch rows (the history keeps its own in each record). */
export const MAX_SITES = 200;
/** Numbers of a history or batch row a check carries. */
export const MAX_ROW_NUMBERS = 20;

const Text = v.pipe(v.string(), v.maxLength(MAX_FIELD_CHARS));
const Id = v.pipe(v.number(), v.integer(), v.minValue(0));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Domain = v.pipe(v.string(), v.minLength(1), v.maxLength(253));

const PendingSchema = v.object({
  /** The tab whose page is checked; null for a check from a history or batch row. */
  tabId: v.nullable(Id),
  /** The tab the query page was opened in, once known. */
  openedTab: v.nullable(Id),
  registry: v.picklist(['miit', 'psb']),
  domain: v.nullable(Domain),
  number: v.pipe(Text, v.minLength(1)),
  /** A row's numbers (its page is not open); empty for a tab's check, whose report is in its state. */
  numbers: v.pipe(v.array(Text), v.maxLength(MAX_ROW_NUMBERS)),
  at: Time,
  /** Whether the query page's search box was filled for it already. */
  filled: v.boolean(),
});
export type PendingCheck = v.InferOutput<typeof PendingSchema>;

const PendingListSchema = v.object({
  v: v.literal(REGISTRY_STATE_VERSION),
  checks: v.pipe(v.array(PendingSchema), v.maxLength(MAX_PENDING)),
});

const TabChecksSchema = v.object({
  v: v.literal(REGISTRY_STATE_VERSION),
  domain: v.nullable(Domain),
  checks: RegistryChecksSchema,
});
export type TabChecks = v.InferOutput<typeof TabChecksSchema>;

const SiteChecksSchema = v.object({ domain: Domain, at: Time, checks: RegistryChecksSchema });
export type SiteChecks = v.InferOutput<typeof SiteChecksSchema>;
const SitesSchema = v.object({
  v: v.literal(REGISTRY_STATE_VERSION),
  sites: v.pipe(v.array(SiteChecksSchema), v.maxLength(MAX_SITES)),
});

export function parseTabChecks(raw: unknown): TabChecks | null {
  const result = v.safeParse(TabChecksSchema, raw);
  return result.success ? result.output : null;
}

/** The part of storage.session this module uses. */
export interface RegistryArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface RegistryState {
  /** Adds a check, dropping expired ones and the oldest beyond MAX_PENDING. */
  addPending(check: PendingCheck): Promise<void>;
  /** Unexpired checks, newest first. */
  pending(): Promise<PendingCheck[]>;
  /** Changes the check started at `at` for `registry` (there is one per millisecond and registry). */
  updatePending(at: number, registry: Registry, patch: Partial<PendingCheck>): Promise<void>;
  readTab(tabId: number): Promise<TabChecks | null>;
  /** Keeps `check` for the tab's page on `domain` (merged with keepCheck). */
  mergeTab(tabId: number, domain: string | null, check: RegistryCheck): Promise<void>;
  /** Forgets the tab's verdicts and the checks started from it. */
  forgetTab(tabId: number): Promise<void>;
  sites(): Promise<SiteChecks[]>;
  mergeSite(domain: string, check: RegistryCheck): Promise<void>;
}

export function createRegistryState(area: RegistryArea, now: () => number = Date.now): RegistryState {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };
  async function read<T>(key: string, schema: v.GenericSchema<unknown, T>): Promise<T | null> {
    try {
      const result = v.safeParse(schema, (await area.get(key))?.[key]);
      return result.success ? result.output : null;
    } catch {
      return null;
    }
  }
  const live = (checks: readonly PendingCheck[]) =>
    checks.filter((c) => now() - c.at < PENDING_TTL_MS && c.at <= now()).sort((a, b) => b.at - a.at);
  const loadPending = async () => live((await read(PENDING_KEY, PendingListSchema))?.checks ?? []);
  const savePending = (checks: PendingCheck[]) =>
    area.set({ [PENDING_KEY]: { v: REGISTRY_STATE_VERSION, checks: checks.slice(0, MAX_PENDING) } });

  return {
    addPending: (check) => serial(async () => savePending([check, ...(await loadPending())])),
    pending: () => serial(loadPending),
    updatePending: (at, registry, patch) =>
      serial(async () =>
        savePending(
          (await loadPending()).map((c) => (c.at === at && c.registry === registry ? { ...c, ...patch } : c)),
        ),
      ),
    readTab: (tabId) => read(registryTabKey(tabId), TabChecksSchema),
    mergeTab: (tabId, domain, check) =>
      serial(async () => {
        const key = registryTabKey(tabId);
        const old = await read(key, TabChecksSchema);
        const base = old && old.domain === domain ? old.checks : undefined;
        const state: TabChecks = {
          v: REGISTRY_STATE_VERSION,
          domain,
          checks: mergeChecks(base, checksOf(check)),
        };
        await area.set({ [key]: state });
      }),
    forgetTab: (tabId) =>
      serial(async () => {
        await area.remove(registryTabKey(tabId));
        const checks = await loadPending();
        if (checks.some((c) => c.tabId === tabId)) await savePending(checks.filter((c) => c.tabId !== tabId));
      }),
    sites: () => serial(async () => (await read(SITES_KEY, SitesSchema))?.sites ?? []),
    mergeSite: (domain, check) =>
      serial(async () => {
        const sites = (await read(SITES_KEY, SitesSchema))?.sites ?? [];
        const old = sites.find((s) => s.domain === domain);
        const entry: SiteChecks = { domain, at: now(), checks: mergeChecks(old?.checks, checksOf(check)) };
        const rest = sites.filter((s) => s.domain !== domain);
        await area.set({
          [SITES_KEY]: { v: REGISTRY_STATE_VERSION, sites: [entry, ...rest].slice(0, MAX_SITES) },
        });
      }),
  };
}
