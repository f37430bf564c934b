// The imitation registry sites behind one node:http(s) handler, told apart by the Host header:
// beian.miit.gov.cn (the MIIT front-end), hlwicpfwc.miit.gov.cn (its API, cross-origin, with CORS
// as a browser needs it) and beian.mps.gov.cn (the police front-end and its websearch call), plus
// www.yuntu-video.cn, the Beijing fixture page at a host name of its own (a registry check needs a
// registrable domain). The API answers every documented shape, picked by the query text the page
// sends (see MIIT_SHAPES), or as a test set it for one query (Answers).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const HERE = import.meta.dirname;
const FIXTURES = join(HERE, '../../fixtures/registry');

export const MIIT_HOST = 'beian.miit.gov.cn';
export const MIIT_API_HOST = 'hlwicpfwc.miit.gov.cn';
export const PSB_HOST = 'beian.mps.gov.cn';
/** A site whose numbers are checked: test/e2e/pages/beijing.html. */
export const PAGE_HOST = 'www.yuntu-video.cn';
export const HOSTS = [MIIT_HOST, MIIT_API_HOST, PSB_HOST, PAGE_HOST];

/** Fixture names (test/fixtures/registry) a test sets as the answer to one query: `miit:<text>`. */
export type Answers = Map<`${'miit' | 'psb'}:${string}`, string>;

interface Reply {
  status: number;
  type: string;
  body: string;
}

const JSON_TYPE = 'application/json;charset=UTF-8';
const fixture = (name: string, status = name.endsWith('.html') ? 403 : 200): Reply => ({
  status,
  type: name.endsWith('.html') ? 'text/html; charset=utf-8' : JSON_TYPE,
  body: readFileSync(join(FIXTURES, name), 'utf8'),
});

/** The Beijing page printing another operator beside its licence numbers (the operator-differs case). */
export const OTHER_OPERATOR_PATH = '/other-operator';
function otherOperatorPage(): Reply {
  const page = readFileSync(join(HERE, '../pages/beijing.html'), 'utf8');
  const body = page.replace(
    '京B2-20191236</p>',
    '京B2-20191236　© 2016-2024 北京星河互动科技有限公司 版权所有</p>',
  );
  return { status: 200, type: 'text/html; charset=utf-8', body };
}

/** A list answer of about 2 MB: more than the extension reads. */
function hugeList(): Reply {
  const item = JSON.parse(fixture('miit-list-qq.json').body).params.list[0];
  const list = Array.from({ length: 6_000 }, () => item);
  return {
    status: 200,
    type: JSON_TYPE,
    body: JSON.stringify({ code: 200, success: true, params: { list, total: 6_000 } }),
  };
}

/** MIIT list answers by query text; any other query gets the empty list. */
export const MIIT_SHAPES: Record<string, () => Reply> = {
  'qq.com': () => fixture('miit-list-qq.json'),
  'shape:navigate': () => fixture('miit-list-navigate.json'),
  'shili-keji.cn': () => fixture('miit-list-inexact.json'),
  京ICP备10046444号: () => fixture('miit-list-main-licence.json'),
  'mi.cn': () => fixture('miit-list-2021.json'),
  示例科技有限公司: () => fixture('miit-list-app.json'),
  'shape:401': () => fixture('miit-401-expired.json'),
  'shape:401-auth': () => fixture('miit-401-auth.json'),
  'shape:429': () => fixture('miit-429.json'),
  'shape:500': () => fixture('miit-500.json'),
  'shape:415': () => fixture('miit-415.json'),
  'shape:captcha': () => fixture('miit-captcha.json'),
  'shape:waf': () => fixture('waf-403.html', 403),
  'shape:http-500': () => ({ status: 500, type: 'text/plain', body: 'Internal Server Error' }),
  'shape:empty-body': () => ({ status: 200, type: JSON_TYPE, body: '' }),
  'shape:huge': hugeList,
};

/** Police answers by `maindm`; any other domain gets `data: null`. */
export const PSB_SHAPES: Record<string, () => Reply> = {
  'baidu.com': () => fixture('psb-found.json'),
  'shape:linked-string': () => fixture('psb-linked-string.json'),
  'shape:captcha': () => fixture('psb-captcha.json'),
  'shape:500': () => fixture('psb-500.json'),
  'shape:waf': () => fixture('waf-403.html', 403),
};

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Every API call the sites received: host, path and request body. */
export interface ReceivedCall {
  host: string;
  path: string;
  body: string;
}

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > limit) break;
  }
  return body;
}

function send(res: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  res.writeHead(reply.status, { 'content-type': reply.type, 'cache-control': 'no-store', ...headers });
  res.end(reply.body);
}

function serveStatic(res: ServerResponse, folder: string, path: string): void {
  const root = join(HERE, folder);
  const file = normalize(join(root, path === '/' ? '/index.html' : path));
  if (!file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    send(res, {
      status: 200,
      type: STATIC_TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file, 'utf8'),
    });
  } catch {
    send(res, { status: 404, type: 'text/plain', body: 'not found' });
  }
}

function queryOf(body: string, field: string): string {
  try {
    const value = JSON.parse(body)[field];
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

const CORS = {
  'access-control-allow-origin': `https://${MIIT_HOST}`,
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type, token, uuid, sign, rci',
};

async function miitApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  calls: ReceivedCall[],
  answers: Answers,
) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return;
  }
  const body = await readBody(req);
  calls.push({ host: MIIT_API_HOST, path, body });
  const api = '/icpproject_query/api/';
  const ok = (params: unknown): Reply => ({
    status: 200,
    type: JSON_TYPE,
    body: JSON.stringify({ code: 200, msg: '操作成功', params, success: true }),
  });
  let reply: Reply;
  if (path === `${api}auth`) reply = ok({ bussiness: 'token-1', expire: 300_000, refresh: 'refresh-1' });
  else if (path === `${api}icpAbbreviateInfo/queryByCondition`) {
    const query = queryOf(body, 'unitName');
    const set = answers.get(`miit:${query}`);
    reply = set ? fixture(set) : (MIIT_SHAPES[query] ?? (() => fixture('miit-empty.json')))();
  } else if (path === `${api}icpAbbreviateInfo/queryDetailByServiceIdAndDomainId`) {
    reply = fixture('miit-detail-website.json');
  } else if (path === `${api}icpAbbreviateInfo/queryDetailByAppAndMiniId`)
    reply = fixture('miit-detail-app.json');
  else reply = fixture('miit-500.json');
  send(res, reply, CORS);
}

/** The handler of all three sites; `calls` collects the API calls received. */
export function registryHandler(calls: ReceivedCall[] = [], answers: Answers = new Map()) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x.invalid').pathname;
    try {
      if (host === MIIT_API_HOST) await miitApi(req, res, path, calls, answers);
      else if (host === PAGE_HOST && path === OTHER_OPERATOR_PATH) send(res, otherOperatorPage());
      else if (host === PAGE_HOST) serveStatic(res, '../pages', path === '/' ? '/beijing.html' : path);
      else if (host === MIIT_HOST) serveStatic(res, 'miit', path);
      else if (host === PSB_HOST && path === '/cyber_portal/query/websearch') {
        const body = await readBody(req);
        calls.push({ host, path, body });
        const query = queryOf(body, 'maindm');
        const set = answers.get(`psb:${query}`);
        send(res, set ? fixture(set) : (PSB_SHAPES[query] ?? (() => fixture('psb-empty.json')))());
      } else if (host === PSB_HOST) serveStatic(res, 'psb', path);
      else send(res, { status: 404, type: 'text/plain', body: 'unknown host' });
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };
}
