import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Badge } from '../../../src/background/badge.ts';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { contentScriptTab, isExtensionPage } from '../../../src/background/trust.ts';
import type { PageReport } from '../../../src/core/types.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { FILING_ONLY, RICH_REPORT } from './fixtures.ts';
import { testHistory } from './test-history.ts';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid/' };

const contentSender = (over: Partial<Runtime.MessageSender> & Record<string, unknown> = {}) =>
  ({
    id: 'ourid',
    url: 'https://example.cn/page',
    frameId: 0,
    tab: { id: 5, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    ...over,
  }) as Runtime.MessageSender;

const popupSender = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: 'ourid',
  url: 'chrome-extension://ourid/src/popup/index.html',
  ...over,
});

const SCAN = {
  type: 'page-scan',
  blocks: [{ text: '京ICP备12345678号-1', region: 'footer', id: 0 }],
  links: [],
  truncated: false,
};

function setup(report: PageReport = FILING_ONLY) {
  const area = new FakeSession();
  const store = createTabStateStore(area, () => 42);
  const analyse = vi.fn(() => report);
  const setBadge = vi.fn(async (_tabId: number, _badge: Badge) => {});
  const logError = vi.fn();
  const history = testHistory();
  const handle = createMessageHandler({ self: SELF, analyse, store, setBadge, history, logError });
  return { area, history, store, analyse, setBadge, handle, logError };
}

describe('trust checks', () => {
  it('accepts our content script in a top frame', () => {
    expect(contentScriptTab(contentSender(), SELF)).toBe(5);
    expect(contentScriptTab(contentSender({ url: 'http://a.cn/' }), SELF)).toBe(5);
    expect(contentScriptTab(contentSender({ documentLifecycle: 'active' }), SELF)).toBe(5);
  });

  it.each<[string, Runtime.MessageSender]>([
    ['another extension', contentSender({ id: 'other' })],
    ['no id', contentSender({ id: undefined })],
    ['no tab', contentSender({ tab: undefined })],
    [
      'tab without id',
      contentSender({ tab: { index: 0, highlighted: false, active: true, pinned: false, incognito: false } }),
    ],
    [
      'TAB_ID_NONE',
      contentSender({
        tab: { id: -1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      }),
    ],
    ['a sub-frame', contentSender({ frameId: 3 })],
    ['no frame id', contentSender({ frameId: undefined })],
    ['an extension page in a tab', contentSender({ url: 'chrome-extension://ourid/src/popup/index.html' })],
    ['a file page', contentSender({ url: 'file:///etc/passwd' })],
    ['no url', contentSender({ url: undefined })],
    ['a prerendered page', contentSender({ documentLifecycle: 'prerender' })],
    ['a cached page', contentSender({ documentLifecycle: 'cached' })],
  ])('refuses page-scan from %s', (_name, sender) => {
    expect(contentScriptTab(sender, SELF)).toBeNull();
  });

  it('accepts get-report only from our own pages', () => {
    expect(isExtensionPage(popupSender(), SELF)).toBe(true);
    expect(isExtensionPage(popupSender({ tab: contentSender().tab }), SELF)).toBe(true);
    expect(isExtensionPage(contentSender(), SELF)).toBe(false);
    expect(isExtensionPage(popupSender({ id: 'other' }), SELF)).toBe(false);
    expect(isExtensionPage(popupSender({ url: 'chrome-extension://other/src/popup/index.html' }), SELF)).toBe(
      false,
    );
    expect(isExtensionPage(popupSender({ url: 'chrome-extension://ourid.evil/x' }), SELF)).toBe(false);
    expect(isExtensionPage(popupSender({ url: undefined }), SELF)).toBe(false);
    expect(isExtensionPage(popupSender(), { id: 'ourid', origin: '' })).toBe(false);
  });
});

describe('message handler', () => {
  it('stores a page-scan under the tab, sets the badge and replies ok', async () => {
    const { handle, store, analyse, setBadge } = setup(RICH_REPORT);
    expect(await handle(SCAN, contentSender())).toEqual({ ok: true, value: {} });
    expect(analyse).toHaveBeenCalledWith(SCAN.blocks, [], false, {});
    expect(await store.read(5)).toEqual({
      v: 1,
      report: RICH_REPORT,
      url: 'https://example.cn/page',
      at: 42,
    });
    expect(setBadge).toHaveBeenCalledWith(5, expect.objectContaining({ text: '京' }));
  });

  it('passes the text around the blocks (context) to the analyser', async () => {
    const { handle, analyse } = setup(RICH_REPORT);
    const context = [{ text: '© 2024 北京某某科技有限公司\n京ICP备12345678号-1', region: 'footer', id: 1 }];
    expect(await handle({ ...SCAN, context }, contentSender())).toEqual({ ok: true, value: {} });
    expect(analyse).toHaveBeenCalledWith(SCAN.blocks, [], false, { context });
  });

  it('returns the stored report to the popup, and null for an unknown tab', async () => {
    const { handle } = setup(RICH_REPORT);
    await handle(SCAN, contentSender());
    expect(await handle({ type: 'get-report', tabId: 5 }, popupSender())).toEqual({
      ok: true,
      value: {
        report: RICH_REPORT,
        url: contentSender().url,
        // The background names the site (public-suffix list), so the popup need not load the list.
        site: { name: 'example.cn', local: false },
      },
    });
    expect(await handle({ type: 'get-report', tabId: 6 }, popupSender())).toEqual({
      ok: true,
      value: { report: null },
    });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'page-scan'],
    ['an unknown type', { type: 'set-report', tabId: 1 }],
    ['a scan without blocks', { type: 'page-scan', links: [], truncated: false }],
    ['a scan with a bad block', { ...SCAN, blocks: [{ text: 1, region: 'footer', id: 0 }] }],
    [
      'too many blocks',
      { ...SCAN, blocks: Array.from({ length: 10_000 }, (_, id) => ({ text: '', region: 'body', id })) },
    ],
    ['a negative tab id', { type: 'get-report', tabId: -1 }],
    ['a fractional tab id', { type: 'get-report', tabId: 1.5 }],
    ['a string tab id', { type: 'get-report', tabId: '1' }],
    ['an unknown key', { type: 'get-report', tabId: 1, extra: true }],
    ['a payload with a type of its own', { type: 'clear-history', payload: { type: 'x' } }],
    ['sites that are not history entries', { type: 'add-to-history', sites: [{ domain: 'a.cn' }] }],
    [
      'too many sites',
      {
        type: 'add-to-history',
        sites: Array.from({ length: 1001 }, (_, i) => ({
          domain: `s${i}.cn`,
          firstSeen: 1,
          lastSeen: 1,
          status: 'none',
          licences: [],
          source: 'batch',
        })),
      },
    ],
  ])('rejects %s without effect', async (_name, raw) => {
    const { handle, area, history, analyse, setBadge } = setup();
    await expect(handle(raw, contentSender())).resolves.toEqual({ ok: false, error: 'invalid message' });
    await expect(handle(raw, popupSender())).resolves.toEqual({ ok: false, error: 'invalid message' });
    expect(analyse).not.toHaveBeenCalled();
    expect(setBadge).not.toHaveBeenCalled();
    expect(area.data.size).toBe(0);
    expect(await history.all()).toEqual([]);
  });

  it('refuses page-scan from the popup and get-report from a content script', async () => {
    const { handle, area, analyse, setBadge } = setup();
    expect(await handle(SCAN, popupSender({ tab: contentSender().tab }))).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await handle(SCAN, contentSender({ frameId: 2 }))).toEqual({ ok: false, error: 'forbidden' });
    expect(await handle({ type: 'get-report', tabId: 5 }, contentSender())).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(analyse).not.toHaveBeenCalled();
    expect(setBadge).not.toHaveBeenCalled();
    expect(area.data.size).toBe(0);
  });

  it('never throws: analysis or storage failures become an error reply', async () => {
    const { handle, analyse, logError, area } = setup();
    analyse.mockImplementation(() => {
      throw new Error('bug');
    });
    expect(await handle(SCAN, contentSender())).toEqual({ ok: false, error: 'internal error' });
    expect(logError).toHaveBeenCalled();
    area.get = async () => {
      throw new Error('storage down');
    };
    expect(await handle({ type: 'get-report', tabId: 5 }, popupSender())).toEqual({
      ok: true,
      value: { report: null },
    });
    area.set = async () => {
      throw new Error('quota');
    };
    analyse.mockImplementation(() => FILING_ONLY);
    expect(await handle(SCAN, contentSender())).toEqual({ ok: false, error: 'internal error' });
  });

  it('still replies ok when the badge cannot be set (tab closed meanwhile)', async () => {
    const { handle, setBadge, store } = setup();
    setBadge.mockRejectedValue(new Error('No tab with id: 5'));
    expect(await handle(SCAN, contentSender())).toEqual({ ok: true, value: {} });
    expect(await store.read(5)).not.toBeNull();
  });
});

describe('page-scan → history', () => {
  it('hands the report, the page URL and the hosting verdict to the recorder; its errors stay its own', async () => {
    const area = new FakeSession();
    const store = createTabStateStore(area, () => 42);
    const verdict = { kind: 'mainland-filed', country: 'CN', reason: null, unfileableTld: null } as const;
    const recordHistory = vi.fn(async () => {
      throw new Error('quota');
    });
    const logError = vi.fn();
    const handle = createMessageHandler({
      self: SELF,
      analyse: () => FILING_ONLY,
      store,
      setBadge: async () => {},
      hosting: { view: async () => ({ hosting: { ip: '1.2.3.4', cached: false, place: null }, verdict }) },
      history: testHistory(),
      recordHistory,
      logError,
    });
    expect(await handle(SCAN, contentSender())).toEqual({ ok: true, value: {} });
    expect(recordHistory).toHaveBeenCalledWith(FILING_ONLY, 'https://example.cn/page', verdict);
    expect(logError).toHaveBeenCalledWith('history', expect.any(Error));
  });
});

describe('get-hosting', () => {
  it('answers "not available", not "forbidden", when the build has no hosting check', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'get-hosting', tabId: 5 }, popupSender())).toEqual({
      ok: true,
      value: { available: false },
    });
    // The sender check still comes first.
    expect(await handle({ type: 'get-hosting', tabId: 5 }, contentSender())).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });

  it('answers the hosting view when there is a hosting check', async () => {
    const view = {
      hosting: { ip: '1.2.3.4', cached: false, place: { kind: 'country', country: 'CN' } },
      verdict: { kind: 'mainland-filed', country: 'CN', reason: null, unfileableTld: null },
    } as const;
    const handle = createMessageHandler({
      self: SELF,
      analyse: () => FILING_ONLY,
      store: createTabStateStore(new FakeSession()),
      setBadge: async () => {},
      hosting: { view: async () => view },
      history: testHistory(),
    });
    expect(await handle({ type: 'get-hosting', tabId: 5 }, popupSender())).toEqual({
      ok: true,
      value: { available: true, ...view },
    });
  });
});

describe('history messages', () => {
  const entry = { domain: 'a.cn', firstSeen: 1, lastSeen: 2, status: 'none', licences: [], source: 'batch' };

  it('add-to-history and clear-history write the history, only for our pages', async () => {
    const { handle, history } = setup();
    expect(await handle({ type: 'add-to-history', sites: [entry] }, contentSender())).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await history.all()).toEqual([]);
    expect(await handle({ type: 'add-to-history', sites: [entry] }, popupSender())).toEqual({
      ok: true,
      value: { added: 1, complete: true },
    });
    expect((await history.all()).map((s) => s.domain)).toEqual(['a.cn']);
    expect(await handle({ type: 'clear-history' }, contentSender())).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await history.all()).toHaveLength(1);
    expect(await handle({ type: 'clear-history' }, popupSender())).toEqual({ ok: true, value: {} });
    expect(await history.all()).toEqual([]);
  });
});
