// The dev corpus, end to end through the page scan and the core: every expected number is found and
// nothing else (precision and recall 1.0, printed), with the right province and flags. Per-snippet
// details are printed for the failures. Only the kinds the corpus labels are scored: numbers of kinds
// it leaves out of scope are not extras.
import { describe, expect, it } from 'vitest';
import { labelledKinds, loadCorpus, scoreSnippet } from '../../support/corpus.ts';

describe('dev corpus', () => {
  const corpus = loadCorpus();
  const kinds = labelledKinds(corpus);
  const scores = corpus.map((s) => scoreSnippet(s, kinds));
  const found = scores.reduce((n, s) => n + s.found, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const missed = scores.reduce((n, s) => n + s.missed.length, 0);
  const extra = scores.reduce((n, s) => n + s.extra.length, 0);
  const precision = found === 0 ? 0 : (found - extra) / found;
  const recall = expected === 0 ? 0 : (expected - missed) / expected;
  const provinceErrors = scores.flatMap((s) => s.wrongProvince.map((w) => `#${s.id} ${w}`));
  const flagErrors = scores.flatMap((s) => s.wrongFlags.map((w) => `#${s.id} ${w}`));

  console.log(
    `dev corpus: ${scores.length} snippets, ${kinds.size} kinds scored, ${expected} expected, ${found} found; ` +
      `precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}; ` +
      `province errors ${provinceErrors.length}, flag errors ${flagErrors.length}`,
  );
  for (const s of scores) {
    if (s.missed.length || s.extra.length)
      console.log(`#${s.id} missed ${s.missed.join('; ')} extra ${s.extra.join('; ')}`);
  }

  it('reads all 237 expected numbers of the 156 snippets', () => {
    expect([scores.length, expected]).toEqual([156, 237]);
  });
  it('precision is 1: nothing found that is not expected', () => expect(precision).toBe(1));
  it('recall is 1: every expected number found', () => expect(recall).toBe(1));
  it('every found number has the right province', () => expect(provinceErrors).toEqual([]));
  it('flags match the labels', () => expect(flagErrors).toEqual([]));
});
