import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, parseArgs } from '../../../src/cli/args.ts';

describe('parseArgs', () => {
  it('collects inputs in order, with - for standard input', () => {
    expect(parseArgs(['a.html', '-', 'https://example.com/'])).toEqual({
      ok: true,
      options: {
        json: false,
        help: false,
        timeoutMs: DEFAULT_TIMEOUT_MS,
        inputs: ['a.html', '-', 'https://example.com/'],
      },
    });
  });

  it('reads --json anywhere', () => {
    const parsed = parseArgs(['a.html', '--json']);
    expect(parsed.ok && parsed.options.json).toBe(true);
  });

  it('reads --timeout in both spellings', () => {
    const a = parseArgs(['--timeout', '2.5', 'x']);
    const b = parseArgs(['--timeout=3', 'x']);
    expect(a.ok && a.options.timeoutMs).toBe(2500);
    expect(b.ok && b.options.timeoutMs).toBe(3000);
    expect(parseArgs(['--timeout', 'soon', 'x']).ok).toBe(false);
    expect(parseArgs(['--timeout']).ok).toBe(false);
    expect(parseArgs(['--timeout=0', 'x']).ok).toBe(false);
  });

  it('treats everything after -- as inputs', () => {
    const parsed = parseArgs(['--', '--json', '-x']);
    expect(parsed.ok && parsed.options).toMatchObject({ json: false, inputs: ['--json', '-x'] });
  });

  it('rejects unknown options and a missing input', () => {
    expect(parseArgs(['--jsn', 'a.html'])).toEqual({ ok: false, error: 'unknown option --jsn' });
    expect(parseArgs(['-j', 'a.html']).ok).toBe(false);
    expect(parseArgs([])).toEqual({ ok: false, error: 'no input given' });
    expect(parseArgs(['--json'])).toEqual({ ok: false, error: 'no input given' });
  });

  it('accepts --help without inputs', () => {
    const parsed = parseArgs(['--help']);
    expect(parsed.ok && parsed.options.help).toBe(true);
    expect(parseArgs(['-h']).ok).toBe(true);
  });
});
