// The site history store: the v0 → v1 migration, validation (corrupt → history reset, settings
// kept), the cap, quota errors, merging of later scans, and writes that never overwrite each other.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { parseHistory } from '../../../src/storage/history-parse.ts';
import { EMPTY_HISTORY, type HistorySite } from '../../../src/storage/history-schema.ts';
import { createHistoryStore, HISTORY_KEY } from '../../../src/storage/history-store.ts';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    remove: async (key: string) => void delete data[key],
  };
}

const report = (...texts: string[]) =>
  analysePage(
    texts.map((text, id) => ({ text, region: 'footer' as const, id })),
    [],
    false,
  );

const site = (domain: string, lastSeen: number, ...texts: string[]): HistorySite =>
  siteEntry(domain, report(...texts), lastSeen, 'page');

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

describe('history store', () => {
  it('adds, merges a later scan of the same site and reads newest first', async () => {
    const area = memoryArea();
    const store = createHistoryStore(area);
    await store.add([site('a.cn', 10, '京ICP备16045689号-1')]);
    await store.add([site('b.cn', 20, '粤ICP备12345678号')]);
    await store.add([site('a.cn', 30, '京公网安备11010502038816号')]);
    const sites = await store.read();
    expect(sites.map((s) => s.domain)).toEqual(['a.cn', 'b.cn']);
    const a = sites[0] as HistorySite;
    expect(a).toMatchObject({ firstSeen: 10, lastSeen: 30, status: 'filing' });
    expect(a.licences.map((l) => l.kind).sort()).toEqual(['icp-filing', 'psb']);
    expect(area.data[HISTORY_KEY]).toMatchObject({ v: 1 });
  });

  it('keeps at most the cap, dropping the oldest last-seen first', async () => {
    const store = createHistoryStore(memoryArea(), 3);
    await store.add([1, 2, 3, 4, 5].map((n) => site(`s${n}.cn`, n * 10)));
    expect((await store.read()).map((s) => s.domain)).toEqual(['s5.cn', 's4.cn', 's3.cn']);
  });

  it('resets a corrupt history and leaves every other key alone', async () => {
    const area = memoryArea({ [HISTORY_KEY]: { v: 1, sites: 42 }, settings: { v: 2, badgeStyle: 'dot' } });
    const store = createHistoryStore(area);
    expect(await store.read()).toEqual([]);
    await store.add([site('a.cn', 1)]);
    expect((await store.read()).map((s) => s.domain)).toEqual(['a.cn']);
    expect(area.data.settings).toEqual({ v: 2, badgeStyle: 'dot' });
  });

  it('drops the oldest sites and retries when the quota is hit; false when it had to', async () => {
    const area = memoryArea();
    const limit = 4;
    const set = area.set;
    area.set = async (items) => {
      const stored = items[HISTORY_KEY] as { sites: unknown[] };
      if (stored.sites.length > limit) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    };
    const store = createHistoryStore(area);
    expect(await store.add([1, 2, 3].map((n) => site(`s${n}.cn`, n)))).toBe(true);
    expect(await store.add([4, 5, 6, 7].map((n) => site(`s${n}.cn`, n)))).toBe(false);
    const kept = (await store.read()).map((s) => s.domain);
    expect(kept.length).toBeLessThanOrEqual(limit);
    expect(kept[0]).toBe('s7.cn');
  });

  it('gives other storage errors to the caller and reads a throwing area as empty', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('disk on fire');
    };
    await expect(createHistoryStore(area).add([site('a.cn', 1)])).rejects.toThrow('disk on fire');
    area.get = async () => {
      throw new Error('gone');
    };
    expect(await createHistoryStore(area).read()).toEqual([]);
  });

  it('never loses a write when several arrive at once', async () => {
    const store = createHistoryStore(memoryArea());
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => store.add([site(`s${n}.cn`, n)])));
    expect((await store.read()).length).toBe(6);
  });

  it('removes sites and clears', async () => {
    const area = memoryArea();
    const store = createHistoryStore(area);
    await store.add([site('a.cn', 1), site('b.cn', 2)]);
    await store.remove(['a.cn']);
    expect((await store.read()).map((s) => s.domain)).toEqual(['b.cn']);
    await store.clear();
    expect(HISTORY_KEY in area.data).toBe(false);
  });
});
