// The record parsers on every documented response shape: found, several items with inexact domain
// matches, empty, 401, 429, 500, 415, a refused CAPTCHA, the firewall's HTML page, an empty body,
// App and mini-program items, `navigateFirstPage` instead of `firstPage`, and hostile bodies.
import { describe, expect, it } from 'vitest';
import { parseRegistryAnswer } from '../../../src/core/registry/answer.ts';
import { MAX_BODY_CHARS, MAX_RECORDS } from '../../../src/core/registry/limits.ts';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { parsePsbResponse } from '../../../src/core/registry/psb.ts';
import { READ_AT, response } from './fixtures.ts';

const list = (name: string, status = 200, query: string | null = 'qq.com') =>
  parseMiitResponse('list', response(name, status), query, READ_AT);

describe('MIIT list answers', () => {
  it('reads a found website record', () => {
    const answer = list('miit-list-qq.json');
    expect(answer).toMatchObject({ registry: 'miit', call: 'list', query: 'qq.com', readAt: READ_AT });
    expect(answer.result).toEqual({
      kind: 'records',
      total: 1,
      truncated: false,
      records: [
        {
          service: 'website',
          unitName: '深圳市腾讯计算机系统有限公司',
          natureName: '企业',
          mainLicence: '粤B2-20090059',
          serviceLicence: '粤B2-20090059-5',
          domain: 'qq.com',
          serviceName: null,
          updateRecordTime: '2023-10-18 10:27:25',
          limitAccess: false,
          readAt: READ_AT,
        },
      ],
    });
  });

  it('reads navigateFirstPage/navigateLastPage lists the same as firstPage/lastPage ones', () => {
    expect(list('miit-list-navigate.json').result).toEqual(list('miit-list-qq.json').result);
  });

  it('keeps every item of an inexact list, domains lower case, limitAccess 是 as true', () => {
    const answer = list('miit-list-inexact.json', 200, 'shili-keji.cn');
    if (answer.result.kind !== 'records') throw new Error(answer.result.kind);
    expect(answer.result.records.map((r) => [r.domain, r.serviceLicence, r.limitAccess])).toEqual([
      ['shili-keji.com.cn', '京ICP备00000001号-2', false],
      ['shili-keji.cn', '京ICP备00000001号-1', false],
      ['shili-keji.net', '沪ICP备00000002号-1', true],
    ]);
    expect(answer.result.total).toBe(3);
  });

  it('reads the 2021 list items with homeUrl and serviceName', () => {
    const answer = list('miit-list-2021.json', 200, 'mi.cn');
    expect(answer.result).toMatchObject({
      kind: 'records',
      records: [{ domain: 'mi.cn', serviceName: '小米科技', limitAccess: null }],
    });
  });

  it('reads App and mini-program items (no domain, service from serviceType)', () => {
    const answer = parseMiitResponse('list', response('miit-list-app.json'), '示例科技有限公司', READ_AT);
    if (answer.result.kind !== 'records') throw new Error(answer.result.kind);
    expect(answer.result.records.map((r) => [r.service, r.domain, r.serviceName, r.serviceLicence])).toEqual([
      ['app', null, '示例App', '京ICP备00000001号-3A'],
      ['mini-program', null, '示例小程序', '京ICP备00000001号-4X'],
    ]);
  });

  it('an empty list is an empty answer', () => {
    expect(list('miit-empty.json').result).toEqual({ kind: 'empty' });
  });

  it.each([
    ['miit-401-expired.json', 'unauthorised', 401, 'token过期,请及时刷新页面'],
    ['miit-401-auth.json', 'unauthorised', 401, '没有通过身份验证'],
    ['miit-429.json', 'rate-limited', 429, '您目前访问频次过高, 请稍后再试。'],
    ['miit-500.json', 'server-error', 500, '服务器异常'],
    ['miit-415.json', 'bad-request', 415, '参数异常,content_type_not_supported'],
    ['miit-captcha.json', 'captcha', 400, '请求非法,验证码不匹配!!'],
  ])('%s (HTTP 200) fails as %s', (name, reason, code, message) => {
    expect(list(name).result).toEqual({ kind: 'failed', reason, httpStatus: 200, code, message });
  });

  it('drops the user’s own address from the 429 message', () => {
    expect(JSON.stringify(list('miit-429.json'))).not.toContain('203.0.113.7');
  });

  it('the firewall’s HTML page is "blocked", with a 403, a 521 or even a 200', () => {
    for (const status of [403, 521, 200]) {
      const answer = parseMiitResponse(
        'list',
        response('waf-403.html', status, 'text/html'),
        'qq.com',
        READ_AT,
      );
      expect(answer.result).toMatchObject({ kind: 'failed', reason: 'blocked' });
    }
  });

  it.each([
    [{ status: 0, contentType: null, body: '' }, 'network'],
    [{ status: 200, contentType: 'application/json', body: '' }, 'empty-body'],
    [{ status: 200, contentType: 'application/json', body: '   \n' }, 'empty-body'],
    [{ status: 429, contentType: null, body: '' }, 'rate-limited'],
    [{ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }, 'server-error'],
    [{ status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' }, 'server-error'],
    [{ status: 200, contentType: 'application/json', body: '{"code":200,' }, 'unreadable'],
    [{ status: 200, contentType: 'application/json', body: 'null' }, 'unreadable'],
    [{ status: 200, contentType: 'application/json', body: '[1,2,3]' }, 'unreadable'],
    [{ status: 200, contentType: 'application/json', body: '{"code":200,"success":true}' }, 'unreadable'],
    [
      {
        status: 200,
        contentType: 'application/json',
        body: '{"code":200,"success":true,"params":{"list":{}}}',
      },
      'unreadable',
    ],
    [
      { status: 200, contentType: null, body: '{"code":200,"success":true,"params":{"list":[1,"x",null]}}' },
      'unreadable',
    ],
    [{ status: 200, contentType: null, body: null }, 'too-large'],
    [{ status: 200, contentType: null, body: 'x'.repeat(MAX_BODY_CHARS + 1) }, 'too-large'],
  ])('%j fails as %s', (raw, reason) => {
    expect(parseMiitResponse('list', raw, 'qq.com', READ_AT).result).toMatchObject({
      kind: 'failed',
      reason,
    });
  });

  it('a non-2xx status fails even when the JSON says success', () => {
    const raw = { status: 503, contentType: null, body: '{"code":200,"success":true,"params":{"list":[]}}' };
    expect(parseMiitResponse('list', raw, null, READ_AT).result).toMatchObject({ reason: 'server-error' });
  });

  it('keeps at most MAX_RECORDS items and says it dropped some; skips unreadable items', () => {
    const item = JSON.parse(response('miit-list-qq.json').body as string).params.list[0];
    const items = [{ ...item, unitName: 'x'.repeat(10_000) }, ...Array.from({ length: 300 }, () => item)];
    const raw = {
      status: 200,
      contentType: null,
      body: JSON.stringify({ code: 200, success: true, params: { list: items, total: 301 } }),
    };
    const answer = parseMiitResponse('list', raw, 'qq.com', READ_AT);
    if (answer.result.kind !== 'records') throw new Error(answer.result.kind);
    expect(answer.result.records).toHaveLength(MAX_RECORDS - 1);
    expect(answer.result.truncated).toBe(true);
    expect(answer.result.total).toBe(301);
  });

  it('bounds the query and turns an empty one into null', () => {
    expect(list('miit-empty.json', 200, '  ').query).toBeNull();
    expect(list('miit-empty.json', 200, 'q'.repeat(5_000)).query).toHaveLength(200);
  });

  it('every answer passes its own schema, so the service worker can check it again', () => {
    const names = [
      'miit-list-qq.json',
      'miit-list-inexact.json',
      'miit-list-app.json',
      'miit-empty.json',
      'miit-429.json',
      'waf-403.html',
    ];
    for (const name of names) {
      const answer = list(name);
      expect(parseRegistryAnswer(JSON.parse(JSON.stringify(answer))), name).toEqual(answer);
    }
  });
});

describe('MIIT detail answers', () => {
  it('reads the website detail as one record', () => {
    const answer = parseMiitResponse('website-detail', response('miit-detail-website.json'), null, READ_AT);
    expect(answer.result).toMatchObject({
      kind: 'records',
      total: null,
      records: [
        {
          service: 'website',
          domain: 'mi.cn',
          serviceLicence: '京ICP备10046444号-9',
          serviceName: '小米科技',
        },
      ],
    });
  });

  it('reads the App detail; without serviceType the -NA suffix says App', () => {
    const answer = parseMiitResponse('app-detail', response('miit-detail-app.json'), null, READ_AT);
    expect(answer.result).toMatchObject({
      kind: 'records',
      records: [{ service: 'app', domain: null, serviceName: '示例App', mainLicence: '京ICP备00000001号' }],
    });
  });

  it('derives the main licence from the service licence when the item has none', () => {
    const raw = {
      status: 200,
      contentType: null,
      body: JSON.stringify({
        code: 200,
        success: true,
        params: { domain: 'a.cn', unitName: 'A', serviceLicence: '京ICP备1号-3' },
      }),
    };
    const answer = parseMiitResponse('website-detail', raw, null, READ_AT);
    expect(answer.result).toMatchObject({
      records: [{ mainLicence: '京ICP备1号', serviceLicence: '京ICP备1号-3' }],
    });
  });

  it('a detail without params is empty; a failure is a failure', () => {
    const raw = { status: 200, contentType: null, body: '{"code":200,"success":true,"params":null}' };
    expect(parseMiitResponse('website-detail', raw, null, READ_AT).result).toEqual({ kind: 'empty' });
    const failed = parseMiitResponse('app-detail', response('miit-401-expired.json'), null, READ_AT);
    expect(failed.result).toMatchObject({ reason: 'unauthorised' });
  });
});

describe('police websearch answers', () => {
  const psb = (name: string, status = 200) => parsePsbResponse(response(name, status), 'baidu.com', READ_AT);

  it('reads a found record', () => {
    expect(psb('psb-found.json')).toEqual({
      registry: 'psb',
      call: 'websearch',
      query: 'baidu.com',
      readAt: READ_AT,
      result: {
        kind: 'records',
        total: 1,
        truncated: false,
        records: [
          {
            websiteName: '百度',
            mainDomain: 'baidu.com',
            linkedDomains: ['zhidao.baidu.com', 'baike.baidu.com'],
            operator: '北京百度网讯科技有限公司',
            operatorType: '企业单位',
            category: '交互式',
            number: '京公网安备11010802050023号',
            policeOffice: '北京市公安局海淀分局网安支队',
            filedOn: '2025-04-14',
            readAt: READ_AT,
          },
        ],
      },
    });
  });

  it('reads webSiteStr given as one string', () => {
    expect(psb('psb-linked-string.json').result).toMatchObject({
      records: [{ mainDomain: 'www.baidu.com', linkedDomains: ['zhidao.baidu.com', 'baike.baidu.com'] }],
    });
  });

  it('data null, an empty object or an empty list is an empty answer', () => {
    expect(psb('psb-empty.json').result).toEqual({ kind: 'empty' });
    for (const data of [{}, []]) {
      const raw = {
        status: 200,
        contentType: null,
        body: JSON.stringify({ success: true, code: 200, data }),
      };
      expect(parsePsbResponse(raw, null, READ_AT).result).toEqual({ kind: 'empty' });
    }
  });

  it('a list of records is read too, bounded', () => {
    const one = JSON.parse(response('psb-found.json').body as string).data;
    const raw = {
      status: 200,
      contentType: null,
      body: JSON.stringify({ success: true, data: [one, { webnm: 'no number' }] }),
    };
    expect(parsePsbResponse(raw, null, READ_AT).result).toMatchObject({
      kind: 'records',
      truncated: true,
      total: 2,
    });
  });

  it('bounds linked domains', () => {
    const one = JSON.parse(response('psb-found.json').body as string).data;
    const many = Array.from({ length: 10_000 }, (_, i) => `s${i}.baidu.com`);
    const raw = {
      status: 200,
      contentType: null,
      body: JSON.stringify({ success: true, data: { ...one, webSiteStr: many } }),
    };
    const answer = parsePsbResponse(raw, null, READ_AT);
    if (answer.result.kind !== 'records') throw new Error(answer.result.kind);
    expect(answer.result.records[0]?.linkedDomains).toHaveLength(100);
    expect(parseRegistryAnswer(answer)).toEqual(answer);
  });

  it.each([
    ['psb-captcha.json', 200, 'captcha'],
    ['psb-500.json', 200, 'server-error'],
    ['waf-403.html', 403, 'blocked'],
    ['psb-found.json', 429, 'rate-limited'],
    ['psb-found.json', 401, 'unauthorised'],
  ])('%s with HTTP %i fails as %s', (name, status, reason) => {
    expect(psb(name, status).result).toMatchObject({ kind: 'failed', reason });
  });
});

describe('parseRegistryAnswer', () => {
  it('refuses forged or oversized answers', () => {
    const good = list('miit-list-qq.json');
    const record = good.result.kind === 'records' ? good.result.records[0] : null;
    const forged = [
      null,
      'registry-answer',
      { ...good, registry: 'other' },
      { ...good, readAt: -1 },
      { ...good, result: { kind: 'records', records: [], total: 0, truncated: false } },
      {
        ...good,
        result: { kind: 'records', records: Array(MAX_RECORDS + 1).fill(record), total: 1, truncated: false },
      },
      {
        ...good,
        result: {
          kind: 'records',
          records: [{ ...record, unitName: 'x'.repeat(301) }],
          total: 1,
          truncated: false,
        },
      },
      { ...good, result: { kind: 'failed', reason: 'because', httpStatus: 200, code: null, message: null } },
      { ...good, query: 'q'.repeat(201) },
    ];
    for (const raw of forged) expect(parseRegistryAnswer(raw)).toBeNull();
  });
});
