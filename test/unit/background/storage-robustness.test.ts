// storage.session going wrong: corrupt or other-version entries are reset (that tab's key only,
// nothing else lost), a full quota evicts the oldest tab states and the write still succeeds, and
// the message handler turns a storage failure into an error reply.
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { createTabStateStore, isQuotaError, tabKey } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { FILING_ONLY, RICH_REPORT } from './fixtures.ts';
import { testHistory } from './test-history.ts';

/** A FakeSession with Chrome's behaviour at its quota: a set() that would exceed it stores nothing. */
class QuotaSession extends FakeSession {
  constructor(readonly quotaBytes: number) {
    super();
  }
  override async set(items: Record<string, unknown>): Promise<void> {
    const after = new Map(this.data);
    for (const [k, v] of Object.entries(items)) after.set(k, v);
    if (JSON.stringify(Object.fromEntries(after)).length > this.quotaBytes) {
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    }
    await super.set(items);
  }
}

const OTHER = { hosting: { ip: '1.2.3.4' } };

describe('storage robustness', () => {
  it.each<[string, unknown]>([
    ['corrupt JSON-ish data', '{"v":1,'],
    ['an older version', { v: 0, report: FILING_ONLY, at: 1 }],
    ['a newer version', { v: 2, report: FILING_ONLY, at: 1 }],
    ['a report of the wrong shape', { v: 1, report: { licences: [{}] }, at: 1 }],
  ])('resets %s on read, and nothing else is lost', async (_name, value) => {
    const area = new FakeSession();
    const store = createTabStateStore(area);
    await store.write(2, RICH_REPORT);
    area.data.set(tabKey(1), value);
    area.data.set('hosting:1', OTHER);
    expect(await store.read(1)).toBeNull();
    expect(area.data.has(tabKey(1))).toBe(false);
    expect((await store.read(2))?.report).toEqual(RICH_REPORT);
    expect(area.data.get('hosting:1')).toEqual(OTHER);
    // The tab works normally again.
    await store.write(1, FILING_ONLY);
    expect((await store.read(1))?.report).toEqual(FILING_ONLY);
  });

  it('a failing remove while resetting is ignored: the read still answers null', async () => {
    const area = new FakeSession();
    area.data.set(tabKey(1), 'garbage');
    area.remove = async () => {
      throw new Error('gone');
    };
    expect(await createTabStateStore(area).read(1)).toBeNull();
  });

  it('at the quota, evicts the oldest tab states (never other keys) and stores the new one', async () => {
    const size = JSON.stringify({ v: 1, report: RICH_REPORT, at: 1 }).length;
    const area = new QuotaSession(size * 4.5);
    let clock = 0;
    const store = createTabStateStore(area, () => ++clock);
    area.data.set('hosting:9', OTHER);
    for (const tab of [1, 2, 3, 4]) await store.write(tab, RICH_REPORT);
    expect(area.data.has(tabKey(4))).toBe(true);
    await store.write(5, RICH_REPORT);
    expect((await store.read(5))?.report).toEqual(RICH_REPORT);
    expect(area.data.get('hosting:9')).toEqual(OTHER);
    // The oldest went first; the most recent other tab is still there.
    expect(area.data.has(tabKey(1))).toBe(false);
    expect(area.data.has(tabKey(4))).toBe(true);
  });

  it('recognises quota errors from Chrome and Firefox only', () => {
    expect(isQuotaError(new Error('Session storage quota bytes exceeded. Values were not stored.'))).toBe(
      true,
    );
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('boom'))).toBe(false);
  });

  it('when even the tab alone does not fit, the handler replies with an error and keeps the rest', async () => {
    const area = new QuotaSession(200);
    area.data.set('hosting:9', OTHER);
    const logError = vi.fn();
    const handle = createMessageHandler({
      self: { id: 'ourid', origin: 'chrome-extension://ourid/' },
      analyse: () => RICH_REPORT,
      store: createTabStateStore(area),
      setBadge: async () => {},
      history: testHistory(),
      logError,
    });
    const sender: Runtime.MessageSender = {
      id: 'ourid',
      url: 'https://example.cn/',
      frameId: 0,
      tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    };
    const message = { type: 'page-scan', blocks: [], links: [], truncated: false };
    expect(await handle(message, sender)).toEqual({ ok: false, error: 'internal error' });
    expect(logError).toHaveBeenCalled();
    expect(area.data.get('hosting:9')).toEqual(OTHER);
    expect(area.data.has(tabKey(3))).toBe(false);
  });

  it('other storage errors are not mistaken for a full quota', async () => {
    const area = new FakeSession();
    await createTabStateStore(area).write(1, FILING_ONLY);
    area.set = async () => {
      throw new Error('disk on fire');
    };
    await expect(createTabStateStore(area).write(2, FILING_ONLY)).rejects.toThrow('disk on fire');
    expect(area.data.has(tabKey(1))).toBe(true);
  });
});
