// The batch page's fetch against local servers: HTML in UTF-8 and GBK, HTTP errors, non-HTML, a slow
// server, too large, refused, cancel; and the run keeps order and partial results.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFromNet, fetchPage } from '../../../src/batch/fetch-page.ts';
import { runBatch } from '../../../src/batch/run.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import { parseUrlList } from '../../../src/net/url-list.ts';

const GBK_PAGE = Buffer.concat([
  Buffer.from('<html><head><meta charset="gbk"></head><body><footer>'),
  // "京ICP备16045689号" in GBK
  Buffer.from([0xbe, 0xa9]),
  Buffer.from('ICP'),
  Buffer.from([0xb1, 0xb8]),
  Buffer.from('16045689'),
  Buffer.from([0xba, 0xc5]),
  Buffer.from('</footer></body></html>'),
]);

let server: Server;
let origin = '';
const hanging: Array<() => void> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<footer>京ICP备16045689号</footer>');
        return;
      case '/gbk':
        res.writeHead(200, { 'content-type': 'text/html' }).end(GBK_PAGE);
        return;
      case '/500':
        res.writeHead(500).end('no');
        return;
      case '/json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(3000)}</p>`);
        return;
      case '/slow':
        hanging.push(() => res.end());
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const end of hanging) end();
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

describe('fetchPage', () => {
  it('reads UTF-8 and GBK pages', async () => {
    const ok = await fetchPage(`${origin}/ok`, { timeoutMs: 5000 });
    expect(ok).toMatchObject({ ok: true, url: `${origin}/ok` });
    const gbk = await fetchPage(`${origin}/gbk`, { timeoutMs: 5000 });
    expect(gbk.ok && gbk.html).toContain('京ICP备16045689号');
  });

  it('names HTTP errors, non-HTML, too large and timeouts', async () => {
    expect(await fetchPage(`${origin}/500`, { timeoutMs: 5000 })).toEqual({
      ok: false,
      error: { code: 'http', status: 500 },
    });
    expect(await fetchPage(`${origin}/json`, { timeoutMs: 5000 })).toEqual({
      ok: false,
      error: { code: 'not-html', type: 'application/json' },
    });
    expect(await fetchPage(`${origin}/big`, { timeoutMs: 5000, maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    expect(await fetchPage(`${origin}/slow`, { timeoutMs: 200 })).toEqual({
      ok: false,
      error: { code: 'timeout', seconds: 0.2 },
    });
  });

  it('uses the browser error name when fetch only says it failed', async () => {
    const refused = await fetchPage('http://127.0.0.1:1/', {
      timeoutMs: 5000,
      netError: async () => 'net::ERR_CONNECTION_REFUSED',
    });
    expect(refused).toEqual({ ok: false, error: { code: 'refused' } });
    expect(errorFromNet('net::ERR_NAME_NOT_RESOLVED')).toEqual({ code: 'dns' });
    expect(errorFromNet('net::ERR_TOO_MANY_REDIRECTS')).toEqual({ code: 'redirects' });
    expect(errorFromNet('net::ERR_SSL_PROTOCOL_ERROR')).toEqual({
      code: 'network',
      detail: 'ERR_SSL_PROTOCOL_ERROR',
    });
  });
});

describe('runBatch', () => {
  it('keeps order, marks invalid lines and keeps what was done before a cancel', async () => {
    const { lines } = parseUrlList(`${origin}/ok\nnot a site\n${origin}/slow\n${origin}/500`);
    const abort = new AbortController();
    const seen: string[] = [];
    const rows = await runBatch(lines, {
      concurrency: 1,
      timeoutMs: 10_000,
      signal: abort.signal,
      // The slow page hangs until cancelled; cancel as soon as it is running.
      onRow: (_i, row) => {
        seen.push(`${row.input}:${row.state}`);
        if (row.state === 'running' && row.url?.endsWith('/slow')) abort.abort();
      },
      scan: (html) => analysePage([{ text: html, region: 'footer', id: 0 }], [], false),
    });
    expect(rows.map((r) => r.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(rows[0]?.report?.licences[0]?.number).toBe('京ICP备16045689号');
    expect(rows[1]?.error).toEqual({ code: 'invalid' });
    expect(rows[2]?.error).toEqual({ code: 'cancelled' });
    expect(rows[3]?.error).toEqual({ code: 'cancelled' });
    expect(seen).toContain(`${origin}/slow:running`);
  });
});
