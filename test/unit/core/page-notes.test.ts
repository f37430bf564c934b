import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { pageNotes } from '../../../src/core/page-notes.ts';
import type { TextBlock } from '../../../src/core/types.ts';

const block = (text: string, official?: TextBlock['official']): TextBlock =>
  official ? { text, region: 'footer', id: 0, official } : { text, region: 'footer', id: 0 };

describe('not-linked flag', () => {
  const flags = (b: TextBlock) => analysePage([b]).licences.map((l) => [l.kind, l.flags.map((f) => f.flag)]);

  it('flags a footer ICP filing and PSB number that no registry link holds', () => {
    expect(flags(block('京ICP备16045689号-1 京公网安备11010502038816号', []))).toEqual([
      ['icp-filing', ['not-linked']],
      ['psb', ['not-linked']],
    ]);
  });

  it('does not flag numbers inside the right registry link', () => {
    const official = [
      { registry: 'miit' as const, text: '京ICP备16045689号-1' },
      { registry: 'psb' as const, text: '京公网安备11010502038816号' },
    ];
    expect(flags(block('京ICP备16045689号-1 京公网安备11010502038816号', official))).toEqual([
      ['icp-filing', []],
      ['psb', []],
    ]);
  });

  it('flags an ICP number linked to the police portal, and says nothing when the scanner did not look', () => {
    expect(flags(block('京ICP备16045689号-1', [{ registry: 'psb', text: '京ICP备16045689号-1' }]))).toEqual([
      ['icp-filing', ['not-linked']],
    ]);
    expect(flags(block('京ICP备16045689号-1'))).toEqual([['icp-filing', []]]);
  });

  it('never flags body text or licences without a linking duty', () => {
    const body: TextBlock = { text: '京ICP备16045689号-1', region: 'body', id: 0, official: [] };
    expect(flags(body)).toEqual([['icp-filing', []]]);
    expect(flags(block('京ICP证160517号 京B2-20191236', []))).toEqual([
      ['icp-license', []],
      ['telecom-license', []],
    ]);
  });
});

describe('pageNotes', () => {
  it('notes an ICP number and a police filing from different provinces', () => {
    const report = analysePage([block('京ICP备16045689号-1 沪公网安备31010402008541号')]);
    expect(pageNotes(report)).toEqual([
      expect.objectContaining({ note: 'provinces-differ', icp: expect.objectContaining({ en: 'Beijing' }) }),
    ]);
  });

  it('notes ICP filings of several subjects, but not one subject with several sites or a licence', () => {
    expect(pageNotes(analysePage([block('京ICP备16045689号-1 粤ICP备17046231号-3')]))).toEqual([
      { note: 'several-subjects', subjects: ['京ICP备16045689号', '粤ICP备17046231号'] },
    ]);
    expect(
      pageNotes(analysePage([block('京ICP备16045689号-1 京ICP备16045689号-2 京ICP证160517号')])),
    ).toEqual([]);
  });
});
