// The formatters on a hand-made report, so they are tested independently of the analyser.
import { describe, expect, it } from 'vitest';
import { displayWidth, formatJson, formatTable, type ScanResult } from '../../../src/cli/format.ts';
import type { PageReport } from '../../../src/core/types.ts';

const BEIJING = { code: '11', abbr: '京', zh: '北京市', en: 'Beijing' };

const report: PageReport = {
  licences: [
    {
      kind: 'icp-filing',
      number: '京ICP备12345678号-1',
      printed: '京ICP备12345678号-1',
      province: BEIJING,
      commercial: false,
      flags: [{ flag: 'dummy', reason: 'The digits look like a placeholder.' }],
      subject: '京ICP备12345678号',
      sequence: 1,
      region: 'footer',
      block: 0,
    },
    {
      kind: 'psb',
      number: '京公网安备11010502030143号',
      printed: '京公网安备 11010502030143号',
      province: BEIJING,
      commercial: false,
      flags: [],
      area: { code: '110105', province: BEIJING, city: '北京市', district: '朝阳区', known: true },
      region: 'footer',
      block: 0,
    },
  ],
  primary: 0,
  hints: [{ kind: 'psb', number: '11010502030143', source: 'recordcode in https://beian.mps.gov.cn/' }],
  truncated: false,
};

describe('formatJson', () => {
  it('prints one array with flags as names and reasons alongside', () => {
    const results: ScanResult[] = [
      { input: 'a.html', report },
      { input: 'missing.html', error: 'cannot read missing.html: no such file' },
    ];
    const parsed = JSON.parse(formatJson(results));
    expect(parsed).toHaveLength(2);
    expect(parsed[0].input).toBe('a.html');
    expect(parsed[0].licences[0]).toEqual({
      kind: 'icp-filing',
      number: '京ICP备12345678号-1',
      printed: '京ICP备12345678号-1',
      province: BEIJING,
      flags: ['dummy'],
      reasons: { dummy: 'The digits look like a placeholder.' },
      region: 'footer',
      commercial: false,
      subject: '京ICP备12345678号',
      sequence: 1,
    });
    expect(parsed[0].licences[1].area).toMatchObject({ district: '朝阳区', known: true });
    expect(parsed[0].licences[1]).not.toHaveProperty('block');
    expect(parsed[0].hints).toEqual(report.hints);
    expect(parsed[0].primary).toBe(0);
    expect(parsed[1]).toEqual({ input: 'missing.html', error: 'cannot read missing.html: no such file' });
  });
});

describe('formatTable', () => {
  it('prints one row per licence with province and flags, details below', () => {
    const text = formatTable({ input: 'a.html', report });
    const lines = text.split('\n');
    expect(lines[0]).toBe('a.html');
    expect(text).toMatch(/\* +icp-filing +京ICP备12345678号-1 +京 北京市 Beijing +dummy/);
    expect(text).toMatch(/psb +京公网安备11010502030143号 +京 北京市 Beijing/);
    expect(text).toContain('printed: 京公网安备 11010502030143号');
    expect(text).toContain('area 110105: 北京市 朝阳区');
    expect(text).toContain('! dummy: The digits look like a placeholder.');
    expect(text).toContain('psb 11010502030143  (recordcode in https://beian.mps.gov.cn/)');
    // Columns line up in terminal cells although the numbers mix wide and narrow characters.
    const rowOf = (needle: string) => lines.find((l) => l.includes(needle) && l.includes('Beijing')) ?? '';
    const col = (line: string) => displayWidth(line.slice(0, line.indexOf('京 北京市')));
    expect(col(rowOf('icp-filing'))).toBe(col(rowOf('京公网安备')));
  });

  it('says so when nothing was found, and shows errors', () => {
    const empty: PageReport = { licences: [], primary: null, hints: [], truncated: true };
    expect(formatTable({ input: '-', report: empty })).toBe(
      '<stdin>\n  no licence number found\n  note: the page was too large to scan in full\n',
    );
    expect(formatTable({ input: 'x.html', error: 'cannot read x.html: no such file' })).toBe(
      'x.html\n  error: cannot read x.html: no such file\n',
    );
  });

  it('measures wide characters as two cells', () => {
    expect(displayWidth('京ICP备')).toBe(7);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('（）')).toBe(4);
  });
});

describe('JSON flags', () => {
  it('keeps number flags in flags and reports an unlinked footer number as linked: false', () => {
    const [entry] = JSON.parse(
      formatJson([
        {
          input: 'x.html',
          report: {
            licences: [
              {
                kind: 'icp-filing',
                number: '京ICP备12345678号',
                printed: '京ICP备12345678号',
                province: null,
                commercial: false,
                region: 'footer',
                block: 0,
                flags: [
                  { flag: 'dummy', reason: 'pattern' },
                  { flag: 'not-linked', reason: 'no link' },
                ],
              },
            ],
            primary: 0,
            hints: [],
            truncated: false,
          },
        },
      ]),
    ) as [{ licences: Array<Record<string, unknown>> }];
    expect(entry.licences[0]).toMatchObject({
      flags: ['dummy'],
      reasons: { dummy: 'pattern' },
      linked: false,
    });
    expect(entry.licences[0]).not.toHaveProperty('block');
  });
});
