// Start-up of the installed command line (issue 14): packs the package, installs the tarball into an
// empty folder, then times a one-file `icp-lens scan --json` against `node -e 0` on the same machine,
// interleaved, median of --runs (default 21). Target: at most 4× `node -e 0`.
//   npx tsx bench/cli-start.ts [--runs n]      (also run by npm run bench:package)
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanEnv, type Installed, packAndInstall, ROOT } from '../test/package/install.ts';
import { measured, writeResults } from './package-results.ts';
import { median, round } from './stats.ts';
import { printTable } from './table.ts';

export const START_TARGET_RATIO = 4;

export function benchCliStart(installed: Installed, runs: number) {
  const page = join(installed.dir, 'page.html');
  copyFileSync(join(ROOT, 'test/fixtures/pages/beijing-commercial.html'), page);
  const env = cleanEnv();
  const time = (file: string, args: string[]) => {
    const start = performance.now();
    execFileSync(file, args, { cwd: installed.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return performance.now() - start;
  };
  const cases = {
    'node -e 0': () => time(process.execPath, ['-e', '0']),
    'icp-lens --help': () => time(installed.bin, ['--help']),
    'icp-lens scan --json page.html': () => time(installed.bin, ['scan', '--json', 'page.html']),
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const fn of Object.values(cases)) fn(); // warm the file cache
  for (let i = 0; i < runs; i++) for (const [name, fn] of Object.entries(cases)) samples[name]?.push(fn());
  const base = median(samples['node -e 0'] ?? []);
  const rows = Object.entries(samples).map(([name, ms]) => ({
    what: name,
    medianMs: round(median(ms), 1),
    minMs: round(Math.min(...ms), 1),
    maxMs: round(Math.max(...ms), 1),
    ratio: round(median(ms) / base, 2),
  }));
  const scan = rows.find((r) => r.what.startsWith('icp-lens scan'));
  return {
    runs,
    rows,
    budget: {
      target: `≤ ${START_TARGET_RATIO}× node -e 0`,
      value: scan?.ratio ?? Number.NaN,
      result: (scan?.ratio ?? Infinity) <= START_TARGET_RATIO ? 'met' : 'MISSED',
    },
  };
}

export function printCliStart(result: ReturnType<typeof benchCliStart>) {
  printTable(
    `Start-up of the installed icp-lens (median of ${result.runs}, interleaved)`,
    ['what', 'median ms', 'min', 'max', '× node -e 0'],
    result.rows.map((r) => [r.what, r.medianMs, r.minMs, r.maxMs, r.ratio]),
  );
  console.log(`budget ${result.budget.target}: ${result.budget.value}× ${result.budget.result}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 21;
  const installed = packAndInstall();
  try {
    const result = await measured(() => benchCliStart(installed, runs));
    printCliStart(result);
    const { filename, size, unpackedSize, entryCount } = installed.pack;
    writeResults({ tarball: { filename, size, unpackedSize, entryCount }, cliStart: result });
  } finally {
    installed.remove();
  }
}
