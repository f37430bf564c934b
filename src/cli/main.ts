// icp-lens: finds licence numbers in HTML files, standard input or web pages.
//   npm run scan -- [--json|--csv] [--input FILE] <file|url|->...   or   icp-lens scan …
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePage } from '../core/analyse.ts';
import { collectPage } from '../dom/collect.ts';
import { mapPool } from '../net/pool.ts';
import { parseArgs, USAGE } from './args.ts';
import { formatCsv } from './csv.ts';
import { parseHtml } from './document.ts';
import { formatJson, formatTable, type ScanResult } from './format.ts';
import { InputError, type ReadOptions, readInput } from './input.ts';
import { readInputList } from './input-list.ts';
import { progressFor } from './progress.ts';

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
  let source: Awaited<ReturnType<typeof readInput>>;
  try {
    source = await readInput(input, options);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `cannot read ${input}: ${describe(error)}`;
    return { input, error: message };
  }
  const page = parseHtml(source.html, source.url);
  try {
    const scan = collectPage(page.document);
    return { input, report: analysePage(scan.blocks, scan.links, scan.truncated) };
  } catch (error) {
    return { input, error: `failed to analyse ${input}: ${describe(error)}` };
  } finally {
    await page.close();
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
  const progress = progressFor(io.progressStream ?? { write: () => {} }, inputs.length);
  // Tables are printed as soon as every input before them is done, so output keeps input order.
  const tables: (string | undefined)[] = [];
  let printed = 0;
  let done = 0;
  let failures = 0;
  const results = await mapPool(
    inputs,
    options.concurrency,
    (input) => scanInput(input, readOptions),
    (result, index) => {
      done++;
      if ('error' in result) {
        failures++;
        progress.finish();
        io.stderr(`icp-lens: ${result.error}\n`);
      }
      progress.update(done, failures, result.input);
      if (options.format !== 'table') return;
      tables[index] = formatTable(result);
      while (tables[printed] !== undefined) {
        progress.finish();
        io.stdout((printed > 0 ? '\n' : '') + tables[printed]);
        tables[printed++] = '';
      }
    },
  );
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
