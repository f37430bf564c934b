// The command line on long lists, in process, against a server on 127.0.0.1: --jsonl streams each
// entry when it is done, --resume skips and appends, and fetching is polite (one request at a time
// per host, 429/503 retried after Retry-After, the User-Agent names the tool and its version).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { type CliIo, main } from '../../../src/cli/main.ts';

// The first scan loads happy-dom, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const PAGE = (n: number) =>
  `<!doctype html><meta charset="utf-8"><footer><a href="https://beian.miit.gov.cn/">京ICP备${String(12345670 + n)}号-1</a></footer>`;

let base = '';
let dir = '';
const seen: { url: string; host: string; ua: string }[] = [];
const inFlight = new Map<string, number>();
let peakPerHost = 0;
const tries = new Map<string, number>();
/** Requests to /held/… wait until `release()`. */
let releaseHeld: () => void = () => {};
let held = new Promise<void>((r) => {
  releaseHeld = r;
});

const pairHosts = new Set<string>();
let releasePair: () => void = () => {};
const pair = new Promise<void>((r) => {
  releasePair = r;
});

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? '/';
  const host = req.headers.host?.split(':')[0] ?? '';
  seen.push({ url, host, ua: req.headers['user-agent'] ?? '' });
  const n = (tries.get(url) ?? 0) + 1;
  tries.set(url, n);
  inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
  peakPerHost = Math.max(peakPerHost, inFlight.get(host) ?? 0);
  const html = (status: number, body: string, headers: Record<string, string> = {}) => {
    inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
  const m = /^\/(\w+)\/(\d+)/.exec(url);
  const kind = m?.[1];
  const id = Number(m?.[2] ?? 0);
  if (kind === 'held') await held;
  if (kind === 'pair') {
    // Answers only once both host names have asked: hosts are served side by side.
    pairHosts.add(host);
    if (pairHosts.size === 2) releasePair();
    await pair;
  }
  // Let a few requests overlap, so the per-host limit would show if it were broken.
  await new Promise((r) => setTimeout(r, 5));
  if (kind === 'busy' && n === 1) return html(429, 'slow down', { 'retry-after': '0' });
  if (kind === 'down' && n === 1)
    return html(503, 'later', { 'retry-after': new Date(Date.now() - 1000).toUTCString() });
  if (kind === 'never') return html(429, 'go away', { 'retry-after': '3600' });
  if (kind === 'always') return html(503, 'down');
  return html(200, PAGE(id));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'icp-lens-lists-'));
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async () => {
    releaseHeld();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(onLine?: (line: string) => void): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    cwd: dir,
    stdout: (text: string) => {
      captured.out += text;
      onLine?.(text);
    },
    stderr: (text: string) => {
      captured.err += text;
    },
    readStdin: async () => new Uint8Array(),
  };
  return captured;
}

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as { index: number; input: string; licences?: { number: string }[]; error?: string },
    );

describe('--jsonl', () => {
  it('writes each entry as soon as it is done, with its index', async () => {
    held = new Promise<void>((r) => {
      releaseHeld = r;
    });
    const inputs = [`http://${base}/held/0`, `http://localhost:${base.split(':')[1]}/page/1`];
    const out = io((text) => {
      // The second input's line arrives while the first is still held by the server.
      if (text.includes('"index":1')) releaseHeld();
    });
    expect(await main(['scan', '--jsonl', ...inputs], out)).toBe(0);
    const got = lines(out.out);
    expect(got.map((e) => e.index)).toEqual([1, 0]);
    expect(got[0]?.input).toBe(inputs[1]);
    expect(got[0]?.licences?.map((l) => l.number)).toEqual(['京ICP备12345671号-1']);
    expect(got[1]?.licences?.map((l) => l.number)).toEqual(['京ICP备12345670号-1']);
  });
});

describe('--resume', () => {
  it('skips what an earlier run wrote and appends the rest', async () => {
    const list = Array.from({ length: 6 }, (_, i) => `http://${base}/page/${100 + i}`);
    writeFileSync(join(dir, 'list.txt'), `${list.join('\n')}\n`);
    // An earlier run that was cut off after two inputs, in the middle of a third line.
    const first = io();
    expect(await main(['scan', '--jsonl', list[0] as string, list[3] as string], first)).toBe(0);
    const earlier = lines(first.out).map((e, i) => ({ ...e, index: [0, 3][i] }));
    writeFileSync(
      join(dir, 'out.jsonl'),
      `${earlier.map((e) => JSON.stringify(e)).join('\n')}\n{"index":1,"input":"${list[1]}","lic`,
    );
    const before = seen.length;
    const run = io();
    expect(await main(['scan', '--input', 'list.txt', '--resume', 'out.jsonl'], run)).toBe(0);
    expect(run.out).toBe('');
    expect(run.err).toContain('out.jsonl: removed a cut-off last line');
    const fetched = seen.slice(before).map((s) => s.url);
    expect(fetched.sort()).toEqual([1, 2, 4, 5].map((i) => `/page/${100 + i}`));
    const all = lines(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    expect(all.map((e) => e.index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(all.map((e) => e.input).sort()).toEqual([...list].sort());
    // A second resume has nothing left to do.
    const again = io();
    const count = seen.length;
    expect(await main(['scan', '--input', 'list.txt', '--resume', 'out.jsonl'], again)).toBe(0);
    expect(seen.length).toBe(count);
  });
});

describe('polite fetching', () => {
  it('asks one host one thing at a time whatever --concurrency, and several hosts at once', async () => {
    peakPerHost = 0;
    const port = base.split(':')[1];
    const urls = Array.from({ length: 8 }, (_, i) =>
      i % 2 ? `http://${base}/pair/${200 + i}` : `http://localhost:${port}/pair/${200 + i}`,
    );
    const out = io();
    expect(await main(['scan', '--json', '--concurrency', '8', ...urls], out)).toBe(0);
    expect(peakPerHost).toBe(1);
    expect(pairHosts.size).toBe(2);
    expect(JSON.parse(out.out).map((e: { input: string }) => e.input)).toEqual(urls);
  });

  it('names itself and its version in the User-Agent', () => {
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) expect(s.ua).toBe(`icp-lens/${pkg.version} (command line)`);
  });

  it('retries 429 and 503 after Retry-After (seconds or an HTTP date)', async () => {
    const out = io();
    const urls = [`http://${base}/busy/300`, `http://${base}/down/301`];
    expect(await main(['scan', '--jsonl', ...urls], out)).toBe(0);
    expect(tries.get('/busy/300')).toBe(2);
    expect(tries.get('/down/301')).toBe(2);
    expect(
      lines(out.out)
        .map((e) => e.licences?.[0]?.number)
        .sort(),
    ).toEqual(['京ICP备12345970号-1', '京ICP备12345971号-1']);
  });

  it('does not wait an hour when asked to', async () => {
    const out = io();
    const url = `http://${base}/never/400`;
    expect(await main(['scan', '--jsonl', url], out)).toBe(1);
    expect(tries.get('/never/400')).toBe(1);
    const [entry] = lines(out.out);
    expect(entry?.error).toBe(
      `cannot fetch ${url}: HTTP 429 Too Many Requests (Retry-After asks for 3600 s, more than the 120 s icp-lens waits)`,
    );
    expect(out.err).toContain(entry?.error);
  });

  it('does not retry with --retries 0', async () => {
    const out = io();
    const url = `http://${base}/always/401`;
    expect(await main(['scan', '--jsonl', '--retries', '0', url], out)).toBe(1);
    expect(tries.get('/always/401')).toBe(1);
    expect(lines(out.out)[0]?.error).toBe(`cannot fetch ${url}: HTTP 503 Service Unavailable`);
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const out = io();
    expect(await main(['--version'], out)).toBe(0);
    expect(out.out).toBe(`icp-lens ${pkg.version}\n`);
  });
});
