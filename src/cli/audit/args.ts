// Arguments of `icp-lens audit`: those of `scan` (parsed by ../args.ts, --hosting included).
import { type CliOptions, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, parseArgs } from '../args.ts';
import { DEFAULT_RETRIES } from '../polite.ts';

export type AuditOptions = CliOptions;

export type ParsedAuditArgs = { ok: true; options: AuditOptions } | { ok: false; error: string };

export const AUDIT_USAGE = `Usage: icp-lens audit [options] <url|file|->...

Says whether a page is likely to work for visitors in mainland China: which third-party
hosts it loads from are blocked or unreliable there (read from the static HTML: scripts,
stylesheets, fonts, images, frames, media, CSS @import and url(), preconnect hints),
grouped by what breaks, with the licence numbers the page shows. Nothing the page names is
fetched; only the pages you name are. Hosts not on the built-in list are unknown.

Inputs:
  http(s)://…       a page fetched over the network (redirects followed)
  <file>            a saved HTML page (only absolute third-party URLs count)
  -                 HTML read from standard input
  --input <file>    a file listing inputs, one per line

Options:
  --hosting         also resolve each page's host (system resolver, A/AAAA) and place it
                    with the built-in IP table: mainland China or not, with the licences
  --json            print one JSON array, one entry per input, in input order
  --jsonl           print one JSON object per line as each input is done, with its "index"
  --resume <file>   skip the inputs already in <file>, an earlier --jsonl output, and append
  --csv             print CSV, one row per affected host (or per input without one)
  --concurrency <n> inputs read at once (default ${DEFAULT_CONCURRENCY})
  --per-host <n>    requests at once to one host (default 1)
  --delay <sec>     wait after each request to a host before the next one to it (default 0)
  --retries <n>     retries of a 429 or 503 answer (default ${DEFAULT_RETRIES})
  --timeout <sec>   network timeout per URL and per name lookup (default ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help        show this help
  --                treat every following argument as an input

Exit status: 0 when every input was read (whatever it loads), 1 when an input could not
be read, 2 for a usage error.
`;

/** argv after the word `audit`. */
export function parseAuditArgs(argv: readonly string[]): ParsedAuditArgs {
  // `scan` first, so an input that happens to be named "scan" is not taken for the subcommand.
  return parseArgs(['scan', ...argv]);
}
