// CSV output (RFC 4180): one row per licence, or one row for an input with none or with an error,
// so every input appears. Fields with a comma, quote or line break are quoted.
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
  'error',
] as const;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

export function resultToCsvRows(result: ScanResult): string[][] {
  if ('error' in result) return [[result.input, '', '', '', '', '', '', '', '', '', result.error]];
  const { licences, primary } = result.report;
  if (licences.length === 0) return [[result.input, '', '', '', '', '', '', '', '', '', '']];
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
    '',
  ]);
}

export function formatCsv(results: readonly ScanResult[]): string {
  return [CSV_HEADER, ...results.flatMap(resultToCsvRows)].map(csvRow).join('');
}
