// Command-line arguments of icp-lens. Pure: no I/O, so it is easy to test.

export type OutputFormat = 'table' | 'json' | 'csv';

export interface CliOptions {
  format: OutputFormat;
  help: boolean;
  /** How many inputs are read at once (URLs are fetched in parallel). */
  concurrency: number;
  /** Files that list more inputs, one per line. */
  inputFiles: string[];
  /** Network timeout per URL, in milliseconds. */
  timeoutMs: number;
  /** Resolve each page's host and say where it is served from (src/cli/hosting.ts). */
  hosting: boolean;
  inputs: string[];
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 64;

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
  --csv             print CSV, one row per licence (or per input without one)
  --hosting         also resolve each URL's host (system resolver, A/AAAA) and place it
                    with the built-in IP table: mainland China, Hong Kong, Macau, Taiwan,
                    another country or a local network, and what that means for its ICP number
  --concurrency <n> inputs read at once (default ${DEFAULT_CONCURRENCY})
  --timeout <sec>   network timeout per URL and per name lookup (default ${DEFAULT_TIMEOUT_MS / 1000})
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
    concurrency: DEFAULT_CONCURRENCY,
    inputFiles: [],
    timeoutMs: DEFAULT_TIMEOUT_MS,
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
    else if (arg === '--json' || arg === '--csv') {
      const format = arg === '--json' ? 'json' : 'csv';
      if (options.format !== 'table' && options.format !== format)
        return { ok: false, error: '--json and --csv exclude each other' };
      options.format = format;
    } else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--hosting') options.hosting = true;
    else if (name === '--timeout') {
      const { value, next } = optionValue(args, i, name);
      const seconds = positiveNumber(name, value, 'a positive number of seconds');
      if (typeof seconds === 'string') return { ok: false, error: seconds };
      options.timeoutMs = Math.round(seconds * 1000);
      i = next;
    } else if (name === '--concurrency') {
      const { value, next } = optionValue(args, i, name);
      const n = positiveNumber(name, value, `a whole number from 1 to ${MAX_CONCURRENCY}`);
      if (typeof n === 'string' || !Number.isInteger(n) || n > MAX_CONCURRENCY) {
        return {
          ok: false,
          error: `--concurrency needs a whole number from 1 to ${MAX_CONCURRENCY}, got ${JSON.stringify(value ?? '')}`,
        };
      }
      options.concurrency = n;
      i = next;
    } else if (name === '--input') {
      const { value, next } = optionValue(args, i, name);
      if (!value) return { ok: false, error: '--input needs a file name' };
      options.inputFiles.push(value);
      i = next;
    } else return { ok: false, error: `unknown option ${arg}` };
  }
  if (!options.help && options.inputs.length === 0 && options.inputFiles.length === 0) {
    return { ok: false, error: 'no input given' };
  }
  return { ok: true, options };
}
