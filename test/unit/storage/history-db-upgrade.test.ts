// The history database from version 1 (indexes by subject and by operator alone) to version 2 (keyed
// [key, -lastSeen], so the popup reads a filer's newest sites in one request): every site is kept
// with its new keys, a corrupt record is dropped with the rest kept, and the totals stay right.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { META, SITES, toRecord, USAGE_KEY } from '../../../src/storage/history-db/schema.ts';
import { createHistoryDb } from '../../../src/storage/history-db/store.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { EMPTY_QUERY } from '../../../src/storage/history-query.ts';

const site = (domain: string, lastSeen: number, text: string) =>
  siteEntry(domain, analysePage([{ text, region: 'footer', id: 0 }], [], false), lastSeen, 'page');

/** A record as version 1 wrote it: today's record without the keys version 2 added. */
function v1Record(domain: string, lastSeen: number, text: string) {
  const { subjectSeen: _s, operatorSeen: _o, ...record } = toRecord(site(domain, lastSeen, text));
  return record;
}

/** A database as version 1 of the extension left it. */
async function makeV1(name: string, records: unknown[], usage: unknown) {
  const db = await openDB(name, 1, {
    upgrade(db) {
      const sites = db.createObjectStore(SITES, { keyPath: 'domain' });
      sites.createIndex('subject', 'subjects', { multiEntry: true });
      sites.createIndex('operator', 'operatorKey');
      sites.createIndex('province', 'provinces', { multiEntry: true });
      sites.createIndex('lastSeen', 'lastSeen');
      db.createObjectStore(META);
    },
  });
  for (const record of records) await db.put(SITES, record as never);
  await db.put(META, usage as never, USAGE_KEY);
  db.close();
}

const OPERATOR = '北京某某科技有限公司';
const SUBJECT = '京ICP备16045689号';

describe('history database upgrade from version 1', () => {
  it('keeps every site, finds them through the new indexes and drops a corrupt record', async () => {
    const name = 'history-upgrade-1';
    const records = [
      v1Record('a.cn', 1, `${OPERATOR} ${SUBJECT}-1`),
      v1Record('b.cn', 3, `${SUBJECT}-2`),
      v1Record('c.cn', 2, `${OPERATOR} 沪ICP备17036581号`),
      v1Record('d.cn', 4, '粤ICP备12345678号'),
    ];
    const bytes = records.reduce((sum, r) => sum + r.bytes, 0);
    // The usage counts the corrupt record too, as version 1 might have.
    await makeV1(name, [...records, { domain: 'bad.cn', lastSeen: 'x', subjects: [1] }], {
      sites: 5,
      bytes: bytes + 30,
      provinces: { '11': 3, '31': 1, '44': 1 },
    });

    const db = createHistoryDb({ name, logError: () => {} });
    expect((await db.all()).map((s) => s.domain)).toEqual(['d.cn', 'b.cn', 'c.cn', 'a.cn']);
    const same = await db.sameFiler('a.cn', [SUBJECT], OPERATOR, 5);
    expect(same.subjects).toEqual([{ key: SUBJECT, count: 1, sites: [{ domain: 'b.cn', lastSeen: 3 }] }]);
    expect(same.operator).toEqual({ key: OPERATOR, count: 1, sites: [{ domain: 'c.cn', lastSeen: 2 }] });
    // The next write counts the usage again without the dropped record.
    await db.add([site('e.cn', 5, '粤ICP备12345679号')]);
    const page = await db.page(EMPTY_QUERY, 0, 10);
    expect(page.total).toBe(5);
    expect(page.provinces.map((p) => [p.code, p.count])).toEqual([
      ['11', 2],
      ['44', 2],
      ['31', 1],
    ]);
    await db.close();

    const raw = await openDB(name);
    expect(raw.version).toBe(2);
    expect([...raw.transaction(SITES).store.indexNames].sort()).toEqual([
      'lastSeen',
      'operatorNewest',
      'province',
      'subjectNewest',
    ]);
    expect(await raw.getAllKeys(SITES)).toEqual(['a.cn', 'b.cn', 'c.cn', 'd.cn', 'e.cn']);
    expect((await raw.get(SITES, 'a.cn'))?.subjectSeen).toEqual([[SUBJECT, -1]]);
    raw.close();
  });

  it('keeps an upgraded database as it is when opened again', async () => {
    const name = 'history-upgrade-2';
    await makeV1(name, [v1Record('a.cn', 1, `${SUBJECT}-1`)], { sites: 1, bytes: 10, provinces: {} });
    const first = createHistoryDb({ name, logError: () => {} });
    await first.ready();
    await first.close();
    const again = createHistoryDb({ name, logError: () => {} });
    expect((await again.sameFiler('b.cn', [SUBJECT], null, 5)).subjects[0]?.count).toBe(1);
    await again.close();
  });
});
