// parseHtml must never run page code or touch the network.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/document.ts';

let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('window.__ran = true;');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('parseHtml', () => {
  it('runs no script and loads no resource', async () => {
    const html = `<!doctype html><html><head>
      <meta http-equiv="refresh" content="0; url=${base}/refresh">
      <title>original</title>
      <script src="${base}/script.js"></script>
      <script type="module" src="${base}/module.js"></script>
      <link rel="stylesheet" href="${base}/style.css">
      <link rel="preload" as="fetch" href="${base}/preload">
      <script>document.title = 'changed'; fetch('${base}/inline-fetch');</script>
      </head><body onload="document.title='onload'">
      <img src="${base}/image.png"><iframe src="${base}/frame.html"></iframe>
      <object data="${base}/object"></object><embed src="${base}/embed">
      <video src="${base}/video.mp4"></video>
      <footer><a href="/beian?code=1">link</a></footer>
      </body></html>`;
    const page = parseHtml(html, `${base}/dir/page.html`);
    try {
      const doc = page.document;
      expect(doc.title).toBe('original');
      expect(doc.querySelector('footer a')?.getAttribute('href')).toBe('/beian?code=1');
      expect((doc.querySelector('footer a') as HTMLAnchorElement).href).toBe(`${base}/beian?code=1`);
      expect(doc.location.href).toBe(`${base}/dir/page.html`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(doc.title).toBe('original');
    } finally {
      await page.close();
    }
    expect(hits).toEqual([]);
  });

  it('parses a document without a base URL', async () => {
    const page = parseHtml('<p>京ICP备12345678号</p>', null);
    try {
      expect(page.document.body.textContent).toBe('京ICP备12345678号');
    } finally {
      await page.close();
    }
  });
});

describe('source templates', () => {
  it('reads the content of <template> wrappers (Vue single-file components, v-if)', async () => {
    const page = parseHtml(
      '<template><footer><template v-if="cn"><a>京ICP备15012345号-1</a></template><span>备案</span></footer></template>',
      null,
    );
    try {
      expect(page.document.querySelector('template')).toBeNull();
      expect(page.document.querySelector('footer a')?.textContent).toBe('京ICP备15012345号-1');
    } finally {
      await page.close();
    }
  });

  it('reads a stray < as text, as browsers do', async () => {
    const page = parseHtml('<p>新出网证 <京> 字011号</p>', null);
    try {
      expect(page.document.querySelector('p')?.textContent).toBe('新出网证 <京> 字011号');
    } finally {
      await page.close();
    }
  });
});
