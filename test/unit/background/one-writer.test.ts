// One writer for the site history: a batch page's "add to history" and the background recording
// scans at the same moment lose nothing, because both go through the background's one database,
// and each merge of a site (read the old record, write the merged one) is one transaction. The
// second case makes every write a merge of the same site, so a merge that read and wrote in two
// transactions would drop numbers.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { createHistoryRecorder } from '../../../src/background/history.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import { BACKGROUND_MESSAGES } from '../../../src/messaging/protocol.ts';
import { createSend } from '../../../src/messaging/send.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { testHistory } from './test-history.ts';

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

const FOOTER = [{ text: '沪ICP备17036581号', region: 'footer' as const, id: 0 }];
const scanMessage = { type: 'page-scan', blocks: FOOTER, links: [], truncated: false };
const batchEntry = (domain: string) => siteEntry(domain, analysePage(FOOTER, [], false), 1, 'batch');

const PAGE_DOMAINS = ['page1.cn', 'page2.cn', 'page3.cn', 'page4.cn'];
const BATCH_DOMAINS = ['batch1.cn', 'batch2.cn', 'batch3.cn'];

function background() {
  const history = testHistory();
  const handle = createMessageHandler({
    self: SELF,
    analyse: (blocks, links, truncated) => analysePage(blocks, links, truncated),
    store: createTabStateStore(new FakeSession()),
    setBadge: async () => {},
    history,
    recordHistory: createHistoryRecorder({ store: history, enabled: async () => true }),
  });
  return { handle, history };
}

describe('one history writer', () => {
  it('keeps every site when the batch page adds while the background records scans', async () => {
    const { handle, history } = background();
    // The batch page's real path: send() over a transport into the worker's handler.
    const send = createSend(BACKGROUND_MESSAGES, (message) => handle(structuredClone(message), BATCH_PAGE));

    const replies = await Promise.all([
      ...PAGE_DOMAINS.map((d, i) => handle(scanMessage, tabSender(i + 1, `https://www.${d}/`))),
      ...BATCH_DOMAINS.map((d) => send('add-to-history', { sites: [batchEntry(d)] })),
    ]);

    for (const reply of replies) expect(reply.ok).toBe(true);
    const domains = (await history.all()).map((s) => s.domain).sort();
    expect(domains).toEqual([...BATCH_DOMAINS, ...PAGE_DOMAINS].sort());
  });

  it('merges concurrent scans of one site without dropping a number', async () => {
    const { handle, history } = background();
    const numbers = [
      '沪ICP备17036581号-1',
      '沪ICP备17036581号-2',
      '京公网安备11010502038816号',
      '沪B2-20100043',
    ];
    await Promise.all(
      numbers.map((text, i) =>
        handle(
          { ...scanMessage, blocks: [{ text, region: 'footer', id: 0 }] },
          tabSender(i + 1, `https://page${i}.same.cn/`),
        ),
      ),
    );
    const [site] = await history.all();
    expect(site?.domain).toBe('same.cn');
    expect(site?.licences.map((l) => l.number).sort()).toEqual([...numbers].sort());
  });
});
