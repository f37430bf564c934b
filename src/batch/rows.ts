// Batch rows as export records and as history entries (one code path with the history's export).

import type { ExportSite } from '../export/export.ts';
import { siteWithDomain as siteOf } from '../site/registrable-domain.ts';
import { historyDomain } from '../storage/history-domain.ts';
import { siteEntry } from '../storage/history-entry.ts';
import type { HistorySite } from '../storage/history-schema.ts';
import { type ErrorText, errorText } from './error-text.ts';
import type { BatchRow } from './run.ts';

const EMPTY_REPORT = { licences: [], primary: null, hints: [], truncated: false };

export function exportRecord(row: BatchRow, describe: ErrorText = errorText): ExportSite {
  const at = row.at ?? 0;
  const domain = siteOf(row.finalUrl ?? row.url ?? undefined)?.name ?? row.input;
  const site: ExportSite = {
    ...siteEntry(domain, row.report ?? EMPTY_REPORT, at, 'batch'),
    input: row.input,
  };
  if (row.error) site.error = describe(row.error);
  return site;
}

/**
 * History entries for the rows that were read: public http(s) sites only, the same rule as for
 * browsing. No hosting verdict: fetch does not tell which address served the page.
 */
export function historyEntries(rows: readonly BatchRow[]): HistorySite[] {
  return rows.flatMap((row) => {
    const domain = historyDomain(row.finalUrl ?? row.url ?? undefined);
    if (!domain || !row.report || row.at === undefined) return [];
    return [siteEntry(domain, row.report, row.at, 'batch')];
  });
}
