// Pages at real-looking host names for the command line's tests, with no DNS asked: a server on
// 127.0.0.1 serves each name's page under /<name>/, and globalThis.fetch is pointed at it for the
// named hosts only (the response keeps the URL that was asked for, as after a real fetch of that
// name). Restore with close(); other URLs are fetched as usual.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NamedHosts {
  close(): Promise<void>;
}

/** Host name → the HTML it serves. */
export async function serveNamedHosts(pages: Readonly<Record<string, string>>): Promise<NamedHosts> {
  const server = createServer((req, res) => {
    const html = pages[(req.url ?? '').split('/')[1] ?? ''];
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const originalFetch = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (!(url.hostname in pages)) return originalFetch(input, init);
    const asked = url.href;
    url.pathname = `/${url.hostname}${url.pathname}`;
    url.protocol = 'http:';
    url.hostname = '127.0.0.1';
    url.port = String(port);
    return originalFetch(url, init).then((response) => {
      Object.defineProperty(response, 'url', { value: asked });
      return response;
    });
  }) as typeof fetch;
  return {
    async close() {
      globalThis.fetch = originalFetch;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
