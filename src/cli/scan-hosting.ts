// `icp-lens scan --hosting`: each page's host resolved and placed as `audit --hosting` does
// (src/cli/hosting.ts), with the location and the verdict in the extension's words
// (src/i18n/hosting-text.ts). The table and JSON get it from format.ts; CSV gets four columns.
import { csvRow } from '../export/csv.ts';
import { verdictText } from '../i18n/hosting-text.ts';
import { CSV_HEADER, resultToCsvRows } from './csv.ts';
import type { ScanResult } from './format.ts';
import { type HostingResult, pageHosting, pageHostOf, type ResolveHost } from './hosting.ts';
import type { ReadOptions } from './input.ts';

/** Where a page is served from, as one word for JSON and CSV. */
export type HostingLocation =
  | 'mainland-china'
  | 'hong-kong'
  | 'macau'
  | 'taiwan'
  | 'abroad'
  | 'local'
  | 'unknown';

const CHINESE: Readonly<Record<string, HostingLocation>> = {
  CN: 'mainland-china',
  HK: 'hong-kong',
  MO: 'macau',
  TW: 'taiwan',
};

export function hostingLocation(result: HostingResult): HostingLocation {
  const place = result.hosting?.place;
  if (place?.kind === 'local') return 'local';
  if (place?.kind !== 'country') return 'unknown';
  return CHINESE[place.country] ?? 'abroad';
}

/** The hosting line of the table: the address and the verdict (which names the place), or why there is none. */
export function hostingLine(result: HostingResult): string {
  const { hosting } = result;
  if (!hosting?.ip) return result.error ?? verdictText(result.verdict, null);
  const others = result.addresses.length > 1 ? ` (+${result.addresses.length - 1} more)` : '';
  return `${hosting.ip}${others}: ${verdictText(result.verdict, hosting.place)}`;
}

export interface ScanHostingJson extends HostingResult {
  location: HostingLocation;
  text: string;
}

export function hostingToJson(result: HostingResult): ScanHostingJson {
  return {
    location: hostingLocation(result),
    ...result,
    text: verdictText(result.verdict, result.hosting?.place ?? null),
  };
}

type Scan = (input: string, options: ReadOptions) => Promise<ScanResult>;

/** `scan` with the page's hosting added to every input that could be read. */
export function withHosting(scan: Scan, resolve: ResolveHost): Scan {
  return async (input, options) => {
    const result = await scan(input, options);
    if ('error' in result) return result;
    const host = pageHostOf(result.url ?? null);
    return { ...result, hosting: await pageHosting(host, result.report, resolve, options.timeoutMs) };
  };
}

export const HOSTING_CSV_COLUMNS = [
  'hosting_ip',
  'hosting_location',
  'hosting_verdict',
  'hosting_error',
] as const;

/** The scan CSV with the hosting columns after the others (empty for an input that could not be read). */
export function formatCsvWithHosting(results: readonly ScanResult[]): string {
  const rows = results.flatMap((result) => {
    const hosting = 'hosting' in result ? result.hosting : undefined;
    const cells = hosting
      ? [hosting.hosting?.ip ?? '', hostingLocation(hosting), hosting.verdict.kind, hosting.error ?? '']
      : ['', '', '', ''];
    return resultToCsvRows(result).map((row) => [...row, ...cells]);
  });
  return [[...CSV_HEADER, ...HOSTING_CSV_COLUMNS], ...rows].map(csvRow).join('');
}
