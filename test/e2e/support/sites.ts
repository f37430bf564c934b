// Several local "websites" on 127.0.0.1 for the history and batch tests, told apart by host name.
// Chromium maps *.example to 127.0.0.1 (SITE_ARGS), so the pages have real-looking domains; one
// name does not resolve, one port refuses connections, one server never answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** "粤ICP备17036581号" in GBK, to prove the batch page decodes it. */
const GBK_FOOTER = Buffer.from('d4c1494350b1b83137303336353831bac5', 'hex');

const page = (footer: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><main>hello</main><footer>${footer}</footer></body></html>`;

const PAGES: Record<string, string> = {
  'beijing.example': page(
    '<a href="https://beian.miit.gov.cn/">京ICP备16045689号-1</a> <a href="https://beian.mps.gov.cn/">京公网安备11010502038816号</a>',
  ),
  'shanghai.example': page('<a href="https://beian.miit.gov.cn/">沪ICP备17036581号</a>'),
  'commercial.example': page('<a href="https://beian.miit.gov.cn/">粤ICP证030173号</a> 粤B2-20090059'),
  'plain.example': page('© 2026 Plain Ltd.'),
  // The filing subject of beijing.example (another site of it), with its operator printed.
  'operator.example': page(
    '主办单位：北京某某科技有限公司 <a href="https://beian.miit.gov.cn/">京ICP备16045689号-3</a>',
  ),
};

/** The local sites' URLs: 127.0.0.1 itself and the *.example names mapped to it. */
export function isLocalSite(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname.endsWith('.example');
}

export const SITE_ARGS = [
  '--host-resolver-rules=MAP nowhere.example ~NOTFOUND, MAP *.example 127.0.0.1',
  '--proxy-bypass-list=*.example',
];

export interface Sites {
  /** http://<name>.example:<port>/ for a named site (or any other host name on the main server). */
  url(host: string, path?: string): string;
  slowUrl(host: string): string;
  refusedUrl: string;
  /** How many requests the slow server has open right now. */
  slowOpen(): number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

export async function startSites(): Promise<Sites> {
  const main = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (host === 'fail.example')
      return void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>oops</h1>');
    if (host === 'json.example')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
    if (host === 'loop.example') return void res.writeHead(302, { location: `/again${path.length}` }).end();
    if (host === 'gbk.example') {
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      return void res.end(
        Buffer.concat([
          Buffer.from('<html><body><footer>'),
          GBK_FOOTER,
          Buffer.from('</footer></body></html>'),
        ]),
      );
    }
    const html = PAGES[host];
    if (!html) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such site');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  const open = new Set<() => void>();
  const slow = createServer((_req, res) => {
    // Never answers: the batch page's timeout or cancel has to end the request.
    const end = () => res.destroy();
    open.add(end);
    res.on('close', () => open.delete(end));
  });
  const refused = createServer();
  const [mainPort, slowPort, refusedPort] = await Promise.all([listen(main), listen(slow), listen(refused)]);
  await new Promise<void>((done) => refused.close(() => done()));
  return {
    url: (host, path = '/') => `http://${host}:${mainPort}${path}`,
    slowUrl: (host) => `http://${host}:${slowPort}/`,
    refusedUrl: `http://closed.example:${refusedPort}/`,
    slowOpen: () => open.size,
    async close() {
      for (const end of open) end();
      for (const server of [main, slow]) {
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
      }
    },
  };
}
