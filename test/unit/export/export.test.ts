// CSV and JSON export, checked by parsing the text back.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { safeCell } from '../../../src/export/csv.ts';
import { EXPORT_CSV_HEADER, type ExportSite, toCsv, toJson } from '../../../src/export/export.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { readCsv } from '../support/csv.ts';

const report = analysePage(
  [{ text: '北京某某科技有限公司 京ICP备16045689号-1 京公网安备11010502038816号', region: 'footer', id: 0 }],
  [],
  false,
);

const sites: ExportSite[] = [
  {
    ...siteEntry('example.cn', report, Date.UTC(2026, 0, 2), 'page', {
      kind: 'mainland-filed',
      country: 'CN',
      reason: null,
      unfileableTld: null,
    }),
  },
  {
    ...siteEntry('broken.cn', { licences: [], primary: null, hints: [], truncated: false }, 0, 'batch'),
    input: 'broken.cn, "x"',
    error: 'HTTP 500',
  },
];

describe('export', () => {
  it('writes CSV with a BOM and CRLF, one row per licence, that parses back', () => {
    const csv = toCsv(sites);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...EXPORT_CSV_HEADER]);
    const col = (name: (typeof EXPORT_CSV_HEADER)[number]) => EXPORT_CSV_HEADER.indexOf(name);
    expect(rows.slice(1).map((r) => [r[col('domain')], r[col('number')], r[col('province')]])).toEqual([
      ['example.cn', '京ICP备16045689号-1', '北京市'],
      ['example.cn', '京公网安备11010502038816号', '北京市'],
      ['broken.cn', '', ''],
    ]);
    expect(rows.slice(1).map((r) => [r[col('operator')], r[col('subject')]])).toEqual([
      ['北京某某科技有限公司', '京ICP备16045689号'],
      ['北京某某科技有限公司', ''],
      ['', ''],
    ]);
    expect(rows[1]?.[col('hosting')]).toBe('mainland-filed');
    expect(rows[1]?.[col('last_seen')]).toBe('2026-01-02T00:00:00.000Z');
    expect(rows[3]?.[col('input')]).toBe('broken.cn, "x"');
    expect(rows[3]?.[col('error')]).toBe('HTTP 500');
  });

  it('defuses cells Excel would run as formulas', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('+1')).toBe("'+1");
    expect(safeCell('example.cn')).toBe('example.cn');
  });

  it('writes JSON that parses back to the same sites', () => {
    const parsed = JSON.parse(toJson(sites, Date.UTC(2026, 5, 1))) as {
      exported: string;
      sites: Array<ExportSite & { subjects: string[] }>;
    };
    expect(parsed.exported).toBe('2026-06-01T00:00:00.000Z');
    expect(parsed.sites).toEqual([
      { ...sites[0], subjects: ['京ICP备16045689号'] },
      { ...sites[1], subjects: [] },
    ]);
    expect(parsed.sites[0]?.operator).toEqual({
      printed: '北京某某科技有限公司',
      name: '北京某某科技有限公司',
    });
  });
});
