// `npm run bench`: builds the extension, then measures what the content script costs the pages it
// runs on (traced from outside, against a naive baseline extension in the same run), the content
// script under mutation, the popup against a bare page, navigation to badge, the parser and the
// bundles; prints a table per part and writes bench/results.json. Timing lives here only: tests
// never assert on time.
//   npm run bench [-- --no-build] [-- --runs <n>]
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleSizes, CONTENT_SCRIPT_BUDGET } from '../scripts/bundle-sizes.mjs';
import { startGeneratedServer } from '../test/e2e/support/generated.ts';
import { type Launched, launchWithExtension, ROOT } from '../test/e2e/support/launch.ts';
import { benchCore, CORE_TARGET_MB_S } from './core.ts';
import { BADGE_TARGET_MS, benchLatency } from './latency.ts';
import { benchMutation, MUTATION_TARGET_MS } from './mutation.ts';
import { benchPageCost } from './page-cost.ts';
import { benchPopup, POPUP_TARGET_MS } from './popup.ts';
import { type ProfileSummary, profileLoad } from './profile.ts';
import { benchScan } from './scan.ts';
import { median, round } from './stats.ts';
import { prepareExtensions, VARIANTS, type Variant } from './support/extensions.ts';
import { printTable } from './table.ts';

const log = (line: string) => console.error(`  … ${line}`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const load = () => loadavg().map((l) => round(l));

if (!process.argv.includes('--no-build'))
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const loadBefore = load();
const core = benchCore(log);
const bundles = bundleSizes(join(ROOT, 'dist/chrome'));

const extensions = await prepareExtensions();
const server = await startGeneratedServer();
const browsers = {} as Record<Variant, Launched>;
let pageCost: Awaited<ReturnType<typeof benchPageCost>>;
let mutation: Awaited<ReturnType<typeof benchMutation>>[];
let popup: Awaited<ReturnType<typeof benchPopup>>;
let latency: Awaited<ReturnType<typeof benchLatency>>;
let scan: Awaited<ReturnType<typeof benchScan>>;
const profiles: ProfileSummary[] = [];
try {
  for (const v of VARIANTS) {
    browsers[v] = await launchWithExtension({ extensionDir: extensions.dirs[v] });
  }
  const ours = browsers['icp-lens'];
  pageCost = await benchPageCost(browsers, server, log, runs);
  for (const row of pageCost.filter((r) => !r.met))
    profiles.push(await profileLoad(ours, server, row.page.path));
  mutation = [await benchMutation(ours, server, log, false), await benchMutation(ours, server, log, true)];
  popup = await benchPopup(ours, server, log);
  latency = await benchLatency(ours, server, log);
  scan = await benchScan(ours, server, log);
} finally {
  for (const b of Object.values(browsers)) await b.close();
  await server.close();
  await extensions.remove();
}
const loadAfter = load();

const free = core.filter((r) => r.input === 'number-free');
const plain = core.filter((r) => r.input === 'no markers');
const budgets: Record<string, { target: string; value: unknown; result: string }> = {};
for (const row of pageCost) {
  budgets[`pageCost.${row.page.id}`] = {
    target: `≤ ${row.page.budget}× naive (CPU)`,
    value: round(row.ratio, 2),
    result: verdict(row.met),
  };
}
budgets.mutationCpu = {
  target: `≤ ${MUTATION_TARGET_MS} ms CPU`,
  value: mutation.map((m) => round(m.contentScript.cpuMs, 1)),
  result: verdict(mutation.every((m) => m.contentScript.cpuMs <= MUTATION_TARGET_MS)),
};
budgets.popupOverBarePage = {
  target: `≤ ${POPUP_TARGET_MS} ms`,
  value: round(popup.overBareMs, 1),
  result: verdict(popup.overBareMs <= POPUP_TARGET_MS),
};
budgets.navigationToBadge = {
  target: `≤ ${BADGE_TARGET_MS} ms median`,
  value: round(median(latency.badgeMs), 1),
  result: verdict(median(latency.badgeMs) <= BADGE_TARGET_MS),
};
budgets.parserNoMarkers = {
  target: `≥ ${CORE_TARGET_MB_S} MB/s`,
  value: round(median(plain.map((r) => r.mbPerS)), 1),
  result: verdict(median(plain.map((r) => r.mbPerS)) >= CORE_TARGET_MB_S),
};
budgets.parserNumberFree = {
  target: `≥ ${CORE_TARGET_MB_S} MB/s`,
  value: round(median(free.map((r) => r.mbPerS)), 1),
  result: verdict(median(free.map((r) => r.mbPerS)) >= CORE_TARGET_MB_S),
};
budgets.contentScriptSize = {
  target: `≤ ${CONTENT_SCRIPT_BUDGET / 1024} KB`,
  value: round(bundles.content.bytes / 1024, 1),
  result: verdict(bundles.content.bytes <= CONTENT_SCRIPT_BUDGET),
};

const ms = (n: number) => n.toFixed(1);
printTable(
  `Content script cost per page load (main-thread CPU ms from a trace, median of ${runs}, same run; wall clock in brackets)`,
  [
    'page',
    'ICP Lens',
    'naive innerText',
    'textContent floor',
    'floor + sendMessage',
    'ICP Lens / naive',
    'floor / naive',
    'sending / naive',
    'budget',
    '',
  ],
  pageCost.map((r) => [
    r.page.label,
    `${ms(r.median['icp-lens'].cpuMs)} (${ms(r.median['icp-lens'].wallMs)})`,
    `${ms(r.median.naive.cpuMs)} (${ms(r.median.naive.wallMs)})`,
    `${ms(r.median.floor.cpuMs)} (${ms(r.median.floor.wallMs)})`,
    `${ms(r.median.sending.cpuMs)} (${ms(r.median.sending.wallMs)})`,
    `${r.ratio.toFixed(2)}× (${r.wallRatio.toFixed(2)}×)`,
    `${r.floorRatio.toFixed(2)}×`,
    `${r.sendingRatio.toFixed(2)}×`,
    `≤ ${r.page.budget}×`,
    verdict(r.met),
  ]),
);
for (const p of profiles) {
  printTable(
    `Profile of a missed budget: ${p.path} (CPU samples with the content script on the stack: ${ms(p.oursMs)} ms; all GC in the window: ${ms(p.gcMs)} ms)`,
    ['self ms', 'frame'],
    p.top.map((l) => [l.selfMs.toFixed(2), l.frame]),
  );
}
printTable(
  'Content script, page mutating 50×/s for 10 s (main-thread ms from a trace: CPU, wall clock in brackets)',
  ['scenario', 'mutations', 'content script', 'page scripts'],
  mutation.map((m) => [
    m.scenario,
    m.mutations,
    `${ms(m.contentScript.cpuMs)} (${ms(m.contentScript.wallMs)})`,
    `${ms(m.pageScripts.cpuMs)} (${ms(m.pageScripts.wallMs)})`,
  ]),
);
const spread = (name: string, v: number[]) => [
  name,
  ms(median(v)),
  ms(Math.min(...v)),
  ms(Math.max(...v)),
  v.length,
];
printTable(
  'Latency (ms from navigation start)',
  ['what', 'median', 'min', 'max', 'runs'],
  [
    spread('popup → first licence shown', popup.firstLicenceMs),
    spread('  (bare popup shell loaded)', popup.bareLoadMs),
    spread('  (popup DOMContentLoaded)', popup.popupDclMs),
    spread('page → badge set', latency.badgeMs),
    spread('  (page DOMContentLoaded)', latency.pageDclMs),
    spread('  (page load)', latency.pageLoadMs),
  ],
);
printTable(
  'Secondary: collectPage alone, injected into the main world and timed in the page (median ms per scan)',
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
console.log(
  `\nmachine: ${cpus().length} cores, load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`,
);

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    loadavgBefore: loadBefore,
    loadavgAfter: loadAfter,
    node: process.version,
  },
  budgets,
  pageCost: pageCost.map((r) => ({
    page: r.page.label,
    path: r.page.path,
    budget: r.page.budget,
    medianMs: r.median,
    ratio: round(r.ratio, 3),
    floorRatio: round(r.floorRatio, 3),
    sendingRatio: round(r.sendingRatio, 3),
    wallRatio: round(r.wallRatio, 3),
    samplesCpuMs: Object.fromEntries(
      Object.entries(r.samples).map(([k, v]) => [k, v.map((x) => round(x.cpuMs, 2))]),
    ),
    samplesWallMs: Object.fromEntries(
      Object.entries(r.samples).map(([k, v]) => [k, v.map((x) => round(x.wallMs, 2))]),
    ),
  })),
  profiles,
  mutation,
  popup: {
    ...popup,
    firstLicenceMedianMs: median(popup.firstLicenceMs),
    bareLoadMedianMs: median(popup.bareLoadMs),
  },
  latency: { ...latency, badgeMedianMs: median(latency.badgeMs) },
  secondaryInPageScan: scan,
  core,
  bundles,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
// Formatted the way `npm run lint` expects, so the committed figures pass the lint.
execSync('npx biome format --write bench/results.json', { cwd: ROOT, stdio: 'ignore' });
console.log('\nwritten: bench/results.json');
