// Runs grammar rules only where they can match. A page's text is mostly prose, and trying a dozen
// regexes at every position of it was most of the parser's time. Each rule names an anchor (a
// label every match contains, at most `lead` characters after the match's start): a quick scan
// finds the anchors, and each rule is tried, sticky, only at the few positions before them.
// The result is exactly what a global scan of each rule finds (test/unit/core/anchored.test.ts).
import type { Rule } from './grammar/rule.ts';

/** A rule with its regex made sticky, so it can be tried at one position. */
export interface Anchored {
  rule: Rule;
  sticky: RegExp;
}

export interface AnchoredRules {
  rules: readonly Anchored[];
  /** Each distinct anchor once (rules may share one), with the rules that use it. */
  anchors: ReadonlyArray<{ re: RegExp; rules: number[] }>;
}

export function anchorRules(rules: readonly Rule[]): AnchoredRules {
  const anchors = new Map<string, number[]>();
  for (const [i, rule] of rules.entries()) anchors.set(rule.anchor, [...(anchors.get(rule.anchor) ?? []), i]);
  return {
    rules: rules.map((rule) => ({
      rule,
      sticky: new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}y`),
    })),
    anchors: [...anchors].map(([source, users]) => ({ re: new RegExp(source, 'g'), rules: users })),
  };
}

/**
 * Start positions of each rule's anchor in `text`, by rule: one scan per distinct anchor (a scan for
 * one label is much faster than for all of them at once). Each position is checked, not only where
 * the last occurrence ended, so overlapping occurrences are all found.
 */
export function anchorHits(set: AnchoredRules, text: string): number[][] {
  const hits: number[][] = set.rules.map(() => []);
  for (const anchor of set.anchors) {
    const found: number[] = [];
    const re = anchor.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push(m.index);
      re.lastIndex = m.index + 1;
    }
    for (const i of anchor.rules) hits[i] = found;
  }
  return hits;
}

/**
 * The matches of one rule, as a global scan of `text` finds them: only positions at most `lead`
 * before an anchor are tried, in order, each once, resuming after a match where a global scan
 * would. Each try is O(1) because every quantifier in a rule is bounded.
 */
export function* anchoredMatches(
  a: Anchored,
  text: string,
  hits: readonly number[],
): Generator<RegExpExecArray> {
  let next = 0; // first position not tried yet, or where a global scan resumes after a match
  for (const at of hits) {
    for (let pos = Math.max(next, at - a.rule.lead); pos <= at; pos = next) {
      a.sticky.lastIndex = pos;
      const m = a.sticky.exec(text);
      next = m ? m.index + Math.max(1, m[0].length) : pos + 1;
      if (m) yield m;
    }
  }
}

/** Every match of `re` from a global scan: what anchoredMatches finds too. */
export function* globalMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/**
 * A sticky try costs about what a global scan spends on six characters (measured with bench/): when
 * a rule's anchors are so frequent that the tries would cost more than one pass over the text, scan
 * instead. Both give the same matches.
 */
export function ruleMatches(a: Anchored, text: string, hits: readonly number[]): Iterable<RegExpExecArray> {
  return hits.length * (a.rule.lead + 1) * 6 > text.length
    ? globalMatches(a.rule.re, text)
    : anchoredMatches(a, text, hits);
}
