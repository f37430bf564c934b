// --resume FILE: what an earlier --jsonl output counts as done, and how a cut-off file is mended.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openResume } from '../../../src/cli/resume.ts';
import { jsonlLine } from '../../../src/cli/run-inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'icp-lens-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (index: number, input: string) => jsonlLine({ input, error: 'x' }, index);

describe('openResume', () => {
  it('creates a missing file and counts nothing as done', async () => {
    const path = join(dir, 'new.jsonl');
    const r = await openResume(path);
    r.append(line(0, 'a'));
    r.close();
    expect(r.done.size).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('{"index":0,"input":"a","error":"x"}\n');
  });

  it('counts the inputs of complete lines and appends after them', async () => {
    const path = join(dir, 'full.jsonl');
    writeFileSync(path, line(0, 'a') + line(2, 'c'));
    const r = await openResume(path);
    r.append(line(1, 'b'));
    r.close();
    expect([...r.done]).toEqual(['a', 'c']);
    expect(r.repaired).toBe(false);
    expect(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).input),
    ).toEqual(['a', 'c', 'b']);
  });

  it('removes a last line cut off mid-write, so its input is read again', async () => {
    const path = join(dir, 'cut.jsonl');
    writeFileSync(path, `${line(0, 'a')}{"index":1,"input":"b","lic`);
    const r = await openResume(path);
    r.append(line(1, 'b'));
    r.close();
    expect([...r.done]).toEqual(['a']);
    expect(r.repaired).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(line(0, 'a') + line(1, 'b'));
  });

  it('keeps a complete last line without its newline, and adds the newline', async () => {
    const path = join(dir, 'nonl.jsonl');
    writeFileSync(path, line(0, 'a') + line(1, '中文.cn').trimEnd());
    const r = await openResume(path);
    r.append(line(2, 'c'));
    r.close();
    expect([...r.done]).toEqual(['a', '中文.cn']);
    expect(readFileSync(path, 'utf8')).toBe(line(0, 'a') + line(1, '中文.cn') + line(2, 'c'));
  });

  it('ignores lines that are not entries and leaves them in place', async () => {
    const path = join(dir, 'noise.jsonl');
    const text = `not json\n${line(0, 'a')}\n[1,2]\n{"input":5}\n`;
    writeFileSync(path, text);
    const r = await openResume(path);
    r.close();
    expect([...r.done]).toEqual(['a']);
    expect(r.ignored).toBe(3);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('fails clearly on a directory', async () => {
    await expect(openResume(dir)).rejects.toThrow(/EISDIR|directory/);
  });
});
