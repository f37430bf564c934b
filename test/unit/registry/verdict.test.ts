// The verdict table on the documented answers: match (service and main licence, B2 as main
// licence), another number for the domain, a number shown for another domain (borrowed), App numbers,
// no record (never "not filed"), no answer, operator mismatch; the same for the police registry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse.ts';
import { FAILURE_REASONS, type MiitAnswer, type PsbAnswer } from '../../../src/core/registry/answer.ts';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { parsePsbResponse } from '../../../src/core/registry/psb.ts';
import {
  miitVerdict,
  NOTE_CODES,
  OUTCOME_CODES,
  type PageFacts,
  psbVerdict,
  verdict,
} from '../../../src/core/registry/verdict.ts';
import type { FoundLicence } from '../../../src/core/types.ts';
import { READ_AT, response } from './fixtures.ts';

function page(domain: string | null, footer: string): PageFacts {
  const licences: FoundLicence[] = parseText(footer).map((l) => ({ ...l, region: 'footer', block: 0 }));
  return { domain, licences };
}

const miit = (name: string, query: string | null, call: MiitAnswer['call'] = 'list', status = 200) =>
  parseMiitResponse(call, response(name, status), query, READ_AT);
const psb = (name: string, query: string | null, status = 200): PsbAnswer =>
  parsePsbResponse(response(name, status), query, READ_AT);

/** The verdict for a page on `domain` showing `footer`, given the answer in fixture `name`. */
const miitOf = (
  domain: string | null,
  footer: string,
  name: string,
  query: string | null,
  operator?: string,
) => miitVerdict(page(domain, footer), operator, miit(name, query));
const psbOf = (
  domain: string | null,
  footer: string,
  name: string,
  query: string | null,
  operator?: string,
) => psbVerdict(page(domain, footer), operator, psb(name, query));

const TENCENT = '深圳市腾讯计算机系统有限公司';

describe('MIIT verdicts', () => {
  it('a service licence with its -N suffix matches the record of the domain', () => {
    const v = miitOf('qq.com', '粤B2-20090059-5', 'miit-list-qq.json', 'qq.com');
    expect(v).toMatchObject({
      registry: 'miit',
      readAt: READ_AT,
      outcome: { code: 'miit-match', licence: '粤B2-20090059-5', by: 'service-licence' },
      notes: [],
    });
    if (v.outcome.code !== 'miit-match') throw new Error(v.outcome.code);
    expect(v.outcome.record).toMatchObject({
      unitName: TENCENT,
      natureName: '企业',
      updateRecordTime: '2023-10-18 10:27:25',
    });
  });

  it('a B2 licence without suffix matches as the main licence of a commercial site', () => {
    const v = miitOf('qq.com', '粤B2-20090059', 'miit-list-navigate.json', 'qq.com');
    expect(v.outcome).toMatchObject({ code: 'miit-match', licence: '粤B2-20090059', by: 'main-licence' });
  });

  it('an ICP filing without suffix matches the main licence; with both shown the service licence wins', () => {
    const main = miitOf('mi.cn', '京ICP备10046444号', 'miit-list-main-licence.json', '京ICP备10046444号');
    expect(main.outcome).toMatchObject({ code: 'miit-match', by: 'main-licence' });
    const both = miitOf(
      'mi.cn',
      '京ICP备10046444号 京ICP备10046444号-9',
      'miit-list-main-licence.json',
      '京ICP备10046444号',
    );
    expect(both.outcome).toMatchObject({
      code: 'miit-match',
      by: 'service-licence',
      licence: '京ICP备10046444号-9',
    });
  });

  it('the page number is compared in canonical form, the domain without www. and in lower case', () => {
    const v = miitOf('WWW.QQ.COM', '粤 B2－20090059－5', 'miit-list-qq.json', 'qq.com');
    expect(v.outcome).toMatchObject({ code: 'miit-match', licence: '粤B2-20090059-5' });
  });

  it('picks the exact domain from a list of inexact matches', () => {
    const v = miitOf('shili-keji.cn', '京ICP备00000001号-1', 'miit-list-inexact.json', 'shili-keji.cn');
    expect(v.outcome).toMatchObject({ code: 'miit-match', record: { domain: 'shili-keji.cn' } });
  });

  it('operator names are compared without spaces, punctuation or width; a different one is a note', () => {
    const answer = miit('miit-list-qq.json', 'qq.com');
    const same = miitVerdict(page('qq.com', '粤B2-20090059-5'), ' 深圳市腾讯计算机系统有限公司 ', answer);
    expect(same.notes).toEqual([]);
    const other = miitVerdict(page('qq.com', '粤B2-20090059-5'), '腾讯科技（深圳）有限公司', answer);
    expect(other.notes).toEqual([
      { code: 'operator-differs', printed: '腾讯科技（深圳）有限公司', registered: TENCENT },
    ]);
    const a = miitVerdict(page('a.cn', '京ICP备12345678号-1'), '甲（北京）科技有限公司', {
      ...answer,
      result: {
        kind: 'records',
        total: 1,
        truncated: false,
        records: [
          {
            ...recordOf(answer),
            domain: 'a.cn',
            serviceLicence: '京ICP备12345678号-1',
            mainLicence: '京ICP备12345678号',
            unitName: '甲(北京)科技 有限公司',
          },
        ],
      },
    });
    expect(a.outcome.code).toBe('miit-match');
    expect(a.notes).toEqual([]);
  });

  it('MIIT lists another number for this domain', () => {
    const v = miitOf('qq.com', '粤B2-20090059-3', 'miit-list-qq.json', 'qq.com');
    expect(v.outcome).toMatchObject({
      code: 'miit-other-number',
      domain: 'qq.com',
      printed: ['粤B2-20090059-3'],
      listed: ['粤B2-20090059-5'],
      sameEntity: true,
    });
    const stranger = miitOf('qq.com', '京ICP备12345678号-1', 'miit-list-qq.json', 'qq.com');
    expect(stranger.outcome).toMatchObject({ code: 'miit-other-number', sameEntity: false });
  });

  it('another number for this domain, and the page number is filed for another domain: a note names it', () => {
    const v = miitOf('shili-keji.cn', '京ICP备00000001号-2', 'miit-list-inexact.json', 'shili-keji.cn');
    expect(v.outcome).toMatchObject({
      code: 'miit-other-number',
      listed: ['京ICP备00000001号-1'],
      sameEntity: true,
    });
    expect(v.notes).toEqual([
      { code: 'number-elsewhere', licence: '京ICP备00000001号-2', domains: ['shili-keji.com.cn'] },
    ]);
  });

  it('MIIT lists a number for this domain that the page does not show', () => {
    const v = miitOf('qq.com', '京公网安备44030002000001号', 'miit-list-qq.json', 'qq.com');
    expect(v.outcome).toMatchObject({
      code: 'miit-not-shown',
      domain: 'qq.com',
      listed: ['粤B2-20090059-5'],
    });
  });

  it('a borrowed number: MIIT lists it for another domain, and names that domain', () => {
    const v = miitOf('qq-login.cn', '粤B2-20090059-5', 'miit-list-qq.json', '粤B2-20090059-5', TENCENT);
    expect(v.outcome).toMatchObject({
      code: 'miit-borrowed',
      licence: '粤B2-20090059-5',
      domains: ['qq.com'],
      unitName: TENCENT,
    });
    expect(v.notes).toEqual([]);
  });

  it('a borrowed main licence names every domain of the entity', () => {
    const v = miitOf('mi-shop.cn', '京ICP备10046444号', 'miit-list-main-licence.json', '京ICP备10046444号');
    expect(v.outcome).toMatchObject({ code: 'miit-borrowed', domains: ['mi.cn', 'xiaomi.com'] });
  });

  it('an App or mini-program number shown on a website', () => {
    const v = miitOf('shili-keji.cn', '京ICP备00000001号-3A', 'miit-list-app.json', '示例科技有限公司');
    expect(v.outcome).toEqual({
      code: 'miit-not-a-website',
      licence: '京ICP备00000001号-3A',
      service: 'app',
      serviceName: '示例App',
      unitName: '示例科技有限公司',
    });
    const detail = miitVerdict(
      page('x.cn', '京ICP备00000001号-3A'),
      undefined,
      miit('miit-detail-app.json', null, 'app-detail'),
    );
    expect(detail.outcome.code).toBe('miit-not-a-website');
  });

  it('a detail answer decides like a list of one', () => {
    const v = miitVerdict(
      page('mi.cn', '京ICP备10046444号-9'),
      undefined,
      miit('miit-detail-website.json', null, 'website-detail'),
    );
    expect(v.outcome).toMatchObject({ code: 'miit-match', by: 'service-licence' });
  });

  it('an empty answer is "no record", never "not filed", and keeps the query', () => {
    const v = miitOf('qq.com', '粤B2-20090059-5', 'miit-empty.json', 'qq.com');
    expect(v.outcome).toEqual({ code: 'miit-no-record', query: 'qq.com' });
  });

  it('inexact matches only, for a query about this page: no record', () => {
    const byDomain = miitOf(
      'shili-keji.com',
      '京ICP备99999999号-1',
      'miit-list-inexact.json',
      'shili-keji.com',
    );
    expect(byDomain.outcome).toEqual({ code: 'miit-no-record', query: 'shili-keji.com' });
    const byNumber = miitOf('other.cn', '京ICP备99999999号-1', 'miit-list-inexact.json', '京ICP备99999999号');
    expect(byNumber.outcome.code).toBe('miit-no-record');
  });

  it('an answer about something else is unrelated to the page', () => {
    const v = miitOf('example.org', '京ICP备99999999号-1', 'miit-list-inexact.json', 'shili-keji.cn');
    expect(v.outcome).toEqual({ code: 'miit-unrelated', query: 'shili-keji.cn' });
    const noDomain = miitOf(null, '', 'miit-list-qq.json', 'qq.com');
    expect(noDomain.outcome.code).toBe('miit-unrelated');
  });

  it.each([
    ['miit-401-expired.json', 200, 'unauthorised'],
    ['miit-429.json', 200, 'rate-limited'],
    ['miit-500.json', 200, 'server-error'],
    ['waf-403.html', 403, 'blocked'],
    ['miit-captcha.json', 200, 'captcha'],
  ])('%s: MIIT did not answer (%s), try again later', (name, status, reason) => {
    const v = miitVerdict(page('qq.com', '粤B2-20090059-5'), TENCENT, miit(name, 'qq.com', 'list', status));
    expect(v.outcome).toMatchObject({ code: 'miit-no-answer', failure: { reason } });
    expect(v.notes).toEqual([]);
  });
});

function recordOf(answer: MiitAnswer) {
  if (answer.result.kind !== 'records' || !answer.result.records[0]) throw new Error('no record');
  return answer.result.records[0];
}

const POLICE = '北京市公安局海淀分局网安支队';
const BAIDU_PSB = '京公网安备11010802050023号';

describe('police verdicts', () => {
  it('the page number matches the record of its domain and names the police office', () => {
    const v = psbOf('baidu.com', BAIDU_PSB, 'psb-found.json', 'baidu.com', '北京百度网讯科技有限公司');
    expect(v).toMatchObject({
      registry: 'psb',
      outcome: {
        code: 'psb-match',
        number: BAIDU_PSB,
        policeOffice: POLICE,
        record: { filedOn: '2025-04-14' },
      },
      notes: [],
    });
  });

  it('a main domain with www. and linked domains in a string match too', () => {
    const v = psbOf('baidu.com', '京公网安备 11010802050023号', 'psb-linked-string.json', 'baidu.com');
    expect(v.outcome.code).toBe('psb-match');
  });

  it('another number for this domain, or none shown', () => {
    const other = psbOf('baidu.com', '京公网安备11010802000001号', 'psb-found.json', 'baidu.com');
    expect(other.outcome).toMatchObject({
      code: 'psb-other-number',
      printed: ['京公网安备11010802000001号'],
      listed: BAIDU_PSB,
    });
    const none = psbOf('baidu.com', '京ICP证030173号', 'psb-found.json', 'baidu.com');
    expect(none.outcome).toMatchObject({ code: 'psb-not-shown', listed: BAIDU_PSB });
  });

  it('a borrowed police number names the record’s domain and police office', () => {
    const v = psbOf('baidu-login.cn', BAIDU_PSB, 'psb-found.json', '11010802050023', '百度');
    expect(v.outcome).toMatchObject({
      code: 'psb-borrowed',
      number: BAIDU_PSB,
      domain: 'baidu.com',
      policeOffice: POLICE,
    });
    expect(v.notes).toEqual([
      { code: 'operator-differs', printed: '百度', registered: '北京百度网讯科技有限公司' },
    ]);
  });

  it('empty, failed and unrelated answers', () => {
    expect(psbOf('baidu.com', BAIDU_PSB, 'psb-empty.json', 'baidu.com').outcome).toEqual({
      code: 'psb-no-record',
      query: 'baidu.com',
    });
    expect(psbOf('baidu.com', BAIDU_PSB, 'psb-captcha.json', 'baidu.com').outcome).toMatchObject({
      code: 'psb-no-answer',
      failure: { reason: 'captcha' },
    });
    expect(psbOf('example.org', '京公网安备11000000000001号', 'psb-found.json', 'baidu.com').outcome).toEqual(
      {
        code: 'psb-unrelated',
        query: 'baidu.com',
      },
    );
    const asked = psbOf(
      'example.org',
      '京公网安备11000000000001号',
      'psb-found.json',
      '京公网安备11000000000001号',
    );
    expect(asked.outcome.code).toBe('psb-no-record');
  });
});

describe('verdict', () => {
  it('dispatches on the registry of the answer', () => {
    expect(
      verdict(page('qq.com', '粤B2-20090059-5'), undefined, miit('miit-list-qq.json', 'qq.com')).registry,
    ).toBe('miit');
    expect(
      verdict(page('baidu.com', BAIDU_PSB), undefined, psb('psb-found.json', 'baidu.com')).registry,
    ).toBe('psb');
  });
});

describe('locale keys', () => {
  const camel = (prefix: string, code: string) =>
    prefix + code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
  it('every outcome, note and failure reason has a text in en and zh_CN', () => {
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
      const keys = [
        ...OUTCOME_CODES.map((c) => camel('registry', c)),
        ...NOTE_CODES.map((c) => camel('registryNote', c)),
        ...FAILURE_REASONS.map((c) => camel('registryReason', c)),
      ];
      for (const key of keys) expect(messages[key], `${locale}: ${key}`).toBeDefined();
    }
  });
});
