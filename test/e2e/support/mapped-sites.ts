// Real host names served from 127.0.0.1, for browser tests of what a page loads: the test browser
// maps each name to a local port with --host-resolver-rules and reaches it directly
// (--proxy-bypass-list), while everything else still goes to launch.ts's refusing proxy. A rule
// maps a name whatever the scheme, so each name is served over one: HTTPS (a self-signed
// certificate for every name) unless it is listed as plain HTTP. Both servers answer by the Host
// header; unknown hosts and paths get 404 and are recorded, so a test can tell exactly what was asked.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './tls.ts';

export interface Resource {
  type: string;
  body: string;
}

/** Host → path (without the query) → what it answers. */
export type SiteMap = Readonly<Record<string, Readonly<Record<string, Resource>>>>;

export interface Served {
  host: string;
  path: string;
  tls: boolean;
}

export interface MappedSites {
  /** Chromium flags that send the mapped names here. */
  args: string[];
  hosts: string[];
  /** Every request answered, in order. */
  served: Served[];
  /** Requests for a host or path the map does not have. */
  missing: Served[];
  close(): Promise<void>;
}

/** `plain`: the names served over plain HTTP (the others are HTTPS only). */
export async function startMappedSites(sites: SiteMap, plain: readonly string[] = []): Promise<MappedSites> {
  const hosts = Object.keys(sites);
  const served: Served[] = [];
  const missing: Served[] = [];
  const handler = (tls: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const found = sites[host]?.[path];
    (found ? served : missing).push({ host, path, tls });
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': found.type,
      'cache-control': 'no-store',
      // A font from another origin loads only with CORS.
      'access-control-allow-origin': '*',
    });
    res.end(found.body);
  };
  const http = createHttpServer(handler(false));
  const https = createHttpsServer(selfSignedCertificate(hosts), handler(true));
  const listen = (server: Server) =>
    new Promise<number>((done) =>
      server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
    );
  const ports = { http: await listen(http), https: await listen(https) };
  const portOf = (host: string) => (plain.includes(host) ? ports.http : ports.https);
  return {
    args: [
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${portOf(h)}`).join(', ')}`,
      `--proxy-bypass-list=${hosts.join(';')}`,
      '--ignore-certificate-errors',
    ],
    hosts,
    served,
    missing,
    close: async () => {
      for (const server of [http, https]) {
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
      }
    },
  };
}
