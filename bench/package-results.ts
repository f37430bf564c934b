// bench/package-results.json: the package benchmarks' figures (start-up, long lists), each with the
// machine and its load before and after (`measured`), merged into what earlier runs wrote, so either
// bench can run alone.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../test/package/install.ts';
import { round } from './stats.ts';

const FILE = join(ROOT, 'bench/package-results.json');

export function machine() {
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    loadavg: loadavg().map((l) => round(l)),
    node: process.version,
  };
}

/** Runs `fn` and gives its result with the date and the machine's load before and after. */
export async function measured<T extends object>(fn: () => T | Promise<T>) {
  const before = machine();
  const result = await fn();
  return { date: new Date().toISOString(), machine: before, loadavgAfter: machine().loadavg, ...result };
}

export function writeResults(stamped: Record<string, unknown>): void {
  const earlier = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(FILE, `${JSON.stringify({ ...earlier, ...stamped }, null, 2)}\n`);
  // Formatted the way `npm run lint` expects, so the committed figures pass the lint.
  execSync('npx biome format --write bench/package-results.json', { cwd: ROOT, stdio: 'ignore' });
  console.log('\nwritten: bench/package-results.json');
}
