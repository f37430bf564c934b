// Per-tab state in storage.session, so it survives the MV3 service worker being stopped.
// One key per tab ("tab:<id>") holding a versioned envelope. Reads validate the value and treat
// anything unexpected (missing, corrupt, other version) as "no state"; they never throw.
import * as v from 'valibot';
import type { PageReport } from '../core/types.ts';
import { PageReportSchema } from '../messaging/report-schema.ts';

export const TAB_STATE_VERSION = 1;

export interface TabState {
  v: typeof TAB_STATE_VERSION;
  report: PageReport;
  /** URL of the page the report was made from (the content script's top frame). */
  url?: string;
  /** When the report was stored, ms since the epoch. */
  at: number;
}

const TabStateSchema = v.object({
  v: v.literal(TAB_STATE_VERSION),
  report: PageReportSchema,
  url: v.optional(v.string()),
  at: v.number(),
});

/** The part of storage.session (webextension-polyfill's StorageArea) this module uses. */
export interface SessionArea {
  /** One key, or every key with null. */
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Validates a stored value; null for anything that is not a current-version envelope. */
export function parseTabState(raw: unknown): TabState | null {
  const result = v.safeParse(TabStateSchema, raw);
  return result.success ? result.output : null;
}

export interface TabStateStore {
  read(tabId: number): Promise<TabState | null>;
  write(tabId: number, report: PageReport, url?: string): Promise<void>;
  clear(tabId: number): Promise<void>;
}

export function createTabStateStore(area: SessionArea, now: () => number = Date.now): TabStateStore {
  return {
    async read(tabId) {
      const key = tabKey(tabId);
      let raw: unknown;
      try {
        raw = (await area.get(key))?.[key];
      } catch {
        return null;
      }
      const state = parseTabState(raw);
      // Corrupt, or written by another version (there is no older format to migrate from yet):
      // reset this tab's entry alone, so it is not read again; no other key is touched.
      if (state === null && raw !== undefined) await area.remove(key).catch(() => {});
      return state;
    },
    async write(tabId, report, url) {
      const state: TabState = { v: TAB_STATE_VERSION, report, at: now() };
      if (url !== undefined) state.url = url;
      const items = { [tabKey(tabId)]: state };
      try {
        await area.set(items);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // The tab being written is the one on screen: make room by forgetting the tabs written
        // longest ago, then try once more. Keys other than tab states are never evicted.
        await evictOldest(area, tabKey(tabId));
        await area.set(items);
      }
    },
    async clear(tabId) {
      await area.remove(tabKey(tabId));
    },
  };
}

/** Chrome: "Session storage quota bytes exceeded…"; Firefox: QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Removes the older half (at least one) of the tab states other than `keep`. */
async function evictOldest(area: SessionArea, keep: string): Promise<void> {
  const all = await area.get(null);
  const tabs = Object.entries(all ?? {})
    .filter(([key]) => key.startsWith('tab:') && key !== keep)
    .map(([key, value]) => ({ key, at: parseTabState(value)?.at ?? 0 }))
    .sort((a, b) => a.at - b.at);
  for (const { key } of tabs.slice(0, Math.max(1, Math.ceil(tabs.length / 2)))) await area.remove(key);
}
