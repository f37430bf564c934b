// The options for long lists: --jsonl, --resume, --per-host, --delay, --retries, --version.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';

describe('arguments for long lists', () => {
  const options = (argv: string[]) => {
    const parsed = parseArgs(argv);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.options;
  };
  const error = (argv: string[]) => {
    const parsed = parseArgs(argv);
    return parsed.ok ? null : parsed.error;
  };

  it('reads --jsonl, --resume (which implies --jsonl), --delay and --retries', () => {
    expect(options(['--jsonl', 'x']).format).toBe('jsonl');
    expect(options(['--resume', 'out.jsonl', 'x'])).toMatchObject({ format: 'jsonl', resume: 'out.jsonl' });
    expect(options(['--jsonl', '--resume=o.jsonl', 'x']).resume).toBe('o.jsonl');
    expect(options(['--delay', '1.5', 'x']).delayMs).toBe(1500);
    expect(options(['--delay=0', 'x']).delayMs).toBe(0);
    expect(options(['--retries', '0', 'x']).retries).toBe(0);
    expect(options(['--retries=10', 'x']).retries).toBe(10);
    expect(options(['--version']).version).toBe(true);
    expect(options(['--per-host', '3', 'x']).perHost).toBe(3);
  });

  it('refuses what makes no sense, saying why', () => {
    expect(error(['--json', '--jsonl', 'x'])).toBe('--json, --jsonl and --csv exclude each other');
    expect(error(['--csv', '--resume', 'o', 'x'])).toBe(
      '--resume writes JSON lines; it cannot be used with --csv',
    );
    expect(error(['--resume'])).toBe('--resume needs a file name');
    expect(error(['--delay', '-1', 'x'])).toBe('--delay needs a number of seconds, got "-1"');
    expect(error(['--delay', 'soon', 'x'])).toBe('--delay needs a number of seconds, got "soon"');
    expect(error(['--retries', '1.5', 'x'])).toBe('--retries needs a whole number from 0 to 10, got "1.5"');
    expect(error(['--retries', '11', 'x'])).toBe('--retries needs a whole number from 0 to 10, got "11"');
    expect(error(['--per-host', '0', 'x'])).toBe('--per-host needs a whole number from 1 to 64, got "0"');
    expect(error(['--retries'])).toBe('--retries needs a whole number from 0 to 10, got ""');
  });
});
