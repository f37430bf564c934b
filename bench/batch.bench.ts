// Batch throughput (issue #5): 50 local sites checked at concurrency 4 by the extension's batch page
// (real Chromium, fetch + DOMParser + collectPage + analysePage), and by `icp-lens scan --input` on
// the same 50 URLs (as a process, and in-process without Node/tsx start-up). Not part of the tests.
//   npx tsx bench/batch.bench.ts [--latency <ms>] [--runs <n>] [--no-build]
import { execFile, execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../src/cli/main.ts';
import { launchWithExtension, ROOT } from '../test/e2e/support/launch.ts';
import { median, round } from './stats.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SITES = 50;
const CONCURRENCY = 4;
const LATENCY_MS = arg('--latency', 0);
const RUNS = arg('--runs', 3);
const PROVINCES = ['京', '沪', '粤', '浙', '苏', '川', '鄂', '闽'];

/** A home page of about 60 KB: navigation, paragraphs, and a footer with an ICP and a PSB number. */
function homePage(n: number): string {
  const filler = Array.from(
    { length: 120 },
    (_, i) =>
      `<p>第${i}段 Lorem ipsum dolor sit amet, consectetur adipiscing elit, 产品介绍 ${n * 1000 + i}</p>`,
  ).join('\n');
  const p = PROVINCES[n % PROVINCES.length];
  const icp = `${p}ICP备${String(20_000_000 + n * 7919)}号-1`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Site ${n}</title></head><body>
<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/p${i}">栏目${i}</a>`).join(' ')}</nav>
<main>${filler}</main>
<footer><p>© 2026 Site ${n} 有限公司</p><a href="https://beian.miit.gov.cn/">${icp}</a>
<a href="https://beian.mps.gov.cn/">京公网安备1101050${String(2_000_000 + n)}号</a></footer></body></html>`;
}

const server = createServer((req, res) => {
  const n = Number(/^\/site-(\d+)\//.exec(req.url ?? '')?.[1] ?? -1);
  const send = () =>
    n >= 0 && n < SITES
      ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(homePage(n))
      : res.writeHead(404).end();
  if (LATENCY_MS > 0) setTimeout(send, LATENCY_MS);
  else send();
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const urls = Array.from({ length: SITES }, (_, n) => `${origin}/site-${n}/`);
const listFile = join(mkdtempSync(join(tmpdir(), 'icp-lens-batch-bench-')), 'sites.txt');
writeFileSync(listFile, `${urls.join('\n')}\n`);

if (!process.argv.includes('--no-build'))
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

// Extension: the batch page, as a user runs it.
const ext = await launchWithExtension();
const extensionMs: number[] = [];
let extensionRead = 0;
try {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/batch/index.html`);
  for (let run = 0; run < RUNS + 1; run++) {
    await page.fill('[data-testid=list]', urls.join('\n'));
    const start = performance.now();
    await page.click('[data-testid=start]');
    await page.locator('[data-testid=progress-text][data-phase=done]').waitFor({ timeout: 120_000 });
    const ms = performance.now() - start;
    if (run > 0) extensionMs.push(ms); // the first run warms up the page and the JIT
    extensionRead = await page.locator('[data-testid=result-row] .sites__number').count();
    await page.reload();
  }
} finally {
  await ext.close();
}

// --per-host: the 50 sites share 127.0.0.1, and the batch page has no per-host limit either.
const PARALLEL = String(CONCURRENCY);
const SCAN_ARGS = ['scan', '--json', '--concurrency', PARALLEL, '--per-host', PARALLEL, '--input', listFile];

// Command line, in-process: the same work without process start-up.
const inProcessMs: number[] = [];
let cliOut = '';
for (let run = 0; run < RUNS; run++) {
  let out = '';
  const start = performance.now();
  await main(SCAN_ARGS, {
    stdout: (text) => {
      out += text;
    },
    stderr: () => {},
    readStdin: async () => new Uint8Array(0),
    cwd: ROOT,
  });
  inProcessMs.push(performance.now() - start);
  cliOut = out;
}
const cliRead = (JSON.parse(cliOut) as Array<{ licences?: unknown[] }>).reduce(
  (sum, r) => sum + (r.licences?.length ?? 0),
  0,
);

// Command line as a process, as a user runs it (includes Node and tsx start-up).
const processMs: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  // Asynchronous: the sites are served by this process, so it must not block.
  await promisify(execFile)(process.execPath, ['bin/icp-lens.mjs', ...SCAN_ARGS], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  processMs.push(performance.now() - start);
}
server.close();

const line = (what: string, ms: number[], numbers: number) =>
  `${what.padEnd(44)} ${String(round(median(ms), 0)).padStart(6)} ms  ${String(round((SITES * 1000) / median(ms), 1)).padStart(6)} sites/s  (${numbers} numbers read)`;
console.log(
  `\n${SITES} local sites (~60 KB each), concurrency ${CONCURRENCY}, server latency ${LATENCY_MS} ms, median of ${RUNS}`,
);
console.log(line('extension batch page (Chromium)', extensionMs, extensionRead));
console.log(line('icp-lens scan --input (in-process)', inProcessMs, cliRead));
console.log(line('icp-lens scan --input (process, with start-up)', processMs, cliRead));
