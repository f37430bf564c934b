// Moving the storage.local history (a real v1 value and a v0 value, test/fixtures/history) into the
// database: nothing lost, corrupt sites dropped and the rest kept, the old key removed only after
// the sites were committed, a second run after an interruption neither loses nor doubles anything,
// and a full disk leaves the old value for the next start.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LEGACY_HISTORY_KEY } from '../../../src/storage/history-db/migrate.ts';
import { createHistoryDb } from '../../../src/storage/history-db/store.ts';
import { EMPTY_QUERY } from '../../../src/storage/history-query.ts';
import type { HistorySite } from '../../../src/storage/history-schema.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/history/${name}`, import.meta.url), 'utf8')) as unknown;
const V1 = fixture('storage-local-v1.json') as { v: 1; sites: HistorySite[] };
const V0 = fixture('storage-local-v0.json');
const SETTINGS = { v: 2, badgeStyle: 'dot', rememberSites: true };

function localArea(history: unknown) {
  const data: Record<string, unknown> = {
    [LEGACY_HISTORY_KEY]: structuredClone(history),
    settings: SETTINGS,
  };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    remove: async (key: string) => void delete data[key],
  };
}

let made = 0;
const open: Array<ReturnType<typeof createHistoryDb>> = [];
function db(legacy: ReturnType<typeof localArea>, name = `migration-test-${++made}`) {
  const store = createHistoryDb({ name, legacy, logError: () => {} });
  open.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const byDomain = (sites: readonly HistorySite[]) =>
  [...sites].sort((a, b) => a.domain.localeCompare(b.domain));

describe('moving the storage.local history into the database', () => {
  it('keeps every site of a real v1 value, field for field, before the first read', async () => {
    const area = localArea(V1);
    const store = db(area);
    // No explicit ready(): the first read waits for the move.
    const page = await store.page(EMPTY_QUERY, 0, 100);
    expect(page.total).toBe(V1.sites.length);
    expect(byDomain(await store.all())).toEqual(byDomain(V1.sites));
    expect(LEGACY_HISTORY_KEY in area.data).toBe(false);
    expect(area.data.settings).toEqual(SETTINGS);
    // The moved sites are in the indexes: two sites of one filing subject find each other.
    const same = await store.sameFiler('hz-tech.cn', ['浙ICP备18028855号'], null, 10);
    expect(same.subjects[0]?.sites.map((s) => s.domain)).toEqual(['hz-tech-app.cn']);
  });

  it('parses the numbers of a v0 value again', async () => {
    const area = localArea(V0);
    const sites = byDomain(await db(area).all());
    expect(sites.map((s) => [s.domain, s.status, s.firstSeen, s.lastSeen])).toEqual([
      ['example.cn', 'filing', 1735689600000, 1738368000000],
      ['nothing.cn', 'none', 1735000000000, 1735000000001],
      ['shop.example.com.cn', 'commercial', 1736899200000, 1737000000000],
    ]);
    expect(sites[0]?.licences.map((l) => l.number)).toEqual([
      '京ICP备16045689号-1',
      '京公网安备11010502038816号',
    ]);
    expect(LEGACY_HISTORY_KEY in area.data).toBe(false);
  });

  it('drops a corrupt site and keeps the others', async () => {
    const broken = structuredClone(V1) as { v: 1; sites: unknown[] };
    broken.sites[2] = { domain: 'sina.com.cn', lastSeen: 'yesterday' };
    const sites = await db(localArea(broken)).all();
    expect(sites.map((s) => s.domain).sort()).toEqual(
      V1.sites
        .map((s) => s.domain)
        .filter((d) => d !== 'sina.com.cn')
        .sort(),
    );
  });

  it('runs again after an interruption without losing or doubling anything', async () => {
    const area = localArea(V1);
    const remove = area.remove;
    area.remove = async () => {
      throw new Error('worker stopped before the key was removed');
    };
    const name = `migration-test-${++made}`;
    const first = db(area, name);
    await first.ready();
    expect(LEGACY_HISTORY_KEY in area.data).toBe(true);
    await first.close();

    area.remove = remove;
    const second = db(area, name);
    expect(byDomain(await second.all())).toEqual(byDomain(V1.sites));
    expect((await second.page(EMPTY_QUERY, 0, 100)).total).toBe(V1.sites.length);
    expect(LEGACY_HISTORY_KEY in area.data).toBe(false);
  });

  it('leaves the old value for the next start when the disk is full', async () => {
    const area = localArea(V1);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const name = `migration-test-${++made}`;
    try {
      const store = db(area, name);
      await store.ready();
      expect(await store.all()).toEqual([]);
      await store.close();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(area.data[LEGACY_HISTORY_KEY]).toEqual(V1);
    expect((await db(area, name).all()).length).toBe(V1.sites.length);
  });

  it('moves nothing and touches nothing when there is no old value', async () => {
    const area = localArea(undefined);
    delete area.data[LEGACY_HISTORY_KEY];
    expect(await db(area).all()).toEqual([]);
    expect(area.data).toEqual({ settings: SETTINGS });
  });
});
