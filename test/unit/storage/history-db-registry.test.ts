// Registry verdicts in the history database: kept on the site's record (merged: an empty answer does
// not replace a record), never adding a site, counted in the usage, broadcast as a change, and a
// corrupt `registry` field dropped on read with the site kept.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { miitVerdict } from '../../../src/core/registry/verdict.ts';
import { SITES } from '../../../src/storage/history-db/schema.ts';
import { createHistoryDb } from '../../../src/storage/history-db/store.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { EMPTY_QUERY } from '../../../src/storage/history-query.ts';
import type { RegistryCheck } from '../../../src/storage/registry-checks.ts';

const FILING = '京ICP备16045689号-1';
let made = 0;
const open: Array<ReturnType<typeof createHistoryDb>> = [];
function freshDb() {
  const name = `history-registry-test-${++made}`;
  let changes = 0;
  const db = createHistoryDb({ name, logError: () => {}, onChange: () => changes++ });
  open.push(db);
  return { db, name, changes: () => changes };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const report = analysePage([{ text: FILING, region: 'footer', id: 0 }], [], false);
const site = (domain: string) => siteEntry(domain, report, 1, 'page');

function check(list: object[]): RegistryCheck {
  const body = JSON.stringify({ code: 200, success: true, params: { list } });
  const answer = parseMiitResponse('list', { status: 200, contentType: 'application/json', body }, 'a.cn', 5);
  return {
    number: FILING,
    verdict: miitVerdict({ domain: 'a.cn', licences: report.licences }, undefined, answer),
  };
}
const found = check([
  {
    domain: 'a.cn',
    domainId: 1,
    serviceLicence: FILING,
    mainLicence: '京ICP备16045689号',
    unitName: '北京云途文化传媒有限公司',
    natureName: '企业',
    updateRecordTime: '2024-05-20 10:00:00',
    limitAccess: '否',
  },
]);
const empty = check([]);

describe('registry verdicts in the history database', () => {
  it('are kept on a remembered site, and an empty answer later does not replace them', async () => {
    const { db, changes } = freshDb();
    await db.add([site('a.cn')]);
    const before = changes();
    expect(await db.addRegistryCheck('a.cn', found)).toBe(true);
    expect(changes()).toBe(before + 1);
    expect((await db.all())[0]?.registry?.miit?.verdict.outcome.code).toBe('miit-match');
    await db.addRegistryCheck('a.cn', empty);
    expect((await db.all())[0]?.registry?.miit?.verdict.outcome.code).toBe('miit-match');
    // The history page reads the same field.
    const page = await db.page(EMPTY_QUERY, 0, 10);
    expect(page.sites[0]?.registry?.miit?.number).toBe(FILING);
  });

  it('never add a site the history does not hold', async () => {
    const { db, changes } = freshDb();
    expect(await db.addRegistryCheck('b.cn', found)).toBe(false);
    expect(await db.all()).toEqual([]);
    expect(changes()).toBe(0);
  });

  it('count in the usage, so the byte bound still holds', async () => {
    const { db, name } = freshDb();
    await db.add([site('a.cn')]);
    await db.addRegistryCheck('a.cn', found);
    const raw = await openDB(name);
    const record = await raw.get(SITES, 'a.cn');
    const usage = await raw.get('meta', 'usage');
    raw.close();
    expect(record.bytes).toBe(JSON.stringify((await db.all())[0]).length);
    expect(usage).toEqual({ sites: 1, bytes: record.bytes, provinces: { '11': 1 } });
  });

  it('survive a later scan of the site', async () => {
    const { db } = freshDb();
    await db.add([site('a.cn')]);
    await db.addRegistryCheck('a.cn', found);
    await db.add([siteEntry('a.cn', report, 9, 'page')]);
    expect((await db.all())[0]).toMatchObject({ lastSeen: 9, registry: { miit: { number: FILING } } });
  });

  it('when corrupt, are dropped on read and the site is kept', async () => {
    const { db, name } = freshDb();
    await db.add([site('a.cn')]);
    const raw = await openDB(name);
    const record = await raw.get(SITES, 'a.cn');
    await raw.put(SITES, { ...record, registry: { miit: { number: 7, verdict: 'forged' } } });
    raw.close();
    const [kept] = await db.all();
    expect(kept?.domain).toBe('a.cn');
    expect(kept && 'registry' in kept).toBe(false);
    // A check written later replaces the unreadable field.
    expect(await db.addRegistryCheck('a.cn', found)).toBe(true);
    expect((await db.all())[0]?.registry?.miit?.verdict.outcome.code).toBe('miit-match');
  });
});
