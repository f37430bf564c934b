// The shipped host list is valid, says where it came from, and keeps what the source says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HOST_LIST } from '../../../src/core/readiness/hosts.ts';
import { HostListSchema } from '../../../src/core/readiness/schema.ts';

const DATA = join(import.meta.dirname, '../../../src/core/readiness/data');
interface SourceEntry {
  suffix: string;
  service: string;
  category: string;
  status: string;
  evidence: string;
  alternative: string;
}
const source = JSON.parse(
  readFileSync(join(DATA, 'source/china-blocked-hosts.json'), 'utf8'),
) as SourceEntry[];

describe('blocked-hosts.json', () => {
  it('fits the schema', () => {
    const result = v.safeParse(HostListSchema, HOST_LIST);
    expect(result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
  });

  it('is dated and names its sources with their licences', () => {
    expect(HOST_LIST.date).toBe('2026-08-19');
    const licences = HOST_LIST.sources.map((s) => `${s.name}: ${s.licence}`).join('\n');
    expect(licences).toContain('gfwlist/gfwlist: LGPL-2.1');
    expect(licences).toContain('v2fly/domain-list-community: MIT, Copyright (c) 2018-2019 V2Ray');
  });

  it('lists each suffix once, sorted', () => {
    const suffixes = HOST_LIST.entries.map((e) => e.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    expect(suffixes).toEqual([...suffixes].sort());
  });

  it('keeps every source entry with its status, service, evidence and alternative', () => {
    expect(HOST_LIST.entries).toHaveLength(source.length);
    const bySuffix = new Map(HOST_LIST.entries.map((e) => [e.suffix, e]));
    for (const s of source) {
      const e = bySuffix.get(s.suffix);
      expect(e, s.suffix).toBeDefined();
      expect(e).toMatchObject({
        status: s.status,
        service: s.service,
        evidence: s.evidence,
        alternative: s.alternative,
      });
      // Only the documented changes of category: ai/other → other, and the hosts split by path.
      const expected = s.category === 'ai/other' || e?.paths ? 'other' : s.category;
      expect(e?.category, s.suffix).toBe(expected);
    }
  });

  it('splits www.google.com and www.gstatic.com by path, as the README says', () => {
    const split = HOST_LIST.entries.filter((e) => e.paths).map((e) => e.suffix);
    expect(split).toEqual(['www.google.com', 'www.gstatic.com']);
  });
});
