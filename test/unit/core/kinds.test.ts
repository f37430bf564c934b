// The kinds table holds together: every grammar rule belongs to one row, the parse order is the
// rows' order, the markers are the rows' markers, and the derived lists agree with the rows.
import { describe, expect, it } from 'vitest';
import { isIcpNumber, isPrimaryCandidate, KINDS, kindRow, ruleOrder } from '../../../src/core/kinds.ts';
import { MARKER_SOURCE } from '../../../src/core/markers.ts';
import { RULES, RULES_BY_NAME } from '../../../src/core/parse.ts';
import { LICENCE_KINDS } from '../../../src/core/types.ts';

const rulesOf = (row: (typeof KINDS)[number]) => [...row.rules, ...(row.fallbackRules ?? [])];

describe('kinds table', () => {
  it('has one row per id and per message key', () => {
    expect(new Set(KINDS.map((r) => r.id)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((r) => r.key)).size).toBe(KINDS.length);
    expect(LICENCE_KINDS).toEqual(KINDS.map((r) => r.id));
    for (const row of KINDS) expect(kindRow(row.id)).toBe(row);
  });

  it('gives every grammar rule to exactly one row, and each row only rules that exist', () => {
    const owners = new Map<string, string[]>();
    for (const row of KINDS)
      for (const name of rulesOf(row)) owners.set(name, [...(owners.get(name) ?? []), row.id]);
    for (const name of Object.keys(RULES_BY_NAME)) expect(owners.get(name), name).toHaveLength(1);
    for (const name of owners.keys()) expect(Object.keys(RULES_BY_NAME)).toContain(name);
  });

  it('names each rule by its key', () => {
    for (const [name, rule] of Object.entries(RULES_BY_NAME)) expect(rule.name).toBe(name);
  });

  it('tries rules in row order, the fallback rules last', () => {
    expect(RULES.map((r) => r.name)).toEqual(ruleOrder());
    const fallback = KINDS.flatMap((row) => row.fallbackRules ?? []);
    expect(ruleOrder().slice(-fallback.length)).toEqual(fallback);
    expect(new Set(ruleOrder()).size).toBe(Object.keys(RULES_BY_NAME).length);
  });

  it('builds the marker pre-filter from every row and nothing else', () => {
    const alternatives = new Set(KINDS.flatMap((row) => row.markers));
    expect(MARKER_SOURCE).toBe([...alternatives].join('|'));
    for (const row of KINDS) {
      expect(row.markers.length, row.id).toBeGreaterThan(0);
      for (const marker of row.markers)
        expect(new RegExp(marker).test(''), `${row.id}: ${marker}`).toBe(false);
    }
  });

  it('makes primary candidates of ICP numbers only', () => {
    const primary = KINDS.filter((r) => isPrimaryCandidate(r.id)).map((r) => r.id);
    expect(primary).toEqual(['icp-filing', 'icp-license']);
    for (const kind of primary) expect(isIcpNumber(kind)).toBe(true);
    expect(isIcpNumber('novelty-icp')).toBe(false);
  });

  it('asks a link only to a registry the page scan recognises', () => {
    // The page scan reports links to MIIT and to the police portal (OfficialLink['registry']).
    for (const row of KINDS.filter((r) => r.mustLink))
      expect(['miit', 'psb'], row.id).toContain(row.registry);
  });
});
