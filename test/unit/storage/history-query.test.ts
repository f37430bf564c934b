import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { applyQuery, countByProvince, EMPTY_QUERY } from '../../../src/storage/history-query.ts';

const site = (domain: string, at: number, text: string) =>
  siteEntry(domain, analysePage([{ text, region: 'footer', id: 0 }], [], false), at, 'page');

const sites = [
  site('b-beijing.cn', 3, '京ICP备16045689号-1 京公网安备11010502038816号'),
  site('a-guangdong.cn', 1, '粤ICP证030173号'),
  site('c-none.com', 2, 'no numbers'),
  site('d-shanghai.cn', 4, '沪ICP备12345678号'),
];

const domains = (q: Partial<typeof EMPTY_QUERY>) =>
  applyQuery(sites, { ...EMPTY_QUERY, ...q }).map((s) => s.domain);

describe('history filters', () => {
  it('sorts by last seen, domain and province', () => {
    expect(domains({})).toEqual(['d-shanghai.cn', 'b-beijing.cn', 'c-none.com', 'a-guangdong.cn']);
    expect(domains({ sort: 'domain' })).toEqual([
      'a-guangdong.cn',
      'b-beijing.cn',
      'c-none.com',
      'd-shanghai.cn',
    ]);
    expect(domains({ sort: 'province' })).toEqual([
      'b-beijing.cn',
      'd-shanghai.cn',
      'a-guangdong.cn',
      'c-none.com',
    ]);
  });

  it('searches domains and numbers, full-width or not, and filters', () => {
    expect(domains({ text: 'BEIJING' })).toEqual(['b-beijing.cn']);
    expect(domains({ text: '０３０１７３' })).toEqual(['a-guangdong.cn']);
    expect(domains({ province: '31' })).toEqual(['d-shanghai.cn']);
    expect(domains({ province: 'none' })).toEqual(['c-none.com']);
    expect(domains({ kind: 'psb' })).toEqual(['b-beijing.cn']);
    expect(domains({ status: 'commercial' })).toEqual(['a-guangdong.cn']);
  });

  it('counts sites per province', () => {
    expect(countByProvince(sites).map((c) => [c.en, c.count])).toEqual([
      ['Beijing', 1],
      ['Shanghai', 1],
      ['Guangdong', 1],
    ]);
  });
});
