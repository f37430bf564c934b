// The batch side of the command line: input lists, concurrency with order kept, CSV output
// (checked by parsing it back), and the progress line only on a terminal.
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/cli/csv.ts';
import type { ScanResult } from '../../../src/cli/format.ts';
import { inputFromLine, parseInputList } from '../../../src/cli/input-list.ts';
import { progressFor } from '../../../src/cli/progress.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import { mapPool } from '../../../src/net/pool.ts';
import { readCsv } from '../support/csv.ts';

describe('input lists', () => {
  it('turns bare domains into https URLs and keeps files and URLs', () => {
    expect(inputFromLine('example.cn')).toBe('https://example.cn');
    expect(inputFromLine('  www.example.com.cn/about ')).toBe('https://www.example.com.cn/about');
    expect(inputFromLine('http://a.example/')).toBe('http://a.example/');
    expect(inputFromLine('./page.html')).toBe('./page.html');
    expect(inputFromLine('pages/site.htm')).toBe('pages/site.htm');
    expect(inputFromLine('# a comment')).toBeNull();
    expect(inputFromLine('   ')).toBeNull();
  });

  it('reads a list with CRLF line ends', () => {
    expect(parseInputList('a.cn\r\n\r\n# skip\r\nb.com.cn\r\n')).toEqual([
      'https://a.cn',
      'https://b.com.cn',
    ]);
  });
});

describe('mapPool', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const finished: number[] = [];
    const results = await mapPool(
      [30, 5, 20, 1, 10, 2],
      2,
      async (ms, i) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        return i * 10;
      },
      (_r, i) => finished.push(i),
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
    expect(finished.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('handles an empty list', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});

describe('CSV', () => {
  it('writes one row per licence, per empty input and per error, and parses back', () => {
    const report = analysePage([
      { text: '京ICP备15012345号-1 京公网安备11010502030143号 "quoted", comma', region: 'footer', id: 0 },
    ]);
    const results: ScanResult[] = [
      { input: 'a.html', report },
      { input: 'b,c.html', report: analysePage([]) },
      { input: 'https://x.example/', error: 'timed out after 15 s' },
    ];
    const rows = readCsv(formatCsv(results));
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6], r[9], r[11]])).toEqual([
      ['a.html', 'icp-filing', '京ICP备15012345号-1', '北京市', 'Beijing', 'yes', ''],
      ['a.html', 'psb', '京公网安备11010502030143号', '北京市', 'Beijing', '', ''],
      ['b,c.html', '', '', '', '', '', ''],
      ['https://x.example/', '', '', '', '', '', 'timed out after 15 s'],
    ]);
  });
});

describe('progress', () => {
  it('draws on a terminal and stays silent elsewhere', () => {
    const written: string[] = [];
    const tty = { isTTY: true, columns: 60, write: (t: string) => written.push(t) };
    const p = progressFor(tty, 3);
    p.update(1, 0, 'https://a.example/');
    p.update(2, 1, 'https://b.example/');
    p.finish();
    expect(written.join('')).toContain('[2/3] 1 failed https://b.example/');
    const piped: string[] = [];
    const q = progressFor({ isTTY: false, write: (t: string) => piped.push(t) }, 3);
    q.update(1, 0, 'x');
    q.finish();
    expect(piped).toEqual([]);
  });
});
