// Static fixture server on 127.0.0.1 with an ephemeral port. Serves test/e2e/pages (or any folder).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  /** Every path requested, in order. */
  served: string[];
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<FixtureServer> {
  const base = resolve(root);
  const served: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    served.push(path);
    const file = normalize(join(base, decodeURIComponent(path === '/' ? '/index.html' : path)));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return listenLocal(server, served);
}

/** Listens on 127.0.0.1 with an ephemeral port and wraps `server` as a FixtureServer. */
export async function listenLocal(server: Server, served: string[]): Promise<FixtureServer> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    served,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
