// The command line end to end on real footers, in-process through main(argv, io). These tests need
// the real analyser (src/core/analyse.ts), collector (src/dom/collect.ts) and area table
// (src/core/areas.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, useTestEnv } from './support/env.ts';
import { FOOTER_PAGE } from './support/fixtures.ts';
import { runMain } from './support/run-main.ts';

const env = useTestEnv();

describe('icp-lens: finds licences (needs the analyser and collector)', () => {
  const beijing = { code: '11', abbr: '京', zh: '北京市', en: 'Beijing' };

  it('finds the footer numbers of a file, without running the page script', async () => {
    const run = await runMain(['--json', join(env.dir, 'footer.html')]);
    expect(run.code).toBe(0);
    const [entry] = parseJson(run.stdout);
    const icp = entry?.licences?.find((l) => l.kind === 'icp-filing');
    expect(icp).toMatchObject({ number: '京ICP备12345678号-1', province: beijing, region: 'footer' });
    expect(Array.isArray(icp?.flags)).toBe(true);
    expect(typeof icp?.reasons).toBe('object');
    const psb = entry?.licences?.find((l) => l.kind === 'psb');
    expect(psb).toMatchObject({
      number: '京公网安备11010502030143号',
      province: beijing,
      area: { code: '110105', city: '北京市', district: '朝阳区', known: true },
    });
  });

  it('prints the table row with kind, number and province', async () => {
    const run = await runMain([join(env.dir, 'footer.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/icp-filing +京ICP备12345678号-1 +京 北京市 Beijing/);
    expect(run.stdout).not.toContain('no licence number found');
  });

  it('finds the numbers on standard input', async () => {
    const run = await runMain(['--json', '-'], { stdin: FOOTER_PAGE });
    const [entry] = parseJson(run.stdout);
    expect(entry?.licences?.map((l) => l.number)).toContain('京ICP备12345678号-1');
  });

  it('decodes GBK pages from a file (<meta charset>) and from HTTP (Content-Type charset)', async () => {
    const run = await runMain(['--json', join(env.dir, 'gbk.html'), `${env.base}/gbk`]);
    expect(run.code).toBe(0);
    for (const entry of parseJson(run.stdout)) {
      expect(entry.licences?.map((l) => l.number)).toContain('京ICP备12345678号-1');
    }
  });

  it('finds the numbers on a page served over HTTP, after a redirect', async () => {
    const run = await runMain(['--json', `${env.base}/footer`, `${env.base}/redirect`]);
    expect(run.code).toBe(0);
    for (const entry of parseJson(run.stdout)) {
      expect(entry.licences?.find((l) => l.kind === 'icp-filing')).toMatchObject({
        number: '京ICP备12345678号-1',
        province: beijing,
      });
    }
  });
});

describe('icp-lens scan: batch of inputs', () => {
  it('reads an --input list, keeps input order with concurrency, and writes CSV', async () => {
    const list = join(env.dir, 'sites.txt');
    writeFileSync(list, `# competitors\n${env.base}/slowish\n${env.base}/footer\n\n${env.base}/missing\n`);
    const run = await runMain(['scan', '--csv', '--concurrency', '3', '--input', list]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^input,kind,number,/);
    const inputs = lines.slice(1).map((l) => l.split(',')[0]);
    // /slowish answers last but stays first; /footer has two licences; /missing is one error row.
    expect(inputs).toEqual([
      `${env.base}/slowish`,
      `${env.base}/footer`,
      `${env.base}/footer`,
      `${env.base}/missing`,
    ]);
    expect(lines.some((l) => l.includes('京ICP备12345678号-1'))).toBe(true);
    expect(lines.at(-1)).toMatch(/404/);
    expect(run.stderr).toMatch(/missing/);
  });
});
