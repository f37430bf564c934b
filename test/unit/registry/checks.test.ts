// Linking an answer to a check (answerConcerns), the stored verdict's schema and bounds, and which
// of two checks is kept (an answer without records never replaces one with records).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse.ts';
import type { MiitAnswer } from '../../../src/core/registry/answer.ts';
import { answerConcerns } from '../../../src/core/registry/concerns.ts';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { parsePsbResponse } from '../../../src/core/registry/psb.ts';
import { queryPageUrl, searchText } from '../../../src/core/registry/query-pages.ts';
import { type MiitVerdict, miitVerdict } from '../../../src/core/registry/verdict.ts';
import {
  boundVerdict,
  MAX_LISTED,
  RegistryVerdictSchema,
} from '../../../src/core/registry/verdict-schema.ts';
import type { FoundLicence } from '../../../src/core/types.ts';
import { keepCheck, mergeChecks } from '../../../src/storage/registry-checks.ts';
import { READ_AT, response } from './fixtures.ts';

const miit = (name: string, query: string | null, call: MiitAnswer['call'] = 'list', status = 200) =>
  parseMiitResponse(call, response(name, status), query, READ_AT);
const licences = (footer: string): FoundLicence[] =>
  parseText(footer).map((l) => ({ ...l, region: 'footer', block: 0 }));

describe('answerConcerns', () => {
  const qq = { domain: 'qq.com', number: '粤B2-20090059-5' };
  it.each<[string, string | null, string, boolean]>([
    ['the domain queried', 'qq.com', 'miit-empty.json', true],
    ['the domain with www.', 'www.qq.com', 'miit-empty.json', true],
    ['the number queried', '粤B2-20090059-5', 'miit-empty.json', true],
    ['the main licence queried', '粤B2-20090059', 'miit-empty.json', true],
    ['a record of the domain, whatever the query', '深圳市腾讯计算机系统有限公司', 'miit-list-qq.json', true],
    ['a record of the domain, no query (a detail call)', null, 'miit-list-qq.json', true],
    ['another domain, no record', 'example.cn', 'miit-empty.json', false],
    ['another number', '京ICP备10046444号-9', 'miit-empty.json', false],
    ['a failed answer without a query', null, 'miit-429.json', false],
  ])('%s: %s', (_name, query, fixture, expected) => {
    expect(answerConcerns(miit(fixture, query), qq)).toBe(expected);
  });

  it('police answers: by domain, by the 14 digits, by a record’s linked domain', () => {
    const found = parsePsbResponse(response('psb-found.json'), 'something else', READ_AT);
    const empty = (q: string) => parsePsbResponse(response('psb-empty.json'), q, READ_AT);
    const check = { domain: 'example.cn', number: '京公网安备11010802050023号' };
    expect([
      answerConcerns(found, check),
      answerConcerns(found, { domain: 'zhidao.baidu.com', number: '京公网安备1号' }),
      answerConcerns(empty('11010802050023'), check),
      answerConcerns(empty('example.cn'), check),
      answerConcerns(empty('baidu.com'), check),
      answerConcerns(empty('baidu.com'), { domain: null, number: '京公网安备1号' }),
    ]).toEqual([true, true, true, true, false, false]);
  });
});

describe('query pages', () => {
  it('MIIT opens its start page, the police portal the page for the digits', () => {
    expect(queryPageUrl('miit', '京ICP备16045689号-1')).toBe('https://beian.miit.gov.cn/');
    expect(queryPageUrl('psb', '京公网安备 11010502038816号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010502038816',
    );
    expect(queryPageUrl('psb', '京公网安备123号')).toBe('https://beian.mps.gov.cn/#/query/webSearch');
    expect([
      searchText('miit', 'yuntu-video.cn', '京ICP备16045689号-1'),
      searchText('miit', null, '京ICP备16045689号-1'),
      searchText('psb', null, '京公网安备11010502038816号'),
    ]).toEqual(['yuntu-video.cn', '京ICP备16045689号-1', '11010502038816']);
  });
});

describe('stored verdicts', () => {
  const match = miitVerdict(
    { domain: 'qq.com', licences: licences('粤B2-20090059-5') },
    undefined,
    miit('miit-list-qq.json', 'qq.com'),
  );

  it('a verdict passes its schema; a forged or corrupt one does not', () => {
    expect(v.safeParse(RegistryVerdictSchema, match).success).toBe(true);
    const forged = [
      { ...match, registry: 'psb' },
      { ...match, outcome: { ...match.outcome, code: 'miit-genuine' } },
      { ...match, readAt: -1 },
      { ...match, notes: [{ code: 'operator-differs', printed: 'x'.repeat(400), registered: 'y' }] },
      null,
      'miit-match',
    ];
    expect(forged.map((f) => v.safeParse(RegistryVerdictSchema, f).success)).toEqual(forged.map(() => false));
  });

  it('boundVerdict cuts long lists of domains so the stores stay small', () => {
    const domains = Array.from({ length: 200 }, (_, i) => `site${i}.cn`);
    const borrowed: MiitVerdict = {
      ...match,
      outcome: {
        code: 'miit-borrowed',
        licence: '粤B2-20090059-5',
        domains,
        unitName: 'x',
        record: match.outcome.code === 'miit-match' ? match.outcome.record : (null as never),
      },
      notes: Array.from({ length: 30 }, () => ({ code: 'number-elsewhere', licence: 'n', domains })),
    };
    const bounded = boundVerdict(borrowed);
    expect(bounded.outcome).toMatchObject({ domains: domains.slice(0, MAX_LISTED) });
    expect(bounded.notes.length).toBe(10);
    expect(v.safeParse(RegistryVerdictSchema, bounded).success).toBe(true);
    expect(v.safeParse(RegistryVerdictSchema, borrowed).success).toBe(false);
  });
});

describe('keepCheck', () => {
  const page = { domain: 'qq.com', licences: licences('粤B2-20090059-5') };
  const check = (fixture: string, query = 'qq.com') => ({
    number: '粤B2-20090059-5',
    verdict: miitVerdict(page, undefined, miit(fixture, query)),
  });
  const code = (c: { verdict: MiitVerdict }) => c.verdict.outcome.code;

  it('an empty, failed or unrelated answer keeps the record; a record replaces anything', () => {
    const record = check('miit-list-qq.json');
    expect(code(keepCheck(record, check('miit-empty.json')))).toBe('miit-match');
    expect(code(keepCheck(record, check('miit-429.json')))).toBe('miit-match');
    expect(code(keepCheck(check('miit-429.json'), check('miit-empty.json')))).toBe('miit-no-record');
    expect(code(keepCheck(check('miit-empty.json'), check('miit-empty.json', 'other.cn')))).toBe(
      'miit-no-record',
    );
    expect(code(keepCheck(check('miit-empty.json'), record))).toBe('miit-match');
    const unrelated = check('miit-list-2021.json', 'mi.cn');
    expect(code(keepCheck(undefined, unrelated))).toBe('miit-unrelated');
    expect(code(keepCheck(check('miit-429.json'), unrelated))).toBe('miit-no-answer');
    expect(mergeChecks({ miit: record }, undefined)).toEqual({ miit: record });
  });
});
