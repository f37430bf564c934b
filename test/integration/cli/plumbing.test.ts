// The command line end to end, in-process through main(argv, io): files, standard input and URLs
// served from 127.0.0.1, exit codes and error reports. These tests only need the plumbing, not the
// analyser.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, useTestEnv } from './support/env.ts';
import { PLAIN_PAGE } from './support/fixtures.ts';
import { runMain } from './support/run-main.ts';

const env = useTestEnv();

describe('icp-lens: plumbing', () => {
  it('prints help and exits 0', async () => {
    const run = await runMain(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: icp-lens');
  });

  it('exits 2 on an unknown option or no input, with usage on stderr', async () => {
    const unknown = await runMain(['--frobnicate', 'x.html']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frobnicate');
    expect(unknown.stderr).toContain('Usage: icp-lens');
    expect(unknown.stdout).toBe('');
    const none = await runMain(['--json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no input given');
  });

  it('scans a file from another working directory and prints a table', async () => {
    const run = await runMain(['plain.html'], { cwd: env.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('plain.html\n  no licence number found\n');
  });

  it('keeps going past a missing file: exit 1, both entries, order kept', async () => {
    const missing = join(env.dir, 'missing.html');
    const good = join(env.dir, 'plain.html');
    const run = await runMain(['--json', missing, good]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot read ${missing}: no such file`);
    const entries = parseJson(run.stdout);
    expect(entries.map((e) => e.input)).toEqual([missing, good]);
    expect(entries[0]).toEqual({ input: missing, error: `cannot read ${missing}: no such file` });
    expect(entries[1]).toMatchObject({ input: good, licences: [], hints: [] });

    const table = await runMain([good, missing]);
    expect(table.code).toBe(1);
    expect(table.stdout.indexOf(good)).toBeLessThan(table.stdout.indexOf(missing));
    expect(table.stdout).toContain('error: cannot read');
  });

  it('reads standard input for -', async () => {
    const run = await runMain(['--json', '-'], { stdin: PLAIN_PAGE });
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)).toEqual([
      { input: '-', licences: [], hints: [], primary: null, truncated: false, operators: [] },
    ]);
  });

  it('rejects a directory', async () => {
    const run = await runMain(['--json', env.dir]);
    expect(run.code).toBe(1);
    expect(parseJson(run.stdout)[0]?.error).toContain('is a directory');
  });

  it('fetches URLs, and reports a 404, a non-HTML type and a timeout as errors in order', async () => {
    // Pages that answer get a timeout they cannot hit on a busy machine; the page that never
    // answers is fetched in a run of its own with a 1 s timeout.
    const inputs = [
      `${env.base}/missing`,
      `${env.base}/footer`,
      `${env.base}/data.json`,
      `${env.base}/redirect`,
    ];
    const run = await runMain(['--json', '--timeout', '60', ...inputs]);
    expect(run.code).toBe(1);
    const entries = parseJson(run.stdout);
    expect(entries.map((e) => e.input)).toEqual(inputs);
    expect(entries[0]?.error).toMatch(/HTTP 404/);
    expect(entries[1]).toHaveProperty('licences');
    expect(entries[1]).not.toHaveProperty('error');
    expect(entries[2]?.error).toMatch(/not an HTML page \(content type application\/json\)/);
    expect(entries[3]).toHaveProperty('licences');
    expect(run.stderr.trim().split('\n')).toHaveLength(2);

    const slow = await runMain(['--json', '--timeout', '1', `${env.base}/slow`]);
    expect(slow.code).toBe(1);
    expect(parseJson(slow.stdout)[0]?.error).toMatch(/timed out after 1 s/);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await runMain(['--json', `http://127.0.0.1:${port}/`]);
    expect(run.code).toBe(1);
    expect(parseJson(run.stdout)[0]?.error).toMatch(/connection refused/);
  });
});
