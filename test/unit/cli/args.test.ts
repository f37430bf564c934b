import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, parseArgs } from '../../../src/cli/args.ts';

describe('parseArgs', () => {
  it('collects inputs in order, with - for standard input', () => {
    expect(parseArgs(['a.html', '-', 'https://example.com/'])).toEqual({
      ok: true,
      options: {
        format: 'table',
        help: false,
        version: false,
        concurrency: DEFAULT_CONCURRENCY,
        inputFiles: [],
        timeoutMs: DEFAULT_TIMEOUT_MS,
        perHost: 1,
        delayMs: 0,
        retries: 3,
        resume: null,
        hosting: false,
        inputs: ['a.html', '-', 'https://example.com/'],
      },
    });
  });

  it('reads --hosting anywhere before --, and as an input after it', () => {
    const parsed = parseArgs(['scan', 'a.html', '--hosting', '--', '--hosting']);
    expect(parsed.ok && parsed.options).toMatchObject({ hosting: true, inputs: ['a.html', '--hosting'] });
  });

  it('reads --json anywhere', () => {
    const parsed = parseArgs(['a.html', '--json']);
    expect(parsed.ok && parsed.options.format).toBe('json');
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

  it('reads --csv, --concurrency, --input and the scan subcommand', () => {
    const parsed = parseArgs(['scan', '--csv', '--concurrency=8', '--input', 'sites.txt', 'a.html']);
    expect(parsed.ok && parsed.options).toMatchObject({
      format: 'csv',
      concurrency: 8,
      inputFiles: ['sites.txt'],
      inputs: ['a.html'],
    });
    expect(parseArgs(['--input', 'sites.txt']).ok).toBe(true);
    expect(parseArgs(['--json', '--csv', 'a']).ok).toBe(false);
    expect(parseArgs(['--concurrency', '0', 'a']).ok).toBe(false);
    expect(parseArgs(['--concurrency', '2.5', 'a']).ok).toBe(false);
    expect(parseArgs(['--input']).ok).toBe(false);
  });

  it('treats everything after -- as inputs', () => {
    const parsed = parseArgs(['--', '--json', '-x']);
    expect(parsed.ok && parsed.options).toMatchObject({ format: 'table', inputs: ['--json', '-x'] });
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
