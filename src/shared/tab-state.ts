// Per-tab state in storage.session, so it survives the MV3 service worker being stopped.
// One key per tab ("tab:<id>") holding a versioned envelope. Reads validate the value and treat
// anything unexpected (missing, corrupt, other version) as "no state"; they never throw.
import * as v from 'valibot';
import type { PageReport } from '../core/types.ts';
import { PageReportSchema } from './report-schema.ts';

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
  get(keys: string): Promise<Record<string, unknown>>;
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
      try {
        const items = await area.get(key);
        return parseTabState(items?.[key]);
      } catch {
        return null;
      }
    },
    async write(tabId, report, url) {
      const state: TabState = { v: TAB_STATE_VERSION, report, at: now() };
      if (url !== undefined) state.url = url;
      await area.set({ [tabKey(tabId)]: state });
    },
    async clear(tabId) {
      await area.remove(tabKey(tabId));
    },
  };
}
