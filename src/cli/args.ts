// Command-line arguments of icp-lens. Pure: no I/O, so it is easy to test.
import { DEFAULT_RETRIES, MAX_WAIT_MS } from './polite.ts';

export type OutputFormat = 'table' | 'json' | 'csv' | 'jsonl';

export interface CliOptions {
  format: OutputFormat;
  help: boolean;
  version: boolean;
  /** How many inputs are read at once (URLs are fetched in parallel). */
  concurrency: number;
  /** Files that list more inputs, one per line. */
  inputFiles: string[];
  /** Network timeout per URL, in milliseconds. */
  timeoutMs: number;
  /** Requests at once to one host. */
  perHost: number;
  /** Quiet time per host after each request, in milliseconds. */
  delayMs: number;
  /** Retries of a 429 or 503 answer. */
  retries: number;
  /** An earlier --jsonl output: its inputs are skipped and new lines are appended to it. */
  resume: string | null;
  /** Resolve each page's host and say where it is served from (src/cli/hosting.ts). */
  hosting: boolean;
  inputs: string[];
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 64;
const MAX_RETRIES = 10;

export const USAGE = `Usage: icp-lens [scan] [options] <file|url|->...

Finds Chinese website licence numbers (ICP filings, ICP licences, public-security filings,
telecom and culture licences …) in HTML pages and says what they mean. Pages are parsed
without running scripts or loading any resource.

Inputs:
  <file>            an HTML file (UTF-8, GBK/GB18030 … as declared by the page)
  http(s)://…       a page fetched over the network (redirects followed)
  -                 HTML read from standard input

  --input <file>    a file listing inputs, one per line (URLs, bare domains such as
                    example.cn, or file paths; empty lines and # comments skipped)

Options:
  --json            print one JSON array, one entry per input, in input order
  --jsonl           print one JSON object per line as each input is done, with its
                    0-based "index" in the input list (for long lists: nothing is held)
  --resume <file>   skip the inputs already in <file>, an earlier --jsonl output, and
                    append the new lines to it (implies --jsonl; created if missing)
  --csv             print CSV, one row per licence (or per input without one)
  --hosting         also resolve each URL's host (system resolver, A/AAAA) and place it
                    with the built-in IP table: mainland China, Hong Kong, Macau, Taiwan,
                    another country or a local network, and what that means for its ICP number
  --concurrency <n> inputs read at once (default ${DEFAULT_CONCURRENCY})
  --per-host <n>    requests at once to one host (default 1; raise it only for a
                    server of your own)
  --delay <sec>     wait after each request to a host before the next one to it
                    (default 0)
  --retries <n>     retries of a 429 or 503 answer, after its Retry-After or a back-off
                    of 1, 2, 4 … s (default ${DEFAULT_RETRIES}; waits over ${MAX_WAIT_MS / 1000} s are not made)
  --timeout <sec>   network timeout per URL and per name lookup (default ${DEFAULT_TIMEOUT_MS / 1000})
  --version         print the version
  -h, --help        show this help
  --                treat every following argument as an input

A progress line is shown on standard error when it is a terminal.

icp-lens audit <url|file|->... says which third-party hosts a page loads are blocked or
unreliable in mainland China (icp-lens audit --help).

Exit status: 0 when every input was scanned, 1 when an input could not be read,
2 for a usage error.
`;

/** The value of `--name value` or `--name=value` at argv[i]; advances past it. */
function optionValue(
  argv: readonly string[],
  i: number,
  name: string,
): { value: string | undefined; next: number } {
  const arg = argv[i] as string;
  if (arg === name) return { value: argv[i + 1], next: i + 1 };
  return { value: arg.slice(name.length + 1), next: i };
}

function positiveNumber(name: string, value: string | undefined, what: string): number | string {
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n <= 0) return `${name} needs ${what}, got ${JSON.stringify(value ?? '')}`;
  return n;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = {
    format: 'table',
    help: false,
    version: false,
    concurrency: DEFAULT_CONCURRENCY,
    inputFiles: [],
    timeoutMs: DEFAULT_TIMEOUT_MS,
    perHost: 1,
    delayMs: 0,
    retries: DEFAULT_RETRIES,
    resume: null,
    hosting: false,
    inputs: [],
  };
  // `icp-lens scan …` and `icp-lens …` are the same command.
  const args = argv[0] === 'scan' ? argv.slice(1) : argv;
  let onlyInputs = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (arg === '--') onlyInputs = true;
    else if (arg === '--json' || arg === '--csv' || arg === '--jsonl') {
      const format = arg.slice(2) as OutputFormat;
      if (options.format !== 'table' && options.format !== format)
        return { ok: false, error: '--json, --jsonl and --csv exclude each other' };
      options.format = format;
    } else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--version') options.version = true;
    else if (name === '--resume') {
      const { value, next } = optionValue(args, i, name);
      if (!value) return { ok: false, error: '--resume needs a file name' };
      options.resume = value;
      i = next;
    } else if (name === '--delay') {
      const { value, next } = optionValue(args, i, name);
      const seconds = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
      if (!Number.isFinite(seconds) || seconds < 0)
        return { ok: false, error: `--delay needs a number of seconds, got ${JSON.stringify(value ?? '')}` };
      options.delayMs = Math.round(seconds * 1000);
      i = next;
    } else if (name === '--retries') {
      const { value, next } = optionValue(args, i, name);
      const n = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
      if (!(n <= MAX_RETRIES))
        return {
          ok: false,
          error: `--retries needs a whole number from 0 to ${MAX_RETRIES}, got ${JSON.stringify(value ?? '')}`,
        };
      options.retries = n;
      i = next;
    } else if (arg === '--hosting') options.hosting = true;
    else if (name === '--timeout') {
      const { value, next } = optionValue(args, i, name);
      const seconds = positiveNumber(name, value, 'a positive number of seconds');
      if (typeof seconds === 'string') return { ok: false, error: seconds };
      options.timeoutMs = Math.round(seconds * 1000);
      i = next;
    } else if (name === '--concurrency' || name === '--per-host') {
      const { value, next } = optionValue(args, i, name);
      const n = positiveNumber(name, value, `a whole number from 1 to ${MAX_CONCURRENCY}`);
      if (typeof n === 'string' || !Number.isInteger(n) || n > MAX_CONCURRENCY) {
        return {
          ok: false,
          error: `${name} needs a whole number from 1 to ${MAX_CONCURRENCY}, got ${JSON.stringify(value ?? '')}`,
        };
      }
      if (name === '--concurrency') options.concurrency = n;
      else options.perHost = n;
      i = next;
    } else if (name === '--input') {
      const { value, next } = optionValue(args, i, name);
      if (!value) return { ok: false, error: '--input needs a file name' };
      options.inputFiles.push(value);
      i = next;
    } else return { ok: false, error: `unknown option ${arg}` };
  }
  if (options.resume !== null) {
    if (options.format !== 'table' && options.format !== 'jsonl')
      return { ok: false, error: `--resume writes JSON lines; it cannot be used with --${options.format}` };
    options.format = 'jsonl';
  }
  if (!options.help && !options.version && options.inputs.length === 0 && options.inputFiles.length === 0) {
    return { ok: false, error: 'no input given' };
  }
  return { ok: true, options };
}
