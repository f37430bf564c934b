// Runs the command line in this process through main(argv, io) (test/support/run-cli.ts), so a test
// sees exactly what a user would but pays no process or tsx start-up.
import { runCli } from '../../../support/run-cli.ts';
import type { CliRun } from './run-bin.ts';

export async function runMain(
  args: string[],
  options: { stdin?: string | Uint8Array; cwd?: string } = {},
): Promise<CliRun> {
  const { code, stdout, stderr } = await runCli(args, { ...options, cwd: options.cwd ?? process.cwd() });
  return { code, stdout, stderr };
}
