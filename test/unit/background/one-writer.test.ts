// One writer for the site history: a batch page's "add to history" and the background recording
// scans at the same moment lose nothing, because both go through the background's one store. The
// fake storage.local lets every read and write yield, so concurrent read-modify-writes interleave;
// the control case shows that two writers on it (the old design: the page had a store of its own)
// do lose sites, so the first case could fail.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { createHistoryRecorder } from '../../../src/background/history.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import { BACKGROUND_MESSAGES } from '../../../src/messaging/protocol.ts';
import { createSend } from '../../../src/messaging/send.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { createHistoryStore, readHistory } from '../../../src/storage/history-store.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const BATCH_PAGE: Runtime.MessageSender = {
  id: 'ourid',
  url: 'chrome-extension://ourid/src/batch/index.html',
};
const tabSender = (tabId: number, url: string): Runtime.MessageSender => ({
  id: 'ourid',
  url,
  frameId: 0,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});

/** storage.local whose get and set each yield a few times before they take effect. */
class InterleavingLocal extends FakeSession {
  private static async yieldSome(): Promise<void> {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }
  override async get(key: string | null) {
    await InterleavingLocal.yieldSome();
    return super.get(key);
  }
  override async set(items: Record<string, unknown>) {
    await InterleavingLocal.yieldSome();
    return super.set(items);
  }
}

const FOOTER = [{ text: '沪ICP备17036581号', region: 'footer' as const, id: 0 }];
const scanMessage = { type: 'page-scan', blocks: FOOTER, links: [], truncated: false };
const batchEntry = (domain: string) => siteEntry(domain, analysePage(FOOTER, [], false), 1, 'batch');

const PAGE_DOMAINS = ['page1.cn', 'page2.cn', 'page3.cn', 'page4.cn'];
const BATCH_DOMAINS = ['batch1.cn', 'batch2.cn', 'batch3.cn'];

function background(local: InterleavingLocal) {
  const history = createHistoryStore(local);
  const handle = createMessageHandler({
    self: SELF,
    analyse: (blocks, links, truncated) => analysePage(blocks, links, truncated),
    store: createTabStateStore(new FakeSession()),
    setBadge: async () => {},
    history,
    recordHistory: createHistoryRecorder({ store: history, enabled: async () => true }),
  });
  return handle;
}

describe('one history writer', () => {
  it('keeps every site when the batch page adds while the background records scans', async () => {
    const local = new InterleavingLocal();
    const handle = background(local);
    // The batch page's real path: send() over a transport into the worker's handler.
    const send = createSend(BACKGROUND_MESSAGES, (message) => handle(structuredClone(message), BATCH_PAGE));

    const replies = await Promise.all([
      ...PAGE_DOMAINS.map((d, i) => handle(scanMessage, tabSender(i + 1, `https://www.${d}/`))),
      ...BATCH_DOMAINS.map((d) => send('add-to-history', { sites: [batchEntry(d)] })),
    ]);

    for (const reply of replies) expect(reply.ok).toBe(true);
    const domains = (await readHistory(local)).map((s) => s.domain).sort();
    expect(domains).toEqual([...BATCH_DOMAINS, ...PAGE_DOMAINS].sort());
  });

  it('control: a second writer with its own store on the same storage loses sites', async () => {
    const local = new InterleavingLocal();
    const handle = background(local);
    const pageStore = createHistoryStore(local);

    await Promise.all([
      ...PAGE_DOMAINS.map((d, i) => handle(scanMessage, tabSender(i + 1, `https://www.${d}/`))),
      ...BATCH_DOMAINS.map((d) => pageStore.add([batchEntry(d)])),
    ]);

    const kept = (await readHistory(local)).length;
    expect(kept).toBeLessThan(PAGE_DOMAINS.length + BATCH_DOMAINS.length);
  });
});
