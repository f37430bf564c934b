// A long list through the installed command line (issue 14): 10,000 URLs on 2,000 host names
// (site-NNNN.test, mapped to 127.0.0.1 by bench/support/loopback-dns.mjs; nothing else resolves),
// five pages per host, served by one local server; 1 in 100 pages first answers 429 with
// Retry-After: 0, 1 in 200 is a 404. Runs `icp-lens scan --jsonl --input list.txt` (default
// --concurrency unless given) as a process
// with its output in a file and reports throughput and the process's peak resident memory
// (target: at most 250 MB). Checks that every input has exactly one line.
//   npx tsx bench/long-list.ts [--inputs n] [--concurrency n] [--kb n]   (also npm run bench:package)
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONCURRENCY } from '../src/cli/args.ts';
import { cleanEnv, type Installed, packAndInstall, ROOT } from '../test/package/install.ts';
import { measured, writeResults } from './package-results.ts';
import { round } from './stats.ts';
import { printTable } from './table.ts';

export const MEMORY_TARGET_MB = 250;
const PAGES_PER_HOST = 5;
const PROVINCES = ['京', '沪', '粤', '浙', '苏', '川', '鄂', '闽'];

function page(n: number, kb: number): string {
  const p = PROVINCES[n % PROVINCES.length];
  const filler: string[] = [];
  for (let i = 0, size = 0; size < kb * 1024; i++) {
    const line = `<p>第${i}段 产品介绍 Lorem ipsum dolor sit amet, consectetur adipiscing elit ${n}-${i}</p>\n`;
    filler.push(line);
    size += Buffer.byteLength(line);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Site ${n}</title></head><body>
<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/p${i}">栏目${i}</a>`).join(' ')}</nav>
<main>${filler.join('')}</main>
<footer><p>© 2026 站点 ${n} 有限公司</p><a href="https://beian.miit.gov.cn/">${p}ICP备${String(20_000_000 + n)}号-1</a>
<a href="https://beian.mps.gov.cn/">京公网安备1101050${String(2_000_000 + (n % 1_000_000))}号</a></footer></body></html>`;
}

export async function benchLongList(
  installed: Installed,
  { inputs = 10_000, concurrency = DEFAULT_CONCURRENCY, kb = 16 } = {},
) {
  const hosts = Math.ceil(inputs / PAGES_PER_HOST);
  const tries = new Map<number, number>();
  let requests = 0;
  let limited = 0;
  const server = createServer((req, res) => {
    requests++;
    const n = Number(/^\/p\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    const t = (tries.get(n) ?? 0) + 1;
    tries.set(n, t);
    if (n < 0 || n % 200 === 199)
      return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
    if (n % 100 === 42 && t === 1) {
      limited++;
      return void res.writeHead(429, { 'retry-after': '0', 'content-type': 'text/html' }).end('slow down');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(n, kb));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const list = Array.from(
    { length: inputs },
    (_, n) => `http://site-${String(n % hosts).padStart(5, '0')}.test:${port}/p/${n}`,
  );
  const listFile = join(installed.dir, 'list.txt');
  const outFile = join(installed.dir, 'out.jsonl');
  const rssFile = join(installed.dir, 'max-rss.txt');
  writeFileSync(listFile, `${list.join('\n')}\n`);
  const out = openSync(outFile, 'w');
  const preload = join(ROOT, 'bench/support/loopback-dns.mjs');
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      installed.bin,
      ['scan', '--jsonl', '--concurrency', String(concurrency), '--input', 'list.txt'],
      {
        cwd: installed.dir,
        env: { ...cleanEnv(), NODE_OPTIONS: `--import=${preload}`, ICP_LENS_MAX_RSS_FILE: rssFile },
        stdio: ['ignore', out, 'ignore'],
      },
    );
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(out);
  server.closeAllConnections();
  server.close();

  const lines = readFileSync(outFile, 'utf8').split('\n').filter(Boolean);
  const seen = new Set<number>();
  let errors = 0;
  let licences = 0;
  for (const line of lines) {
    const entry = JSON.parse(line) as { index: number; error?: string; licences?: unknown[] };
    seen.add(entry.index);
    if (entry.error) errors++;
    licences += entry.licences?.length ?? 0;
  }
  const peakMb = round(Number(readFileSync(rssFile, 'utf8')) / 1024, 1);
  const expectedErrors = list.filter((_, n) => n % 200 === 199).length;
  const complete = lines.length === inputs && seen.size === inputs && errors === expectedErrors;
  return {
    inputs,
    hosts,
    concurrency,
    pageKb: kb,
    exitCode: code,
    seconds: round(seconds, 1),
    inputsPerSecond: round(inputs / seconds, 1),
    peakRssMb: peakMb,
    requests,
    answered429: limited,
    errors,
    licences,
    complete,
    budget: {
      target: `≤ ${MEMORY_TARGET_MB} MB peak RSS`,
      value: peakMb,
      result: peakMb <= MEMORY_TARGET_MB && complete ? 'met' : 'MISSED',
    },
  };
}

export function printLongList(r: Awaited<ReturnType<typeof benchLongList>>) {
  printTable(
    `Long list: ${r.inputs} URLs on ${r.hosts} local host names, --jsonl, --concurrency ${r.concurrency}, ~${r.pageKb} KB pages`,
    [
      'seconds',
      'inputs/s',
      'peak RSS MB',
      'requests',
      '429 answered',
      'errors (404)',
      'licences',
      'one line each',
    ],
    [
      [
        r.seconds,
        r.inputsPerSecond,
        r.peakRssMb,
        r.requests,
        r.answered429,
        r.errors,
        r.licences,
        r.complete ? 'yes' : 'NO',
      ],
    ],
  );
  console.log(`budget ${r.budget.target}: ${r.budget.value} MB ${r.budget.result}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const installed = packAndInstall();
  try {
    const result = await measured(() =>
      benchLongList(installed, {
        inputs: arg('--inputs', 10_000),
        concurrency: arg('--concurrency', DEFAULT_CONCURRENCY),
        kb: arg('--kb', 16),
      }),
    );
    printLongList(result);
    writeResults({ longList: result });
  } finally {
    installed.remove();
  }
}
