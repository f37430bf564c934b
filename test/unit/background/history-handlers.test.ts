// The history's queries through the worker's handler table: the popup's same-filer lookup (off,
// on, the tab's own site left out), the history page's pages and groups, and who may ask.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import { siteEntry } from '../../../src/storage/history-entry.ts';
import { EMPTY_QUERY } from '../../../src/storage/history-query.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { testHistory } from './test-history.ts';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const PAGE: Runtime.MessageSender = { id: 'ourid', url: 'chrome-extension://ourid/src/popup/index.html' };
const TAB: Runtime.MessageSender = {
  id: 'ourid',
  url: 'https://www.a.cn/',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

const footer = (text: string) => [{ text, region: 'footer' as const, id: 0 }];
const entry = (domain: string, at: number, text: string) =>
  siteEntry(domain, analysePage(footer(text), [], false), at, 'batch');

async function setup(enabled: boolean) {
  const history = testHistory();
  await history.add([
    entry('b.cn', 2, '北京某某科技有限公司 京ICP备16045689号-2'),
    entry('c.cn', 3, '北京某某科技有限公司 沪ICP备17036581号'),
    entry('d.cn', 4, '粤ICP备12345678号'),
  ]);
  const handle = createMessageHandler({
    self: SELF,
    analyse: (blocks, links, truncated) => analysePage(blocks, links, truncated),
    store: createTabStateStore(new FakeSession()),
    setBadge: async () => {},
    history,
    historyEnabled: async () => enabled,
  });
  // The tab shows a.cn, whose footer names the filing subject of b.cn and the operator of c.cn.
  const scan = {
    type: 'page-scan',
    blocks: footer('北京某某科技有限公司 京ICP备16045689号-1'),
    links: [],
    truncated: false,
  };
  expect((await handle(scan, TAB)).ok).toBe(true);
  return handle;
}

describe('history queries', () => {
  it('same-filer: only says "off" while the history is off', async () => {
    const handle = await setup(false);
    expect(await handle({ type: 'same-filer', tabId: 7 }, PAGE)).toEqual({
      ok: true,
      value: { enabled: false },
    });
  });

  it('same-filer: the other sites of the subject and the operator', async () => {
    const handle = await setup(true);
    expect(await handle({ type: 'same-filer', tabId: 7 }, PAGE)).toEqual({
      ok: true,
      value: {
        enabled: true,
        subjects: [{ key: '京ICP备16045689号', count: 1, sites: [{ domain: 'b.cn', lastSeen: 2 }] }],
        operator: {
          key: '北京某某科技有限公司',
          count: 2,
          sites: [
            { domain: 'c.cn', lastSeen: 3 },
            { domain: 'b.cn', lastSeen: 2 },
          ],
        },
      },
    });
    // A tab with no report yet has nothing to compare.
    expect(await handle({ type: 'same-filer', tabId: 99 }, PAGE)).toEqual({
      ok: true,
      value: { enabled: true, subjects: [], operator: null },
    });
  });

  it('history-page and history-groups answer our pages only', async () => {
    const handle = await setup(true);
    const page = { type: 'history-page', query: EMPTY_QUERY, offset: 0, limit: 2 };
    const reply = await handle(page, PAGE);
    expect(reply.ok && (reply.value as { total: number }).total).toBe(3);
    expect(await handle(page, TAB)).toEqual({ ok: false, error: 'forbidden' });
    expect(await handle({ ...page, limit: 100_000 }, PAGE)).toEqual({ ok: false, error: 'invalid message' });
    const groups = await handle({ type: 'history-groups', by: 'operator', query: EMPTY_QUERY }, PAGE);
    expect(groups).toMatchObject({ ok: true, value: { total: 1, groups: [{ count: 2 }] } });
    expect(await handle({ type: 'same-filer', tabId: 7 }, TAB)).toEqual({ ok: false, error: 'forbidden' });
  });
});
