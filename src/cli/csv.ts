// CSV output (RFC 4180, src/export/csv.ts): one row per licence, or one row for an input with none
// or with an error, so every input appears. `operator` is the page's first operator (normalised
// name), on every row of its input, so a sheet can be grouped by it.
import { csvRow } from '../export/csv.ts';
import type { ScanResult } from './format.ts';

export const CSV_HEADER = [
  'input',
  'kind',
  'number',
  'printed',
  'province_code',
  'province',
  'province_en',
  'flags',
  'region',
  'primary',
  'operator',
  'error',
] as const;

export function resultToCsvRows(result: ScanResult): string[][] {
  if ('error' in result) return [[result.input, '', '', '', '', '', '', '', '', '', '', result.error]];
  const { licences, primary } = result.report;
  const operator = result.report.operators?.[0]?.name ?? '';
  if (licences.length === 0) return [[result.input, '', '', '', '', '', '', '', '', '', operator, '']];
  return licences.map((l, i) => [
    result.input,
    l.kind,
    l.number,
    l.printed,
    l.province?.code ?? '',
    l.province?.zh ?? '',
    l.province?.en ?? '',
    l.flags.map((f) => f.flag).join(';'),
    l.region,
    i === primary ? 'yes' : '',
    operator,
    '',
  ]);
}

export function formatCsv(results: readonly ScanResult[]): string {
  return [CSV_HEADER, ...results.flatMap(resultToCsvRows)].map(csvRow).join('');
}
