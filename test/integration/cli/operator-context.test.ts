// The command line reads the same text around the blocks as the content script (src/dom/scan-page.ts),
// so it names the operator of a copyright line printed in its own paragraph, as the popup does on the
// same page (test/e2e/popup.e2e.ts).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanInput } from '../../../src/cli/main.ts';
import { runCli } from '../../support/run-cli.ts';
import { readCsv } from '../../unit/support/csv.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGE = join(ROOT, 'test/e2e/pages/copyright-paragraph.html');
const OPTIONS = { timeoutMs: 5_000, cwd: ROOT, readStdin: async () => new Uint8Array() };

describe('icp-lens scan: operator context', () => {
  it('names the operator printed beside the numbers, and takes no number from the context', async () => {
    const result = await scanInput(PAGE, OPTIONS);
    if ('error' in result) throw new Error(result.error);
    expect(result.report.operators?.[0]).toMatchObject({
      printed: '北京星云科技有限公司',
      region: 'footer',
    });
    expect(result.report.licences.map((l) => l.number)).toEqual([
      '京ICP备2021012345号-1',
      '京公网安备11010502012345号',
    ]);
  });

  it('puts the operator in a CSV column on every row of its page', async () => {
    const run = await runCli(['scan', '--csv', PAGE], { cwd: ROOT });
    const [header, ...rows] = readCsv(run.stdout);
    const column = header?.indexOf('operator') ?? -1;
    expect(column).toBeGreaterThan(-1);
    expect(rows.map((r) => r[column])).toEqual(['北京星云科技有限公司', '北京星云科技有限公司']);
  });
});
