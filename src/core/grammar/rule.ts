// What every grammar rule looks like, and the regex fragments they share.
import { PROVINCE_CHARS } from '../provinces.ts';
import type { Licence } from '../types.ts';

export interface MatchContext {
  /** The normalised text with comments and template expressions blanked. */
  text: string;
  /** The printed text between two positions of `text`, trimmed. */
  printed(start: number, end: number): string;
  year: number;
}

export interface Rule {
  name: string;
  /** Must have the g flag. Every quantifier is bounded, so each attempt is O(1) and a scan O(n). */
  re: RegExp;
  /**
   * A pattern that every match contains, at most `lead` characters after the match's start. The
   * parser tries `re` only there (parse.ts), so text without the anchor costs one shared scan.
   */
  anchor: string;
  lead: number;
  build(m: RegExpExecArray, ctx: MatchContext): Licence | null;
}

/** Optional white space inside a number (normalisation has folded every space to ' '). */
export const W = '[ \\n]{0,3}';
/** Any province character of any prefix vocabulary. */
export const PROV = `[${PROVINCE_CHARS}]`;
/** A digit run must not run on into more digits or a mask (130xxxx83, 200***24, 07500273X). */
export const END_DIGITS = '(?![0-9xX*])';
/** A site suffix: -N with an optional service letter that is not the start of a word (-2All). */
export const SUFFIX = `(?:${W}-${W}(?<seq>\\d{1,4})(?<svc>[A-Z](?![A-Za-z]))?${END_DIGITS})?`;
/** Opening and closing brackets of every style, after normalisation folded （） to (). */
export const OPEN = '[\\[(【〔<]';
export const CLOSE = '[\\])】〕>]';

/** A table of rules keyed by name, each rule's `name` set to its key (parse.ts joins them to kinds.ts). */
export function named<const T extends Record<string, Omit<Rule, 'name'>>>(
  rules: T,
): { [K in keyof T]: Rule } {
  const entries = Object.entries(rules).map(([name, rule]) => [name, { ...rule, name }]);
  return Object.fromEntries(entries) as { [K in keyof T]: Rule };
}

export function group(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

/** Builds a regex from a template whose ' ' stand for optional white space, e.g. 'ICP 备'. */
export function spaced(chars: string): string {
  return [...chars].join(W);
}
