// Runs the command line in this process through main(argv, io), with standard input, output and error
// captured, so a test sees exactly what a user would but pays no process or tsx start-up.
import { main } from '../../../../src/cli/main.ts';
import type { CliRun } from './run-bin.ts';

export async function runMain(
  args: string[],
  options: { stdin?: string | Uint8Array; cwd?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin ?? '';
  const code = await main(args, {
    cwd: options.cwd ?? process.cwd(),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
  });
  return { code, stdout, stderr };
}
