// Pages generated on request, for the hostile-page browser tests and `npm run bench`: nothing big is
// committed. Each page is built from its query string, e.g. /gen/prose?nodes=20000.
import { createServer, type Server } from 'node:http';
import { type FixtureServer, listenLocal } from './server.ts';

export const FOOTER_NUMBERS = ['京ICP备16045689号-1', '京公网安备11010502038816号'] as const;

const FOOTER = `<footer class="site-footer"><p>© 2026 示例公司 版权所有 <a href="https://beian.miit.gov.cn/">${FOOTER_NUMBERS[0]}</a></p><p>${FOOTER_NUMBERS[1]}</p></footer>`;

/** A page timer the tests read to see that the page's main thread keeps running. */
const TICKER = '<script>window.__ticks = 0; setInterval(() => { window.__ticks++; }, 50);</script>';

function page(body: string, head = '', lang = 'zh-CN'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>generated</title>${head}</head><body>${body}</body></html>`;
}

const PROSE = [
  '我们提供优质的产品和服务，',
  '欢迎联系我们。',
  '新闻中心 最新动态 ',
  '关于我们 用户协议 ',
  'Lorem ipsum dolor sit amet, ',
];

/**
 * About `nodes` DOM nodes (elements and text) of ordinary content, ten per item, then the footer.
 * One item in fifty mentions a certificate (证书), a common word the marker pre-filter must reject,
 * as on real pages.
 */
export function prosePage(nodes: number, footer = true): string {
  return page(`<main>${proseItems(nodes)}</main>${footer ? FOOTER : ''}`);
}

function proseItems(nodes: number): string {
  const items: string[] = [];
  for (let i = 0; i < Math.ceil(nodes / 10); i++) {
    const text = PROSE[i % PROSE.length];
    const marked = i % 50 === 7 ? '资质证书 2024 ' : '';
    items.push(
      `<div class="item"><h3>标题 ${i}</h3><p>${text}<a href="/item/${i}">详情</a>${marked}${text}<span>${i}</span></p></div>`,
    );
  }
  return items.join('');
}

const ENGLISH = [
  'We build quality products and services for people all over the world, ',
  'and we are always happy to hear from you. ',
  'Latest news and stories from our team. ',
  'About us, terms of use and privacy. ',
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ',
];

/** About `nodes` DOM nodes of an English page with no licence number and no marker at all. */
export function englishPage(nodes: number): string {
  const items: string[] = [];
  for (let i = 0; i < Math.ceil(nodes / 10); i++) {
    const text = ENGLISH[i % ENGLISH.length];
    items.push(
      `<div class="item"><h3>Title ${i}</h3><p>${text}<a href="/item/${i}">more</a>${text}<span>${i}</span></p></div>`,
    );
  }
  const footer =
    '<footer class="site-footer"><p>© 2026 Example Ltd. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>';
  return page(`<main>${items.join('')}</main>${footer}`, '', 'en');
}

/** Mutates the page `rate` times a second for `seconds` (forever when 0), never adding a number. */
export function mutatingPage(rate: number, seconds: number, footer = false): string {
  const script = `<script>
    const list = document.getElementById('feed');
    let n = 0;
    const stopAt = ${seconds} > 0 ? performance.now() + ${seconds * 1000} : Infinity;
    const timer = setInterval(() => {
      if (performance.now() > stopAt) { clearInterval(timer); window.__mutationsDone = true; return; }
      const li = document.createElement('li');
      li.textContent = n % 10 === 3 ? '新的许可 ' + n : '第 ' + n + ' 条动态';
      list.prepend(li);
      if (list.childElementCount > 50) list.lastElementChild.remove();
      window.__mutations = ++n;
    }, ${Math.round(1000 / rate)});
  </script>`;
  return page(`${TICKER}<ul id="feed"></ul><main>${proseItems(200)}</main>${footer ? FOOTER : ''}${script}`);
}

/**
 * One text node of `mb` megabytes (markers scattered through it), then the footer. The node is in a
 * hidden element: laying out 50 MB of text takes Chromium itself longer than any test should wait,
 * and hidden text is read all the same.
 */
export function hugeTextPage(mb: number): string {
  // 许可 (as in 未经许可, "without permission") is a marker but no number: many windows, then the cap.
  const chunk = `${'lorem ipsum dolor sit amet '.repeat(40)}未经许可 `;
  const text = chunk.repeat(Math.ceil((mb * 1024 * 1024) / chunk.length));
  return page(`${TICKER}<div hidden>${text}</div>${FOOTER}`);
}

/** `count` nodes: half elements, half text, in one flat list, then the footer. */
export function manyNodesPage(count: number): string {
  return page(`${TICKER}<div>${'<i>x</i>'.repeat(Math.ceil(count / 2))}</div>${FOOTER}`);
}

/**
 * `depth` nested elements built by a page script (the HTML parser would flatten nesting beyond 512),
 * with an ICP number at the bottom and no footer, so it has to be found by the body walk. Hidden:
 * Chromium's own layout crashes the tab on a visible tree this deep.
 */
export function deepPage(depth: number): string {
  const script = `<script>
    let el = document.getElementById('root');
    for (let i = 0; i < ${depth}; i++) { const d = document.createElement(i % 2 ? 'div' : 'span'); el.appendChild(d); el = d; }
    el.textContent = '${FOOTER_NUMBERS[0]}';
  </script>`;
  return page(`${TICKER}<div id="root" hidden></div>${script}`);
}

/**
 * Attributes of `mb` megabytes: a title and alt text full of markers, a class, a data attribute, and
 * a 1 MB link target (Chromium caps URLs at 2 MB). The image loads, so its alt text is not laid out.
 * Chromium itself takes over 30 s to load a page with 5 MB attributes, so the tests use 1 MB.
 */
export function hugeAttributesPage(mb: number): string {
  const size = mb * 1024 * 1024;
  // Digits but no valid number: every window of it is a candidate block, up to the block cap.
  const title = '证书ICP备1234 '.repeat(Math.ceil(size / 20));
  const cls = `footer${'x'.repeat(size)}`;
  const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  return page(
    `${TICKER}<div title="${title}" class="${cls}" data-x="${title}"><img alt="${title}" src="${gif}"></div><a href="https://beian.miit.gov.cn/?code=${'1'.repeat(1024 * 1024)}">备案</a>${FOOTER}`,
  );
}

/** `count` iframes, each with a footer of its own (content scripts stay in the top frame). */
export function iframesPage(count: number, origin: string): string {
  const frames = Array.from(
    { length: count },
    (_, i) => `<iframe src="${origin}/gen/prose?nodes=50&i=${i}" width="40" height="20"></iframe>`,
  );
  return page(`${TICKER}${frames.join('')}${FOOTER}`);
}

type Route = (query: URLSearchParams, origin: string) => string;

const ROUTES: Record<string, Route> = {
  prose: (q) => prosePage(Number(q.get('nodes') ?? 2000), q.get('footer') !== '0'),
  english: (q) => englishPage(Number(q.get('nodes') ?? 20_000)),
  mutating: (q) =>
    mutatingPage(Number(q.get('rate') ?? 50), Number(q.get('seconds') ?? 10), q.get('footer') === '1'),
  'huge-text': (q) => hugeTextPage(Number(q.get('mb') ?? 50)),
  'many-nodes': (q) => manyNodesPage(Number(q.get('count') ?? 1_000_000)),
  deep: (q) => deepPage(Number(q.get('depth') ?? 10_000)),
  'huge-attributes': (q) => hugeAttributesPage(Number(q.get('mb') ?? 1)),
  iframes: (q, origin) => iframesPage(Number(q.get('count') ?? 100), origin),
};

/** Serves /gen/<route>?… on 127.0.0.1 with an ephemeral port; same shape as the fixture server. */
export async function startGeneratedServer(): Promise<FixtureServer> {
  const served: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    const route = ROUTES[url.pathname.replace(/^\/gen\//, '')];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route(url.searchParams, origin));
  });
  const fixture = await listenLocal(server, served);
  origin = fixture.origin;
  return fixture;
}
