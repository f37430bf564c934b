// The loop every icp-lens command shares: collect the inputs (arguments, then --input lists), skip
// those an earlier --jsonl output holds (--resume), read them politely (src/cli/polite.ts: a global
// concurrency, one request at a time per host, retries of 429/503), report failures and progress on
// standard error, and print: tables as soon as every input before them is done (so output keeps
// input order), --jsonl lines as each input is done (nothing kept), or one JSON/CSV document at the
// end. Resolves to the exit code: 0, 1 when an input could not be read, 2 when a list could not.
import { resolve } from 'node:path';
import type { CliOptions } from './args.ts';
import { trimHeap } from './heap.ts';
import type { ReadOptions } from './input.ts';
import { readInputList } from './input-list.ts';
import type { CliIo } from './main.ts';
import {
  type Attempt,
  DEFAULT_BACKOFF_MS,
  givingUp,
  hostOf,
  MAX_WAIT_MS,
  type RetryHint,
  runPolite,
} from './polite.ts';
import { progressFor } from './progress.ts';
import { openResume, type Resume } from './resume.ts';

export interface InputCommand<R extends { input: string }> {
  work: (input: string, options: ReadOptions) => Promise<R>;
  table: (result: R) => string;
  json: (results: readonly R[]) => string;
  /** The object --json prints for one result; --jsonl prints it on one line with its position. */
  entry: (result: R) => object;
  csv: (results: readonly R[]) => string;
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One --jsonl line: the entry with the input's 0-based position in the list first. */
export function jsonlLine(entry: object, index: number): string {
  return `${JSON.stringify({ index, ...entry })}\n`;
}

export async function runInputs<R extends { input: string } | { input: string; error: string }>(
  options: CliOptions,
  io: CliIo,
  command: InputCommand<R>,
): Promise<number> {
  let inputs: string[];
  try {
    inputs = await collectInputs(options.inputs, options.inputFiles, io.cwd);
  } catch (error) {
    io.stderr(`icp-lens: ${describe(error)}\n`);
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
  const results: R[] = [];
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
  const attempt = async (k: number): Promise<Attempt<R>> => {
    let retry: RetryHint | null = null;
    const onHttpStatus = (status: number, retryAfter: string | null) => {
      retry = { status, retryAfter };
    };
    const result = await command.work(inputs[at(k)] as string, { ...readOptions, onHttpStatus });
    return { result, retry: 'error' in result ? retry : null };
  };
  try {
    await runPolite(count, policy, attempt, ({ result: last, retry }, k, attempts) => {
      const why = 'error' in last ? givingUp(retry, attempts, policy, Date.now()) : null;
      const result = why && 'error' in last ? ({ ...last, error: `${last.error} (${why})` } as R) : last;
      finished++;
      trimHeap();
      if ('error' in result) {
        failures++;
        progress.finish();
        io.stderr(`icp-lens: ${result.error}\n`);
      }
      progress.update(finished, failures, result.input);
      if (options.format === 'jsonl') writeLine(jsonlLine(command.entry(result), at(k)));
      else if (options.format !== 'table') results[k] = result;
      else {
        tables[k] = command.table(result);
        while (tables[printed] !== undefined) {
          progress.finish();
          io.stdout((printed > 0 ? '\n' : '') + tables[printed]);
          tables[printed++] = '';
        }
      }
    });
  } finally {
    resume?.close();
  }
  progress.finish();
  if (options.format === 'json') io.stdout(command.json(results));
  if (options.format === 'csv') io.stdout(command.csv(results));
  return failures > 0 ? 1 : 0;
}
