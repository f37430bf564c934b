// bench/package-results.json: the package benchmarks' figures (start-up, long lists) with the
// machine and its load, merged into what earlier runs wrote, so either bench can run alone.
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

export function writeResults(part: Record<string, unknown>): void {
  const earlier = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>) : {};
  const stamped = Object.fromEntries(
    Object.entries(part).map(([k, v]) => [
      k,
      { date: new Date().toISOString(), machine: machine(), ...(v as object) },
    ]),
  );
  writeFileSync(FILE, `${JSON.stringify({ ...earlier, ...stamped }, null, 2)}\n`);
  // Formatted the way `npm run lint` expects, so the committed figures pass the lint.
  execSync('npx biome format --write bench/package-results.json', { cwd: ROOT, stdio: 'ignore' });
  console.log('\nwritten: bench/package-results.json');
}
