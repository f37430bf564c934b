// Anchored matching (src/core/anchored.ts) must find exactly what a global scan of each rule finds.
// A rule whose anchor or lead is wrong (say, after its pattern gained a new label) fails here.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches, anchorHits, anchorRules, globalMatches } from '../../../src/core/anchored.ts';
import { normalize } from '../../../src/core/normalize.ts';
import { RULES } from '../../../src/core/parse.ts';
import { anyText, licenceish } from '../../support/arbitraries.ts';
import { loadCorpus } from '../../support/corpus.ts';

const SET = anchorRules(RULES);

function globalScan(re: RegExp, text: string): Array<[number, string]> {
  return [...globalMatches(re, text)].map((m) => [m.index, m[0]]);
}

/** Each rule's matches by name; one assertion per text, as an expect per rule was most of the time. */
function expectSame(raw: string): void {
  const text = normalize(raw).text;
  const hits = anchorHits(SET, text);
  for (const [i, a] of SET.rules.entries()) {
    const anchored = [...anchoredMatches(a, text, hits[i] ?? [])].map((m) => [m.index, m[0]]);
    const global = globalScan(a.rule.re, text);
    // expect() only on a difference: thousands of texts times every rule is too many assertions to
    // make one by one, and each builds its message.
    if (!isDeepStrictEqual(anchored, global)) {
      expect(anchored, `${a.rule.name} on ${JSON.stringify(text)}`).toEqual(global);
    }
  }
}

describe('anchored matching', () => {
  it('equals a global scan on generated text', () => {
    fc.assert(
      fc.property(fc.oneof(licenceish, anyText), (text) => expectSame(text)),
      { numRuns: 3_000 },
    );
  });

  it('equals a global scan on the dev corpus', () => {
    for (const snippet of loadCorpus()) expectSame(snippet.html.replace(/<[^>]*>/g, ' '));
  });
});
