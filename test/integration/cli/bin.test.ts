// Smoke tests of the real bin as a child process: what main() cannot show in-process, namely that
// bin/icp-lens.mjs starts through tsx from any working directory, reads the process's standard input,
// writes to its standard output and error, and ends with main's exit code.
import { describe, expect, it } from 'vitest';
import { parseJson, useTestEnv } from './support/env.ts';
import { FOOTER_PAGE } from './support/fixtures.ts';
import { runBin } from './support/run-bin.ts';

const env = useTestEnv();

describe('bin/icp-lens.mjs as a process', () => {
  it('scans a file given relative to another working directory and prints a table', async () => {
    const run = await runBin(['footer.html'], { cwd: env.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/icp-filing +京ICP备12345678号-1 +京 北京市 Beijing/);
  });

  it('reads standard input for - and prints JSON', async () => {
    const run = await runBin(['--json', '-'], { stdin: FOOTER_PAGE });
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)[0]?.licences?.map((l) => l.number)).toEqual([
      '京ICP备12345678号-1',
      '京公网安备11010502030143号',
    ]);
  });

  it('exits with the code main returns, and explains a usage error on stderr', async () => {
    const run = await runBin(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: icp-lens');
    expect(run.stdout).toBe('');
  });
});
