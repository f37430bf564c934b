// The dev corpus, end to end through the page scan and the core: precision and recall are printed
// and must stay at or above 0.99 / 0.98. Per-snippet details are printed for the failures. Only the
// kinds the corpus labels are scored: numbers of kinds it leaves out of scope are not extras.
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

  it('precision is at least 0.99', () => expect(precision).toBeGreaterThanOrEqual(0.99));
  it('recall is at least 0.98', () => expect(recall).toBeGreaterThanOrEqual(0.98));
  it('every found number has the right province', () => expect(provinceErrors).toEqual([]));
  it('flags match the labels', () => expect(flagErrors).toEqual([]));
});
