// The operators of a page: every name the page prints as the site's operator or owner, best first.
import type { FoundLicence, Licence, TextBlock } from '../types.ts';
import { type NumberSpan, rankOperators, scanText, type TextOperator } from './scan.ts';
import type { Operator } from './types.ts';

/** Most distinct numbers looked up in one text, and occurrences of each. */
const MAX_NUMBERS = 256;
const MAX_OCCURRENCES = 64;

/**
 * Where the licences' printed forms occur in `text`. A licence is looked up in every text, not only
 * the block it was read from, so text read around the blocks (a whole footer) finds its numbers too.
 */
export function numberSpans(text: string, licences: readonly Licence[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const seen = new Set<string>();
  for (const licence of licences) {
    const printed = licence.printed;
    if (!printed || seen.has(printed)) continue;
    if (seen.size >= MAX_NUMBERS) break;
    seen.add(printed);
    let from = 0;
    for (let k = 0; k < MAX_OCCURRENCES; k++) {
      const at = text.indexOf(printed, from);
      if (at < 0) break;
      spans.push({ start: at, end: at + printed.length, kind: licence.kind });
      from = at + printed.length;
    }
  }
  return spans;
}

/** Operators in one text, given the licences found in it (or on its page). */
export function findOperatorsInText(text: string, licences: readonly Licence[] = []): TextOperator[] {
  return rankOperators(scanText(text, numberSpans(text, licences)), () => 0);
}

/**
 * Every operator the page prints, best first: footer before body, then by source (备案主体, 主办,
 * 承办/运营, 所有者, a name before an ICP number, a copyright line, a name beside the numbers), then
 * Chinese before Latin names, then page order. Each name once. The first is the one most likely to
 * hold the filing.
 */
export function findOperators(blocks: readonly TextBlock[], licences: readonly FoundLicence[]): Operator[] {
  interface Found extends TextOperator {
    region: TextBlock['region'];
    block: number;
  }
  const found: Found[] = [];
  const ordered = [...blocks].sort((a, b) => Number(a.region === 'body') - Number(b.region === 'body'));
  for (const block of ordered) {
    for (const op of scanText(block.text, numberSpans(block.text, licences))) {
      found.push({ ...op, region: block.region, block: block.id });
    }
  }
  return rankOperators(found, (op) => Number(op.region === 'body')).map((op) => ({
    printed: op.printed,
    name: op.name,
    kind: op.kind,
    source: op.source,
    region: op.region,
    block: op.block,
  }));
}
