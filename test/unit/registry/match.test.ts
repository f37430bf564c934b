// The matching rules on their own: domains, numbers, operator names and query texts.
import { describe, expect, it } from 'vitest';
import { registryCall, registryOfOrigin } from '../../../src/core/registry/calls.ts';
import {
  canonicalNumber,
  hostBelongsTo,
  normaliseDomain,
  psbDigits,
  queryTarget,
  sameOperator,
} from '../../../src/core/registry/match.ts';

describe('matching rules', () => {
  it('domains: no www., lower case, no trailing dot; names under a domain belong to it', () => {
    expect(normaliseDomain(' WWW.Example.COM. ')).toBe('example.com');
    expect(hostBelongsTo('zhidao.baidu.com', 'baidu.com')).toBe(true);
    expect(hostBelongsTo('baidu.com', 'baidu.com')).toBe(true);
    expect(hostBelongsTo('notbaidu.com', 'baidu.com')).toBe(false);
    expect(hostBelongsTo('baidu.com', '')).toBe(false);
  });

  it('numbers in canonical form; unreadable ones compacted', () => {
    expect(canonicalNumber('京ICP备 10046444号-9')).toBe('京ICP备10046444号-9');
    expect(canonicalNumber('京ICP证030173号-1')).toBe('京ICP证030173号-1');
    expect(canonicalNumber(' ABC-1 ')).toBe('abc1');
    expect(psbDigits('京公网安备１１０１０８０２０５００２３号')).toBe('11010802050023');
  });

  it('operator names ignore width, spaces and punctuation, and an empty name matches nothing', () => {
    expect(sameOperator('腾讯科技（深圳）有限公司', '腾讯科技(深圳) 有限公司')).toBe(true);
    expect(sameOperator('甲公司', '乙公司')).toBe(false);
    expect(sameOperator(' ', ' ')).toBe(false);
  });

  it('query texts: numbers, police numbers, domains and names', () => {
    expect(queryTarget('京ICP证030173号-1')).toEqual({
      type: 'licence',
      number: '京ICP证030173号-1',
      subject: '京ICP证030173号',
    });
    expect(queryTarget('京公网安备11010802050023号')).toEqual({ type: 'psb', digits: '11010802050023' });
    expect(queryTarget('11010802050023')).toEqual({ type: 'psb', digits: '11010802050023' });
    expect(queryTarget('www.Baidu.com')).toEqual({ type: 'domain', domain: 'baidu.com' });
    expect(queryTarget('北京百度网讯科技有限公司')).toEqual({
      type: 'name',
      name: '北京百度网讯科技有限公司',
    });
  });
});

describe('registry calls', () => {
  const API = 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo';
  it('names the front-ends’ own query calls and nothing else', () => {
    expect(registryCall(`${API}/queryByCondition`)).toEqual({ registry: 'miit', call: 'list' });
    expect(registryCall(`${API}/queryByCondition/`)).toEqual({ registry: 'miit', call: 'list' });
    expect(registryCall(`${API}/queryDetailByServiceIdAndDomainId?x=1`)).toEqual({
      registry: 'miit',
      call: 'website-detail',
    });
    expect(registryCall(`${API}/queryDetailByAppAndMiniId`)).toEqual({
      registry: 'miit',
      call: 'app-detail',
    });
    expect(registryCall('https://beian.mps.gov.cn/cyber_portal/query/websearch')).toEqual({
      registry: 'psb',
      call: 'websearch',
    });
    for (const url of [
      `${API}/queryByConditionX`,
      'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/auth',
      'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/blackListDomain/queryByCondition',
      `http://hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo/queryByCondition`,
      'https://evil.example/hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo/queryByCondition',
      'https://beian.mps.gov.cn/cyber_portal/captcha/get',
    ]) {
      expect(registryCall(url), url).toBeNull();
    }
  });

  it('knows the two query pages’ origins', () => {
    expect(registryOfOrigin('https://beian.miit.gov.cn')).toBe('miit');
    expect(registryOfOrigin('https://beian.mps.gov.cn')).toBe('psb');
    expect(registryOfOrigin('http://beian.miit.gov.cn')).toBeNull();
    expect(registryOfOrigin('null')).toBeNull();
  });
});
