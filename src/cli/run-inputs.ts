// The loop every icp-lens command shares: collect the inputs (arguments, then --input lists), read
// them `concurrency` at a time, report failures and progress on standard error, print tables as
// soon as every input before them is done (so output keeps input order), or one JSON/CSV document
// at the end. Resolves to the exit code: 0, 1 when an input could not be read, 2 when a list could not.

import { mapPool } from '../net/pool.ts';
import type { CliOptions } from './args.ts';
import type { ReadOptions } from './input.ts';
import { readInputList } from './input-list.ts';
import type { CliIo } from './main.ts';
import { progressFor } from './progress.ts';

export interface InputCommand<R extends { input: string }> {
  work: (input: string, options: ReadOptions) => Promise<R>;
  table: (result: R) => string;
  json: (results: readonly R[]) => string;
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

export async function runInputs<R extends { input: string } | { input: string; error: string }>(
  options: CliOptions,
  io: CliIo,
  command: InputCommand<R>,
): Promise<number> {
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
  const tables: (string | undefined)[] = [];
  let printed = 0;
  let done = 0;
  let failures = 0;
  const results = await mapPool(
    inputs,
    options.concurrency,
    (input) => command.work(input, readOptions),
    (result, index) => {
      done++;
      if ('error' in result) {
        failures++;
        progress.finish();
        io.stderr(`icp-lens: ${result.error}\n`);
      }
      progress.update(done, failures, result.input);
      if (options.format !== 'table') return;
      tables[index] = command.table(result);
      while (tables[printed] !== undefined) {
        progress.finish();
        io.stdout((printed > 0 ? '\n' : '') + tables[printed]);
        tables[printed++] = '';
      }
    },
  );
  progress.finish();
  if (options.format === 'json') io.stdout(command.json(results));
  if (options.format === 'csv') io.stdout(command.csv(results));
  return failures > 0 ? 1 : 0;
}
