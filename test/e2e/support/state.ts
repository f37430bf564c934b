// Reads what the background stored for a tab, straight from storage.session inside the service worker.
import type { Launched } from './launch.ts';

interface SessionStorage {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
}

export interface StoredReport {
  truncated: boolean;
  licences: Array<{ kind: string; number: string }>;
}

export async function storedReport(ext: Launched, tabId: number): Promise<StoredReport | null> {
  const items = await ext.worker.evaluate(
    (key) => (globalThis as unknown as SessionStorage).chrome.storage.session.get(key),
    `tab:${tabId}`,
  );
  const state = items[`tab:${tabId}`] as { report?: StoredReport } | undefined;
  return state?.report ?? null;
}
