// Scores the operator finder on the labelled fixtures in test/fixtures/operators, through the whole
// path from HTML: inert happy-dom document, page scan, licence parser, operator finder.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/document.ts';
import { analysePage } from '../../src/core/analyse.ts';
import { findOperators } from '../../src/core/operator/find.ts';
import type { Operator } from '../../src/core/operator/types.ts';
import { scanPage } from '../../src/dom/scan-page.ts';

export interface OperatorFixture {
  id: number | string;
  html: string;
  /** Normalised names, best first; empty when the page prints no operator. */
  operators: string[];
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const OPERATOR_FIXTURES = resolve(here, '../fixtures/operators');

export function loadOperatorFixtures(file: string): OperatorFixture[] {
  return readFileSync(resolve(OPERATOR_FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as OperatorFixture);
}

/**
 * 'blocks': only the blocks the page scan holds; 'context': those plus what it reads for the
 * operator finder (src/dom/scan-page.ts): the text around them, where a copyright line in a
 * paragraph of its own is found, and the footer's owner line when the footer gave no block.
 */
export type OperatorPath = 'blocks' | 'context';

export function operatorsOfHtml(html: string, path: OperatorPath): Operator[] {
  const page = parseHtml(html, null);
  try {
    const scan = scanPage(page.document);
    const { licences } = analysePage(scan.blocks, scan.links, scan.truncated, { year: 2026 });
    const blocks = path === 'context' ? [...scan.blocks, ...scan.context] : scan.blocks;
    return findOperators(blocks, licences);
  } finally {
    void page.close();
  }
}

export interface OperatorScore {
  /** Pages that print an operator, and those whose first operator came out exactly right. */
  withOperator: number;
  firstRight: number;
  /** Pages where something was reported, and those where the first name is the expected first. */
  reported: number;
  /** Pages that print none, and those where nothing was reported. */
  without: number;
  nothingReported: number;
  /** One line per page where the first operator (or its absence) is wrong. */
  failures: string[];
}

export function scoreOperators(fixtures: readonly OperatorFixture[], path: OperatorPath): OperatorScore {
  const score: OperatorScore = {
    withOperator: 0,
    firstRight: 0,
    reported: 0,
    without: 0,
    nothingReported: 0,
    failures: [],
  };
  for (const fixture of fixtures) {
    const got = operatorsOfHtml(fixture.html, path);
    const want = fixture.operators[0];
    const first = got[0]?.name;
    if (first !== undefined) score.reported++;
    if (want !== undefined) {
      score.withOperator++;
      if (first === want) score.firstRight++;
    } else {
      score.without++;
      if (first === undefined) score.nothingReported++;
    }
    if (first !== want) {
      const list = got.map((o) => `${o.name} (${o.source})`).join('; ');
      score.failures.push(`#${fixture.id} want ${want ?? 'nothing'}, got ${list || 'nothing'}`);
    }
  }
  return score;
}

/** Precision: first operators reported that are right, over all pages where one was reported. */
export function precision(s: OperatorScore): number {
  return s.reported === 0 ? 1 : s.firstRight / s.reported;
}

export function recall(s: OperatorScore): number {
  return s.withOperator === 0 ? 1 : s.firstRight / s.withOperator;
}

export function noOperatorRate(s: OperatorScore): number {
  return s.without === 0 ? 1 : s.nothingReported / s.without;
}
