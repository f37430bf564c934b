// Runs the command line in this process through main(argv, io), with standard input, output and
// error captured and a stub resolver for --hosting (host → addresses; a host it does not know, or
// one with no address, is "not found"), so a test sees exactly what a user would, asks no DNS and
// pays no process start-up.
import { type CliIo, main } from '../../src/cli/main.ts';

export interface CliOptions {
  cwd: string;
  stdin?: string | Uint8Array;
  /** What the stub resolver answers. */
  addresses?: Readonly<Record<string, readonly string[]>>;
}

export interface CliCapture {
  code: number;
  stdout: string;
  stderr: string;
  /** The hosts the resolver was asked for, in order. */
  lookups: string[];
}

export async function runCli(args: readonly string[], options: CliOptions): Promise<CliCapture> {
  const out: CliCapture = { code: -1, stdout: '', stderr: '', lookups: [] };
  const stdin = options.stdin ?? '';
  const io: CliIo = {
    cwd: options.cwd,
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    resolveHost: async (host) => {
      out.lookups.push(host);
      const found = options.addresses?.[host];
      if (!found?.length)
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return [...found];
    },
  };
  out.code = await main(args, io);
  return out;
}
