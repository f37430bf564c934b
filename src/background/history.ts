// Remembers a scanned page's site in the local history when the user turned history on. Only
// http(s) pages on public hosts are kept (src/storage/history-domain.ts). Never throws into the
// handler: history is a side record, the badge and the popup must not depend on it. Once the visit
// is stored, the popup's same-filer answer for the page is asked for, so it is ready when the popup
// opens (the store keeps it until the history changes).
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import type { PageReport } from '../core/types.ts';
import type { HistoryDb } from '../storage/history-db/store.ts';
import { historyDomain } from '../storage/history-domain.ts';
import { siteEntry } from '../storage/history-entry.ts';
import { sameFilerOf } from './same-filer.ts';

export interface HistoryRecorderDeps {
  store: Pick<HistoryDb, 'add' | 'sameFiler'>;
  /** The "remember checked sites" setting, read at each scan so a change applies at once. */
  enabled: () => Promise<boolean>;
  now?: () => number;
}

export type RecordHistory = (
  report: PageReport,
  url: string | undefined,
  verdict?: HostingVerdict,
) => Promise<void>;

export function createHistoryRecorder(deps: HistoryRecorderDeps): RecordHistory {
  const now = deps.now ?? Date.now;
  return async (report, url, verdict) => {
    const domain = historyDomain(url);
    if (!domain || !(await deps.enabled())) return;
    await deps.store.add([siteEntry(domain, report, now(), 'page', verdict)]);
    // Not waited for; a failure here is met again, and reported, when the popup asks.
    sameFilerOf(deps.store, domain, report).catch(() => {});
  };
}
