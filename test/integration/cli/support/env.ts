// Temporary files and a 127.0.0.1 HTTP server for the command-line tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { FOOTER_PAGE, GBK_FOOTER_BYTES, PLAIN_PAGE } from './fixtures.ts';

export interface TestEnv {
  /** Temporary directory with footer.html, plain.html and gbk.html. */
  dir: string;
  /** http://127.0.0.1:PORT serving /footer, /redirect, /gbk, /data.json, /slowish, /slow and 404 otherwise. */
  base: string;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled in before the tests run. */
export function useTestEnv(): TestEnv {
  const env: TestEnv = { dir: '', base: '' };
  let server: Server;
  beforeAll(async () => {
    env.dir = mkdtempSync(join(tmpdir(), 'icp-lens-cli-'));
    writeFileSync(join(env.dir, 'footer.html'), FOOTER_PAGE);
    writeFileSync(join(env.dir, 'plain.html'), PLAIN_PAGE);
    writeFileSync(join(env.dir, 'gbk.html'), GBK_FOOTER_BYTES);
    server = createServer((req, res) => {
      switch (req.url) {
        case '/footer':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FOOTER_PAGE);
          break;
        case '/redirect':
          res.writeHead(302, { location: '/footer' }).end();
          break;
        case '/gbk':
          res.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(GBK_FOOTER_BYTES);
          break;
        case '/data.json':
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"icp":"京ICP备12345678号-1"}');
          break;
        case '/slowish':
          // Answers after the others, so a test can see that output keeps input order.
          setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PLAIN_PAGE), 400);
          break;
        case '/slow':
          // Never answers; the client must give up on its own.
          break;
        default:
          res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    env.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(env.dir, { recursive: true, force: true });
  });
  return env;
}

export type Entry = {
  input: string;
  error?: string;
  licences?: Array<Record<string, unknown>>;
  hints?: unknown[];
  operators?: Array<Record<string, unknown>>;
};

export function parseJson(stdout: string): Entry[] {
  const parsed: unknown = JSON.parse(stdout);
  expect(Array.isArray(parsed)).toBe(true);
  return parsed as Entry[];
}
