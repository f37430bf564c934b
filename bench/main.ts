// `npm run bench`: builds the extension, then measures the parser, the bundles, the page scan, the
// content script under mutation and the user-visible latencies; prints a table per part and writes
// bench/results.json. Timing lives here only: tests never assert on time.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleSizes, CONTENT_SCRIPT_BUDGET } from '../scripts/bundle-sizes.mjs';
import { startGeneratedServer } from '../test/e2e/support/generated.ts';
import { EXTENSION_DIR, launchWithExtension, ROOT } from '../test/e2e/support/launch.ts';
import { benchCore, CORE_TARGET_MB_S } from './core.ts';
import { benchLatency, LATENCY_TARGETS } from './latency.ts';
import { benchMutation, MUTATION_TARGET_MS } from './mutation.ts';
import { benchScan, SCAN_TARGETS } from './scan.ts';
import { median, round } from './stats.ts';
import { printTable } from './table.ts';

const log = (line: string) => console.error(`  … ${line}`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

if (!process.argv.includes('--no-build'))
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const core = benchCore(log);
const bundles = bundleSizes(EXTENSION_DIR);

const server = await startGeneratedServer();
const ext = await launchWithExtension();
let scan: Awaited<ReturnType<typeof benchScan>>;
let mutation: Awaited<ReturnType<typeof benchMutation>>[];
let latency: Awaited<ReturnType<typeof benchLatency>>;
try {
  scan = await benchScan(ext, server, log);
  mutation = [await benchMutation(ext, server, log, false), await benchMutation(ext, server, log, true)];
  latency = await benchLatency(ext, server, log);
} finally {
  await ext.close();
  await server.close();
}

const small = scan.find((r) => r.nodes === 2_000);
const large = scan.filter((r) => r.nodes > 2_000);
const free = core.filter((r) => r.input === 'number-free');
const plain = core.filter((r) => r.input === 'no markers');
const budgets = {
  scanSmallPage: {
    target: `≤ ${SCAN_TARGETS.smallPageMs} ms`,
    value: round(small?.collectMs ?? Number.NaN, 3),
    result: verdict((small?.collectMs ?? Infinity) <= SCAN_TARGETS.smallPageMs),
  },
  scanLargePages: {
    target: `≤ ${SCAN_TARGETS.ratioToInnerText}× innerText`,
    value: large.map((r) => round(r.ratioToInnerText, 3)),
    result: verdict(large.every((r) => r.ratioToInnerText <= SCAN_TARGETS.ratioToInnerText)),
  },
  mutationCpu: {
    target: `≤ ${MUTATION_TARGET_MS} ms`,
    value: mutation.map((m) => round(m.contentScriptMs, 1)),
    result: verdict(mutation.every((m) => m.contentScriptMs <= MUTATION_TARGET_MS)),
  },
  navigationToBadge: {
    target: `≤ ${LATENCY_TARGETS.badgeMs} ms median`,
    value: round(median(latency.badgeMs), 1),
    result: verdict(median(latency.badgeMs) <= LATENCY_TARGETS.badgeMs),
  },
  popupToResult: {
    target: `≤ ${LATENCY_TARGETS.popupMs} ms median`,
    value: round(median(latency.popupMs), 1),
    result: verdict(median(latency.popupMs) <= LATENCY_TARGETS.popupMs),
  },
  parserNoMarkers: {
    target: `≥ ${CORE_TARGET_MB_S} MB/s`,
    value: round(median(plain.map((r) => r.mbPerS)), 1),
    result: verdict(median(plain.map((r) => r.mbPerS)) >= CORE_TARGET_MB_S),
  },
  parserNumberFree: {
    target: `≥ ${CORE_TARGET_MB_S} MB/s`,
    value: round(median(free.map((r) => r.mbPerS)), 1),
    result: verdict(median(free.map((r) => r.mbPerS)) >= CORE_TARGET_MB_S),
  },
  contentScriptSize: {
    target: `≤ ${CONTENT_SCRIPT_BUDGET / 1024} KB`,
    value: round(bundles.content.bytes / 1024, 1),
    result: verdict(bundles.content.bytes <= CONTENT_SCRIPT_BUDGET),
  },
};

printTable(
  'Page scan in Chromium (median ms per scan)',
  ['nodes', 'DOM nodes', 'collectPage', 'innerText+regex', 'TreeWalker+regex', 'collect/innerText', 'blocks'],
  scan.map((r) => [
    r.nodes,
    r.domNodes,
    r.collectMs.toFixed(3),
    r.innerTextMs.toFixed(3),
    r.treeWalkerMs.toFixed(3),
    r.ratioToInnerText.toFixed(3),
    r.blocks,
  ]),
);
printTable(
  'Content script CPU, page mutating 50×/s for 10 s',
  ['scenario', 'mutations', 'content script ms', 'page scripts ms'],
  mutation.map((m) => [m.scenario, m.mutations, m.contentScriptMs.toFixed(1), m.pageScriptMs.toFixed(1)]),
);
const spread = (name: string, v: number[]) => [
  name,
  median(v).toFixed(1),
  Math.min(...v).toFixed(1),
  Math.max(...v).toFixed(1),
  v.length,
];
printTable(
  'Latency (ms from navigation start)',
  ['what', 'median', 'min', 'max', 'runs'],
  [
    spread('page → badge set', latency.badgeMs),
    spread('  (page DOMContentLoaded)', latency.pageDclMs),
    spread('  (page load)', latency.pageLoadMs),
    spread('popup → first licence shown', latency.popupMs),
    spread('  (popup DOMContentLoaded)', latency.popupDclMs),
  ],
);
printTable(
  'Core parser (1 MB = 2^20 characters)',
  ['input', 'MB', 'found', 'ms', 'ms/MB', 'MB/s'],
  core.map((r) => [r.input, r.mb, r.found, r.ms, r.msPerMb, r.mbPerS]),
);
printTable(
  'Bundles (dist/chrome)',
  ['part', 'bytes', 'gzip', 'files'],
  Object.entries(bundles).map(([part, s]) => [part, s.bytes, s.gzip, s.files.length]),
);
printTable(
  'Budgets',
  ['budget', 'target', 'value', 'result'],
  Object.entries(budgets).map(([name, b]) => [name, b.target, JSON.stringify(b.value), b.result]),
);

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    loadavg: loadavg().map((l) => round(l)),
    node: process.version,
  },
  budgets,
  scan,
  mutation,
  latency: { ...latency, badgeMedianMs: median(latency.badgeMs), popupMedianMs: median(latency.popupMs) },
  core,
  bundles,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
// Formatted the way `npm run lint` expects, so the committed figures pass the lint.
execSync('npx biome format --write bench/results.json', { cwd: ROOT, stdio: 'ignore' });
console.log('\nwritten: bench/results.json');
