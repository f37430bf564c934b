#!/usr/bin/env node
// Runs the TypeScript command line (src/cli/main.ts) through tsx, from any working directory.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`icp-lens: internal error: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
}
