// Finds every licence number in one piece of text.

import { anchorHits, anchorRules, ruleMatches } from './anchored.ts';
import { currentYear } from './checks.ts';
import { cultureRules } from './grammar/culture.ts';
import { englishRules } from './grammar/english.ts';
import { englishPsbRules } from './grammar/english-psb.ts';
import { icpRules } from './grammar/icp.ts';
import { otherRules } from './grammar/other.ts';
import { psbRules } from './grammar/psb.ts';
import type { MatchContext, Rule } from './grammar/rule.ts';
import { telecomRules } from './grammar/telecom.ts';
import { type RuleName, ruleOrder } from './kinds.ts';
import { hasMarker } from './markers.ts';
import { normalize } from './normalize.ts';
import { maskTemplates } from './templates.ts';
import type { Licence } from './types.ts';

/**
 * Every grammar rule by name. The compiler checks that each name a row of kinds.ts gives is here;
 * test/unit/core/kinds.test.ts checks that each rule here belongs to exactly one row.
 */
export const RULES_BY_NAME = {
  ...icpRules,
  ...englishRules,
  ...englishPsbRules,
  ...psbRules,
  ...telecomRules,
  ...cultureRules,
  ...otherRules,
} satisfies Record<RuleName, Rule>;

/** In priority order (the rows of kinds.ts): where two matches overlap, the earlier rule's wins. */
export const RULES: readonly Rule[] = ruleOrder().map((name) => RULES_BY_NAME[name]);

export interface ParseOptions {
  /** The current year, for plausibility checks; defaults to the clock's. */
  year?: number;
}

export interface Located<T> {
  value: T;
  start: number;
  end: number;
}

const ANCHORED = anchorRules(RULES);

/** Every licence in `text`, in the order printed, each with its span in `text`. */
export function parseTextLocated(text: string, options: ParseOptions = {}): Located<Licence>[] {
  if (!hasMarker(text)) return [];
  const { text: normal, map } = normalize(text);
  const masked = maskTemplates(normal);
  const ctx: MatchContext = {
    text: masked,
    year: options.year ?? currentYear(),
    printed: (start, end) => text.slice(map[start] ?? 0, map[end] ?? text.length).trim(),
  };
  const accepted: Located<Licence>[] = [];
  // Which characters an accepted match already covers: an O(length) overlap test, so a text
  // dense with numbers stays linear.
  const taken = new Uint8Array(masked.length);
  const overlaps = (start: number, end: number) => taken.subarray(start, end).includes(1);
  // A match must not begin or end inside what one printed character folded to (㍢ is "10点").
  const splits = (at: number) => at > 0 && at < masked.length && map[at] === map[at - 1];
  const hits = anchorHits(ANCHORED, masked);
  for (const [i, a] of ANCHORED.rules.entries()) {
    for (const m of ruleMatches(a, masked, hits[i] ?? [])) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || splits(start) || splits(end)) continue;
      const licence = a.rule.build(m, ctx);
      if (!licence) continue;
      accepted.push({ value: licence, start, end });
      taken.fill(1, start, end);
    }
  }
  return accepted
    .sort((a, b) => a.start - b.start)
    .map((a) => ({ ...a, start: map[a.start] ?? 0, end: map[a.end] ?? 0 }));
}

/** Every licence in `text`, in the order printed. */
export function parseText(text: string, options: ParseOptions = {}): Licence[] {
  return parseTextLocated(text, options).map((l) => l.value);
}
