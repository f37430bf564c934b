// History and batch results as CSV (for Excel: UTF-8 with a BOM, CRLF line ends, one row per
// licence, with the site's operator and the licence's ICP subject so rows group by filer) and as
// JSON. Pure: the pages hand the text to download.ts.

import { subjectsOf } from '../core/filer.ts';
import type { HistorySite } from '../storage/history-schema.ts';
import { csvRow } from './csv.ts';

/** A site to export: a history entry, or a batch row (with the line it came from, or its error). */
export type ExportSite = HistorySite & { input?: string; error?: string };

export const EXPORT_CSV_HEADER = [
  'domain',
  'input',
  'status',
  'operator',
  'kind',
  'number',
  'subject',
  'province_code',
  'province',
  'province_en',
  'flags',
  'hosting',
  'hosting_country',
  'first_seen',
  'last_seen',
  'error',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

export function siteRows(site: ExportSite): string[][] {
  const common = (l?: HistorySite['licences'][number]) => [
    site.domain,
    site.input ?? '',
    site.status,
    site.operator?.printed ?? '',
    l?.kind ?? '',
    l?.number ?? '',
    (l && subjectsOf([l])[0]) ?? '',
    l?.province?.code ?? '',
    l?.province?.zh ?? '',
    l?.province?.en ?? '',
    l?.flags.join(';') ?? '',
    site.hosting?.kind ?? '',
    site.hosting?.country ?? '',
    iso(site.firstSeen),
    iso(site.lastSeen),
    site.error ?? '',
  ];
  return site.licences.length === 0 ? [common()] : site.licences.map(common);
}

export function toCsv(sites: readonly ExportSite[]): string {
  return `\uFEFF${[EXPORT_CSV_HEADER, ...sites.flatMap(siteRows)].map(csvRow).join('')}`;
}

/** Each site with its ICP subjects (src/core/filer.ts), so a reader can group by filer. */
export function toJson(sites: readonly ExportSite[], exportedAt: number): string {
  const withSubjects = sites.map((site) => ({ ...site, subjects: subjectsOf(site.licences) }));
  return `${JSON.stringify({ exported: iso(exportedAt), sites: withSubjects }, null, 2)}\n`;
}

/** e.g. icp-lens-history-2026-11-27.csv */
export function exportName(what: 'history' | 'batch', ext: 'csv' | 'json', at: number): string {
  return `icp-lens-${what}-${iso(at).slice(0, 10)}.${ext}`;
}
