// Subjects and operator keys: what several sites of one filer share, and what must not join strangers.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { operatorKey, subjectsOf } from '../../../src/core/filer.ts';

const found = (...texts: string[]) =>
  analysePage(
    texts.map((text, id) => ({ text, region: 'footer' as const, id })),
    [],
    false,
  ).licences;

describe('subjectsOf', () => {
  it.each([
    ['an ICP filing without its site suffix', ['京ICP备16045689号-1'], ['京ICP备16045689号']],
    [
      'the same subject once for two sites of it',
      ['京ICP备16045689号-1', '京ICP备16045689号-3'],
      ['京ICP备16045689号'],
    ],
    ['an app suffix too', ['粤ICP备17036581号-2A'], ['粤ICP备17036581号']],
    ['a commercial licence as it is', ['粤ICP证030173号'], ['粤ICP证030173号']],
    ['a B2 licence without its suffix', ['粤B2-20090059-1626X'], ['粤B2-20090059']],
    ['a combined licence with B2', ['A2.B1.B2-20090003'], ['A2.B1.B2-20090003']],
    ['no police filing', ['京公网安备11010502038816号'], []],
    ['no B1-only licence', ['京B1-20191236'], []],
    ['no placeholder', ['京ICP备12345678号'], []],
    ['no joke registry', ['萌ICP备20252020号'], []],
  ])('%s', (_what, texts, subjects) => {
    expect(subjectsOf(found(...texts))).toEqual(subjects);
  });

  it('reads the history shape (flags as names) the same way', () => {
    expect(
      subjectsOf([
        { kind: 'icp-filing', number: '沪ICP备17036581号-1', flags: ['not-linked'] },
        { kind: 'icp-filing', number: '京ICP备00000001号', flags: ['dummy'] },
      ]),
    ).toEqual(['沪ICP备17036581号']);
  });
});

describe('operatorKey', () => {
  it('joins case and width variants of one name, and keeps Chinese as printed', () => {
    expect(operatorKey('Example Ltd.')).toBe(operatorKey('ＥＸＡＭＰＬＥ LTD.'));
    expect(operatorKey(' 北京某某科技有限公司 ')).toBe('北京某某科技有限公司');
    expect(operatorKey('北京某某科技有限公司')).not.toBe(operatorKey('北京某某网络有限公司'));
  });
});
