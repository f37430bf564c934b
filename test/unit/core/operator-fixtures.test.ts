// The operator finder on the labelled fixtures (test/fixtures/operators), from HTML through the page
// scan: the first operator must be exactly right on pages that print one, and nothing may be reported
// on pages that print none. Thresholds are the scores measured when the fixtures were labelled; the
// figures and every wrong page are printed.
import { describe, expect, it } from 'vitest';
import {
  loadOperatorFixtures,
  noOperatorRate,
  type OperatorPath,
  precision,
  recall,
  scoreOperators,
} from '../../support/operators.ts';

interface Expected {
  file: string;
  path: OperatorPath;
  /** Pages whose first operator must come out right, and pages that must report nothing. */
  firstRight: number;
  nothingReported: number;
}

// 'blocks' is the page scan alone: it sends only runs holding a licence marker, so a copyright line
// in a paragraph of its own is not there. 'context' adds the text read around the blocks.
const EXPECTED: readonly Expected[] = [
  { file: 'footers.jsonl', path: 'context', firstRight: 47, nothingReported: 109 },
  { file: 'footers.jsonl', path: 'blocks', firstRight: 33, nothingReported: 109 },
  { file: 'cases.jsonl', path: 'context', firstRight: 94, nothingReported: 41 },
  { file: 'cases.jsonl', path: 'blocks', firstRight: 79, nothingReported: 41 },
];

describe.each(EXPECTED)('operators in $file ($path)', ({ file, path, firstRight, nothingReported }) => {
  const score = scoreOperators(loadOperatorFixtures(file), path);
  console.log(
    `operators ${file} ${path}: ${score.withOperator} pages with an operator, first right on ` +
      `${score.firstRight} (recall ${recall(score).toFixed(3)}, precision ${precision(score).toFixed(3)}); ` +
      `${score.without} without, nothing reported on ${score.nothingReported} ` +
      `(${noOperatorRate(score).toFixed(3)})`,
  );
  for (const line of score.failures) console.log(`  ${line}`);

  it(`gets the first operator right on at least ${firstRight} pages`, () => {
    expect(score.firstRight).toBeGreaterThanOrEqual(firstRight);
  });
  it(`reports nothing on at least ${nothingReported} pages without one`, () => {
    expect(score.nothingReported).toBeGreaterThanOrEqual(nothingReported);
  });
  it('reports no wrong first operator', () => {
    expect(score.reported).toBe(score.firstRight);
  });
});
