// The stored shape of the old storage.local history: the v0 → v1 migration, and validation (a
// corrupt value is unreadable as a whole). The database itself: history-db.test.ts.
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../src/storage/history-parse.ts';
import { EMPTY_HISTORY } from '../../../src/storage/history-schema.ts';

describe('history schema', () => {
  it('migrates the hand-made v0 shape by parsing its numbers again', () => {
    const v0 = {
      sites: {
        'example.cn': {
          first: 100,
          last: 200,
          numbers: ['京ICP备16045689号-1', '京公网安备11010502038816号'],
        },
        'other.com.cn': { first: 5, last: 6, numbers: [] },
      },
    };
    const history = parseHistory(v0);
    expect(history?.v).toBe(1);
    const example = history?.sites.find((s) => s.domain === 'example.cn');
    expect(example).toMatchObject({ firstSeen: 100, lastSeen: 200, status: 'filing', source: 'page' });
    expect(example?.licences.map((l) => [l.kind, l.number, l.province?.abbr])).toEqual([
      ['icp-filing', '京ICP备16045689号-1', '京'],
      ['psb', '京公网安备11010502038816号', '京'],
    ]);
    expect(history?.sites.find((s) => s.domain === 'other.com.cn')?.status).toBe('none');
  });

  it('rejects corrupt values and unknown versions, and reads nothing as empty', () => {
    expect(parseHistory(undefined)).toEqual(EMPTY_HISTORY);
    for (const raw of [
      null,
      'x',
      3,
      [],
      { v: 1, sites: 'no' },
      { v: 1, sites: [{ domain: 'a.cn' }] },
      { v: 9 },
    ]) {
      expect(parseHistory(raw)).toBeNull();
    }
    expect(parseHistory({ sites: { 'a.cn': { first: 'yesterday', last: 2, numbers: [] } } })).toBeNull();
  });
});
