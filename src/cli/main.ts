// icp-lens: finds licence numbers in HTML files, standard input or web pages.
//   npm run scan -- [--json|--csv] [--input FILE] <file|url|->...   or   icp-lens scan …
import { realpathSync } from 'node:fs';
import nodeModule from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './args.ts';
import { formatCsv } from './csv.ts';
import { formatJson, formatTable, type ScanResult } from './format.ts';
import { trimHeap } from './heap.ts';
import { HttpStatusError, InputError, type ReadOptions, readInput } from './input.ts';
import { readInputList } from './input-list.ts';
import { jsonlLine } from './jsonl.ts';
import { reportForHtml } from './page-report.ts';
import { type Attempt, DEFAULT_BACKOFF_MS, givingUp, hostOf, MAX_WAIT_MS, runPolite } from './polite.ts';
import { progressFor } from './progress.ts';
import { openResume, type Resume } from './resume.ts';
import { VERSION } from './version.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Where relative file paths are read from. */
  cwd: string;
  /** Where the progress line goes; drawn only when it is a terminal. */
  progressStream?: { isTTY?: boolean; columns?: number; write(text: string): unknown };
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
  return (await scanAttempt(input, options)).result;
}

/** One attempt at an input, with the HTTP status of a failed fetch so it can be retried. */
async function scanAttempt(input: string, options: ReadOptions): Promise<Attempt<ScanResult>> {
  let source: Awaited<ReturnType<typeof readInput>>;
  try {
    source = await readInput(input, options);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `cannot read ${input}: ${describe(error)}`;
    const retry =
      error instanceof HttpStatusError ? { status: error.status, retryAfter: error.retryAfter } : null;
    return { result: { input, error: message }, retry };
  }
  try {
    return { result: { input, report: await reportForHtml(source.html, source.url) } };
  } catch (error) {
    return { result: { input, error: `failed to analyse ${input}: ${describe(error)}` } };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Inputs named on the command line, then those of each --input list, in that order. */
async function collectInputs(
  positional: readonly string[],
  lists: readonly string[],
  cwd: string,
): Promise<string[]> {
  const inputs = [...positional];
  for (const list of lists) inputs.push(...(await readInputList(list, cwd)));
  return inputs;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
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
  let inputs: string[];
  try {
    inputs = await collectInputs(options.inputs, options.inputFiles, io.cwd);
  } catch (error) {
    io.stderr(`icp-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let stdin: Promise<Uint8Array> | null = null;
  const readOptions: ReadOptions = {
    timeoutMs: options.timeoutMs,
    cwd: io.cwd,
    readStdin: () => {
      stdin ??= io.readStdin();
      return stdin;
    },
  };
  let resume: Resume | null = null;
  if (options.resume !== null) {
    try {
      resume = await openResume(resolve(io.cwd, options.resume));
    } catch (error) {
      io.stderr(`icp-lens: cannot open ${options.resume} to resume: ${describe(error)}\n`);
      return 2;
    }
    if (resume.repaired) io.stderr(`icp-lens: ${options.resume}: removed a cut-off last line\n`);
  }
  // Positions in `inputs` still to do: all of them, or those --resume has not seen.
  const done = resume?.done;
  const todo = done ? inputs.flatMap((input, i) => (done.has(input) ? [] : [i])) : null;
  const at = (k: number) => todo?.[k] ?? k;
  const count = todo?.length ?? inputs.length;
  const writeLine = resume ? resume.append : io.stdout;
  const progress = progressFor(io.progressStream ?? { write: () => {} }, count);
  // --json and --csv need every result; --jsonl writes each and keeps none.
  const results: ScanResult[] = [];
  // Tables are printed as soon as every input before them is done, so output keeps input order.
  const tables: (string | undefined)[] = [];
  let printed = 0;
  let finished = 0;
  let failures = 0;
  const policy = {
    concurrency: options.concurrency,
    perHost: options.perHost,
    delayMs: options.delayMs,
    retries: options.retries,
    backoffMs: DEFAULT_BACKOFF_MS,
    maxWaitMs: MAX_WAIT_MS,
    hostOf: (k: number) => hostOf(inputs[at(k)] as string),
  };
  try {
    await runPolite(
      count,
      policy,
      (k) => scanAttempt(inputs[at(k)] as string, readOptions),
      ({ result: last, retry }, k, attempts) => {
        const why = 'error' in last ? givingUp(retry, attempts, policy, Date.now()) : null;
        const result = why && 'error' in last ? { input: last.input, error: `${last.error} (${why})` } : last;
        finished++;
        trimHeap();
        if ('error' in result) {
          failures++;
          progress.finish();
          io.stderr(`icp-lens: ${result.error}\n`);
        }
        progress.update(finished, failures, result.input);
        if (options.format === 'jsonl') writeLine(jsonlLine(result, at(k)));
        else if (options.format !== 'table') results[k] = result;
        else {
          tables[k] = formatTable(result);
          while (tables[printed] !== undefined) {
            progress.finish();
            io.stdout((printed > 0 ? '\n' : '') + tables[printed]);
            tables[printed++] = '';
          }
        }
      },
    );
  } finally {
    resume?.close();
  }
  progress.finish();
  if (options.format === 'json') io.stdout(formatJson(results));
  if (options.format === 'csv') io.stdout(formatCsv(results));
  return failures > 0 ? 1 : 0;
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
