// icp-lens: finds licence numbers in HTML files, standard input or web pages.
//   npm run scan -- [--json|--csv] [--input FILE] <file|url|->...   or   icp-lens scan …
import { realpathSync } from 'node:fs';
import nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './args.ts';
import { runAudit } from './audit/run.ts';
import { formatCsv } from './csv.ts';
import { formatJson, formatTable, resultToJson, type ScanResult } from './format.ts';
import { systemResolve } from './hosting.ts';
import { InputError, type ReadOptions, readInput } from './input.ts';
import { reportForHtml } from './page-report.ts';
import { runInputs } from './run-inputs.ts';
import { formatCsvWithHosting, withHosting } from './scan-hosting.ts';
import { VERSION } from './version.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Where relative file paths are read from. */
  cwd: string;
  /** Where the progress line goes; drawn only when it is a terminal. */
  progressStream?: { isTTY?: boolean; columns?: number; write(text: string): unknown };
  /** Name → addresses for `--hosting` (default: the system resolver). */
  resolveHost?: (host: string) => Promise<string[]>;
}

const processIo: CliIo = {
  // `npm run scan` runs in the package root; read relative paths from where npm was started.
  cwd: (process.env.npm_lifecycle_event === 'scan' && process.env.INIT_CWD) || process.cwd(),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  progressStream: process.stderr,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

/** Reads one input and analyses it. Never throws: failures become `{ error }`. */
export async function scanInput(input: string, options: ReadOptions): Promise<ScanResult> {
  let source: Awaited<ReturnType<typeof readInput>>;
  try {
    source = await readInput(input, options);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `cannot read ${input}: ${describe(error)}`;
    return { input, error: message };
  }
  try {
    return { input, url: source.url, report: await reportForHtml(source.html, source.url) };
  } catch (error) {
    return { input, error: `failed to analyse ${input}: ${describe(error)}` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (argv[0] === 'audit') return runAudit(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`icp-lens: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (options.version) {
    io.stdout(`icp-lens ${VERSION}\n`);
    return 0;
  }
  const output = { table: formatTable, json: formatJson, entry: resultToJson };
  if (options.hosting) {
    const work = withHosting(scanInput, io.resolveHost ?? systemResolve);
    return runInputs(options, io, { work, ...output, csv: formatCsvWithHosting });
  }
  return runInputs(options, io, { work: scanInput, ...output, csv: formatCsv });
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // Node 22.1+ keeps compiled code between runs (in the system's temporary folder); the bundled HTML
  // parser then starts much faster. Older Node has no such cache and skips this.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `icp-lens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
