// The history database on fake-indexeddb: merging later scans, the indexes behind "same filer",
// pages and groups, the bounds (oldest dropped first), corrupt records dropped with the rest kept,
// a full disk reported instead of thrown, and concurrent writes that lose nothing.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { META, SITES, USAGE_KEY } from '../../../src/storage/history-db/schema.ts';
import { createHistoryDb, type HistoryDbOptions } from '../../../src/storage/history-db/store.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { EMPTY_QUERY, type Query } from '../../../src/storage/history-query.ts';

let made = 0;
const open: Array<ReturnType<typeof createHistoryDb>> = [];
/** A store on a database of its own, so cases never see each other's sites. */
function freshDb(options: HistoryDbOptions = {}) {
  const name = `history-test-${++made}`;
  const db = createHistoryDb({ name, logError: () => {}, ...options });
  open.push(db);
  return { db, name };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const site = (domain: string, lastSeen: number, ...texts: string[]) =>
  siteEntry(
    domain,
    analysePage(
      texts.map((text, id) => ({ text, region: 'footer' as const, id })),
      [],
      false,
    ),
    lastSeen,
    'page',
  );

const query = (q: Partial<Query> = {}): Query => ({ ...EMPTY_QUERY, ...q });
const domains = (sites: readonly { domain: string }[]) => sites.map((s) => s.domain);

describe('history database', () => {
  it('adds, merges a later scan of the same site and reads newest first', async () => {
    const { db } = freshDb();
    await db.add([site('a.cn', 10, '京ICP备16045689号-1')]);
    await db.add([site('b.cn', 20, '粤ICP备12345678号')]);
    expect(await db.add([site('a.cn', 30, '京公网安备11010502038816号')])).toEqual({
      stored: 1,
      complete: true,
      full: false,
    });
    const sites = await db.all();
    expect(domains(sites)).toEqual(['a.cn', 'b.cn']);
    expect(sites[0]).toMatchObject({ firstSeen: 10, lastSeen: 30, status: 'filing' });
    expect(sites[0]?.licences.map((l) => l.kind).sort()).toEqual(['icp-filing', 'psb']);
  });

  it('finds the other sites of a subject and of an operator, not the site itself', async () => {
    const { db } = freshDb();
    await db.add([
      site('a.cn', 1, '北京某某科技有限公司 京ICP备16045689号-1'),
      site('b.cn', 3, '京ICP备16045689号-2'),
      site('c.cn', 2, '北京某某科技有限公司 沪ICP备17036581号'),
      site('d.cn', 4, '粤ICP备12345678号'),
    ]);
    const same = await db.sameFiler('a.cn', ['京ICP备16045689号'], '北京某某科技有限公司', 10);
    expect(same.subjects).toEqual([
      { key: '京ICP备16045689号', count: 1, sites: [{ domain: 'b.cn', lastSeen: 3 }] },
    ]);
    expect(same.operator).toEqual({
      key: '北京某某科技有限公司',
      count: 1,
      sites: [{ domain: 'c.cn', lastSeen: 2 }],
    });
    // A site not stored yet (history just turned on) still finds the others.
    const fresh = await db.sameFiler('new.cn', ['京ICP备16045689号'], null, 10);
    expect(fresh.subjects[0]?.count).toBe(2);
    expect(await db.sameFiler('d.cn', ['粤ICP备12345678号'], null, 10)).toEqual({
      subjects: [],
      operator: null,
    });
  });

  it('bounds the lookup but counts every match', async () => {
    const { db } = freshDb();
    await db.add(Array.from({ length: 30 }, (_, n) => site(`s${n}.cn`, n, '京ICP备16045689号-1')));
    const same = await db.sameFiler('s0.cn', ['京ICP备16045689号'], null, 5);
    expect(same.subjects[0]?.count).toBe(29);
    expect(same.subjects[0]?.sites).toHaveLength(5);
    expect(domains(same.subjects[0]?.sites ?? [])).not.toContain('s0.cn');
  });

  it('lists the newest sites of a subject and an operator, whatever their domains', async () => {
    const { db } = freshDb();
    // Domains in the opposite order of last seen: z0 is the newest, a0 the oldest.
    const letters = 'zyxwvutsrqponmlkjihgfedcba';
    await db.add(
      [...letters].map((c, n) => site(`${c}0.cn`, 1_000 - n, '北京某某科技有限公司 京ICP备16045689号-1')),
    );
    const same = await db.sameFiler('z0.cn', ['京ICP备16045689号'], '北京某某科技有限公司', 3);
    const newest = ['y0.cn', 'x0.cn', 'w0.cn'];
    expect(domains(same.subjects[0]?.sites ?? [])).toEqual(newest);
    expect(domains(same.operator?.sites ?? [])).toEqual(newest);
    expect(same.subjects[0]?.count).toBe(25);
    // A later scan of an old site moves it to the front.
    await db.add([site('a0.cn', 2_000, '北京某某科技有限公司 京ICP备16045689号-1')]);
    const again = await db.sameFiler('z0.cn', ['京ICP备16045689号'], '北京某某科技有限公司', 3);
    expect(domains(again.subjects[0]?.sites ?? [])).toEqual(['a0.cn', 'y0.cn', 'x0.cn']);
    expect(domains(again.operator?.sites ?? [])).toEqual(['a0.cn', 'y0.cn', 'x0.cn']);
    expect(again.subjects[0]?.count).toBe(25);
  });

  it('answers a repeated lookup from memory until the history changes', async () => {
    const { db, name } = freshDb();
    const SUBJECT = '京ICP备16045689号';
    const count = async () => (await db.sameFiler('a.cn', [SUBJECT], null, 5)).subjects[0]?.count ?? 0;
    await db.add([site('a.cn', 1, `${SUBJECT}-1`), site('b.cn', 2, `${SUBJECT}-2`)]);
    expect(await count()).toBe(1);
    // Written past the store (which no one else may do): the kept answer does not read it...
    const raw = await openDB(name);
    await raw.put(SITES, { ...(await raw.get(SITES, 'b.cn')), domain: 'c.cn' });
    raw.close();
    expect(await count()).toBe(1);
    // ...and every change made through the store drops the kept answers.
    await db.add([site('d.cn', 3, `${SUBJECT}-3`)]);
    expect(await count()).toBe(3);
    await db.remove(['c.cn']);
    expect(await count()).toBe(2);
    await db.clear();
    expect(await count()).toBe(0);
  });

  it('pages the newest-first list through sites seen at the same time, as one walk would', async () => {
    const { db } = freshDb();
    const tied = ['a.cn', 'b.cn', 'c.cn', 'd.cn', 'e.cn'].map((d) => site(d, 5, 'no numbers'));
    await db.add([site('f.cn', 9, 'no numbers'), ...tied, site('g.cn', 1, 'no numbers')]);
    // Ties come in descending domain order, the index's own order walked backwards.
    const pages: string[][] = [];
    for (let offset = 0; offset < 8; offset += 2)
      pages.push(domains((await db.page(query(), offset, 2)).sites));
    expect(pages).toEqual([['f.cn', 'e.cn'], ['d.cn', 'c.cn'], ['b.cn', 'a.cn'], ['g.cn']]);
    expect(domains((await db.page(query(), 3, 1)).sites)).toEqual(['c.cn']);
    expect(domains((await db.page(query(), 1, 10)).sites)).toEqual([
      'e.cn',
      'd.cn',
      'c.cn',
      'b.cn',
      'a.cn',
      'g.cn',
    ]);
    expect((await db.page(query(), 7, 5)).sites).toEqual([]);
  });

  it('pages the newest-first list from the index and filters the rest', async () => {
    const { db } = freshDb();
    await db.add([
      site('a.cn', 1, '京ICP备16045689号-1'),
      site('b.cn', 2, '沪ICP备17036581号'),
      site('c.cn', 3, '北京某某科技有限公司 京ICP备16045689号-2'),
      site('d.cn', 4, 'no numbers'),
    ]);
    const first = await db.page(query(), 0, 2);
    expect(domains(first.sites)).toEqual(['d.cn', 'c.cn']);
    expect(first).toMatchObject({ total: 4, matched: 4, full: false });
    expect(domains((await db.page(query(), 2, 2)).sites)).toEqual(['b.cn', 'a.cn']);
    // The index's province counts are the ones a full read gives.
    const filtered = await db.page(query({ subject: '京ICP备16045689号' }), 0, 10);
    expect(domains(filtered.sites)).toEqual(['c.cn', 'a.cn']);
    expect(filtered.matched).toBe(2);
    expect(first.provinces).toEqual(filtered.provinces);
    expect(first.provinces.map((p) => [p.code, p.count])).toEqual([
      ['11', 2],
      ['31', 1],
    ]);
    expect(domains((await db.page(query({ operator: '某某科技' }), 0, 10)).sites)).toEqual(['c.cn']);
  });

  it('groups sites that share a subject or an operator, largest first', async () => {
    const { db } = freshDb();
    await db.add([
      site('a.cn', 1, 'Example Ltd. 京ICP备16045689号-1'),
      site('b.cn', 2, '京ICP备16045689号-2'),
      site('c.cn', 3, '京ICP备16045689号-3'),
      site('d.cn', 4, 'EXAMPLE LTD. 沪ICP备17036581号'),
      site('e.cn', 5, '沪ICP备17036581号-2'),
      site('f.cn', 6, '粤ICP备12345678号'),
    ]);
    const bySubject = await db.groups('subject', query(), 10, 10);
    expect(bySubject.total).toBe(2);
    expect(bySubject.groups.map((g) => [g.key, g.count, domains(g.sites)])).toEqual([
      ['京ICP备16045689号', 3, ['c.cn', 'b.cn', 'a.cn']],
      ['沪ICP备17036581号', 2, ['e.cn', 'd.cn']],
    ]);
    const byOperator = await db.groups('operator', query(), 10, 10);
    expect(byOperator.groups.map((g) => [g.label, g.count])).toEqual([['EXAMPLE LTD.', 2]]);
  });

  it('keeps at most the site cap, dropping the oldest last-seen first', async () => {
    const { db } = freshDb({ bounds: { maxSites: 3 } });
    await db.add([1, 2, 3].map((n) => site(`s${n}.cn`, n * 10)));
    expect(await db.add([site('s4.cn', 40), site('s0.cn', 0)])).toEqual({
      stored: 1,
      complete: false,
      full: false,
    });
    expect(domains(await db.all())).toEqual(['s4.cn', 's3.cn', 's2.cn']);
    expect((await db.page(query(), 0, 10)).total).toBe(3);
  });

  it('keeps within the byte budget, dropping the oldest first', async () => {
    const one = JSON.stringify(site('s1.cn', 1, '京ICP备16045689号-1')).length;
    const { db } = freshDb({ bounds: { maxBytes: one * 2.5 } });
    await db.add([1, 2, 3, 4].map((n) => site(`s${n}.cn`, n, '京ICP备16045689号-1')));
    expect(domains(await db.all())).toEqual(['s4.cn', 's3.cn']);
  });

  it('drops a corrupt record and keeps the rest', async () => {
    const { db, name } = freshDb();
    await db.add([site('a.cn', 1), site('b.cn', 2)]);
    const raw = await openDB(name);
    await raw.put(SITES, { domain: 'bad.cn', lastSeen: 3, licences: 'nope' });
    await raw.put(SITES, { domain: 'worse.cn', lastSeen: 'x', subjects: [1] });
    raw.close();
    expect(domains(await db.all())).toEqual(['b.cn', 'a.cn']);
    // Deleted, not only skipped: the raw store no longer holds them, and the count is right.
    const after = await openDB(name);
    expect(await after.getAllKeys(SITES)).toEqual(['a.cn', 'b.cn']);
    after.close();
    expect((await db.page(query(), 0, 10)).total).toBe(2);
    // A corrupt record under a domain that is scanned again is replaced by the new scan.
    const again = await openDB(name);
    await again.put(SITES, { domain: 'a.cn', nonsense: true });
    again.close();
    await db.add([site('a.cn', 5, '京ICP备16045689号-1')]);
    expect((await db.all())[0]).toMatchObject({ domain: 'a.cn', lastSeen: 5, status: 'filing' });
  });

  it('keeps the totals and the province chart of the first page right through every write', async () => {
    const { db, name } = freshDb({ bounds: { maxSites: 4 } });
    const counted = async () => {
      const { total, provinces } = await db.page(query(), 0, 1);
      return { total, provinces: Object.fromEntries(provinces.map((p) => [p.code, p.count])) };
    };
    await db.add([
      site('a.cn', 1, '京ICP备16045689号-1'),
      site('b.cn', 2, '粤ICP备12345678号', '京公网安备11010502038816号'),
      site('c.cn', 3, '粤ICP备12345679号'),
    ]);
    expect(await counted()).toEqual({ total: 3, provinces: { '11': 2, '44': 2 } });
    // A later scan adds a province to c.cn (scans merge); two more sites push the oldest (a.cn) out.
    await db.add([site('c.cn', 4, '沪ICP备12345670号'), site('d.cn', 5, '沪ICP备12345671号')]);
    await db.add([site('e.cn', 6, '京ICP备12345672号')]);
    expect(await counted()).toEqual({ total: 4, provinces: { '11': 2, '44': 2, '31': 2 } });
    await db.remove(['b.cn']);
    expect(await counted()).toEqual({ total: 3, provinces: { '11': 1, '44': 1, '31': 2 } });
    // What the indexes say is the same, when the usage record is gone (an older version's, say).
    const raw = await openDB(name);
    await raw.put(META, { sites: 3, bytes: 10 }, USAGE_KEY);
    raw.close();
    expect(await counted()).toEqual({ total: 3, provinces: { '11': 1, '44': 1, '31': 2 } });
    // A record nobody counted, once dropped as corrupt, does not throw the totals off.
    const again = await openDB(name);
    await again.put(SITES, { domain: 'junk.cn', lastSeen: 9 });
    again.close();
    await db.all();
    await db.add([site('f.cn', 7, '京ICP备12345673号')]);
    expect(await counted()).toEqual({ total: 4, provinces: { '11': 2, '44': 1, '31': 2 } });
    await db.clear();
    expect(await counted()).toEqual({ total: 0, provinces: {} });
  });

  it('reports a full disk instead of throwing, and keeps what it had', async () => {
    const { db } = freshDb();
    await db.add([site('a.cn', 1)]);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(await db.add([site('b.cn', 2)])).toEqual({ stored: 0, complete: false, full: true });
      expect((await db.page(query(), 0, 10)).full).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(domains(await db.all())).toEqual(['a.cn']);
    await db.add([site('b.cn', 2)]);
    expect((await db.page(query(), 0, 10)).full).toBe(false);
  });

  it('never loses a write when several arrive at once', async () => {
    const { db } = freshDb();
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => db.add([site(`s${n}.cn`, n)])));
    expect((await db.all()).length).toBe(6);
    expect((await db.page(query(), 0, 10)).total).toBe(6);
  });

  it('removes sites and clears, and tells whoever listens', async () => {
    let changes = 0;
    const { db } = freshDb({ onChange: () => changes++ });
    await db.add([site('a.cn', 1), site('b.cn', 2)]);
    await db.remove(['a.cn', 'unknown.cn']);
    expect(domains(await db.all())).toEqual(['b.cn']);
    await db.clear();
    expect(await db.all()).toEqual([]);
    await db.add([site('c.cn', 3)]);
    expect((await db.page(query(), 0, 10)).total).toBe(1);
    expect(changes).toBe(4);
  });
});
