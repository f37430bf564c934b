import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type ReadOptions, readInput } from '../../../src/cli/input.ts';

let dir = '';
const options = (extra: Partial<ReadOptions> = {}): ReadOptions => ({
  timeoutMs: 1000,
  readStdin: async () => new TextEncoder().encode('<p>stdin</p>'),
  ...extra,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'icp-lens-input-'));
  writeFileSync(join(dir, 'page.html'), '<p>京ICP备12345678号</p>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a relative path from the given directory and keeps the input as given', async () => {
    const source = await readInput('page.html', options({ cwd: dir }));
    expect(source).toEqual({
      input: 'page.html',
      html: '<p>京ICP备12345678号</p>',
      url: pathToFileURL(join(dir, 'page.html')).href,
    });
  });

  it('reads a file: URL', async () => {
    const url = pathToFileURL(join(dir, 'page.html')).href;
    expect((await readInput(url, options())).html).toContain('京ICP备');
  });

  it('reads standard input for -', async () => {
    expect(await readInput('-', options())).toEqual({ input: '-', html: '<p>stdin</p>', url: null });
  });

  it('names the input in errors', async () => {
    await expect(readInput('nope.html', options({ cwd: dir }))).rejects.toThrow(
      new InputError('cannot read nope.html: no such file'),
    );
    await expect(readInput('ftp://example.com/', options())).rejects.toThrow(/unsupported URL scheme ftp:/);
    await expect(readInput('http://', options())).rejects.toThrow(/not a valid URL/);
  });
});
