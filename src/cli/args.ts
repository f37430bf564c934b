// Command-line arguments of icp-lens. Pure: no I/O, so it is easy to test.

export interface CliOptions {
  json: boolean;
  help: boolean;
  /** Network timeout per URL, in milliseconds. */
  timeoutMs: number;
  inputs: string[];
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const DEFAULT_TIMEOUT_MS = 15_000;

export const USAGE = `Usage: icp-lens [options] <file|url|->...

Finds Chinese website licence numbers (ICP filings, ICP licences, public-security filings,
telecom and culture licences …) in HTML pages and says what they mean. Pages are parsed
without running scripts or loading any resource.

Inputs:
  <file>            an HTML file (UTF-8, GBK/GB18030 … as declared by the page)
  http(s)://…       a page fetched over the network (redirects followed)
  -                 HTML read from standard input

Options:
  --json            print one JSON array, one entry per input, in input order
  --timeout <sec>   network timeout per URL (default ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help        show this help
  --                treat every following argument as an input

Exit status: 0 when every input was scanned, 1 when an input could not be read,
2 for a usage error.
`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { json: false, help: false, timeoutMs: DEFAULT_TIMEOUT_MS, inputs: [] };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const value = arg === '--timeout' ? argv[++i] : arg.slice('--timeout='.length);
      const seconds = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
      if (!Number.isFinite(seconds) || seconds <= 0) {
        return {
          ok: false,
          error: `--timeout needs a positive number of seconds, got ${JSON.stringify(value ?? '')}`,
        };
      }
      options.timeoutMs = Math.round(seconds * 1000);
      continue;
    }
    return { ok: false, error: `unknown option ${arg}` };
  }
  if (!options.help && options.inputs.length === 0) return { ok: false, error: 'no input given' };
  return { ok: true, options };
}
