import { describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../../src/background/badge.ts';
import { HOSTING_BADGE_COLORS, NO_NUMBER_TEXT } from '../../../src/background/badge-hosting.ts';
import { createHosting, registerHosting } from '../../../src/background/hosting.ts';
import type { IpTable } from '../../../src/core/hosting/ip-table.ts';
import { createHostingStore, type HostingArea } from '../../../src/storage/hosting-state.ts';
import { realTable } from '../core/ip-table-fixture.ts';
import { EMPTY_REPORT, FILING_ONLY } from './fixtures.ts';

class Area implements HostingArea {
  data = new Map<string, unknown>();
  async get(key: string) {
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) {
    for (const [k, val] of Object.entries(items)) this.data.set(k, structuredClone(val));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

function setup() {
  const area = new Area();
  const table = vi.fn(async (): Promise<IpTable> => realTable());
  const hosting = createHosting({ store: createHostingStore(area), table, logError: () => {} });
  return { area, hosting, table };
}

const response = (over: Record<string, unknown> = {}) => ({
  tabId: 7,
  frameId: 0,
  type: 'main_frame' as const,
  url: 'https://www.example.cn/',
  ip: '114.114.114.114',
  fromCache: false,
  timeStamp: 1000,
  ...over,
});
const commit = (over: Record<string, unknown> = {}) => ({
  tabId: 7,
  frameId: 0,
  url: 'https://www.example.cn/#top',
  timeStamp: 1005,
  ...over,
});

describe('hosting tracker', () => {
  it('keeps the response that delivered the committed document (response first, then commit)', async () => {
    const { hosting } = setup();
    void hosting.onResponseStarted(response());
    void hosting.onCommitted(commit());
    const view = await hosting.view(7, FILING_ONLY, 'https://www.example.cn/about');
    expect(view.hosting).toEqual({
      ip: '114.114.114.114',
      cached: false,
      place: { kind: 'country', country: 'CN' },
    });
    expect(view.verdict.kind).toBe('mainland-filed');
  });

  it('does not carry a previous page’s IP over a navigation without a response', async () => {
    const { hosting } = setup();
    await hosting.onResponseStarted(response());
    await hosting.onCommitted(commit());
    // Back/forward cache or a service worker: a commit with no response of its own.
    await hosting.onCommitted(commit({ url: 'https://www.example.cn/other', timeStamp: 2000 }));
    const view = await hosting.view(7, FILING_ONLY, 'https://www.example.cn/other');
    expect(view.hosting.ip).toBeNull();
    expect(view.verdict).toMatchObject({ kind: 'unknown', reason: 'not-observed' });
  });

  it('ignores a response for another URL, a later one, subframes and prerenders', async () => {
    const { hosting } = setup();
    await hosting.onResponseStarted(response({ url: 'https://elsewhere.example/' }));
    await hosting.onCommitted(commit());
    expect((await hosting.view(7, EMPTY_REPORT, undefined)).hosting.ip).toBeNull();

    await hosting.onResponseStarted(response({ timeStamp: 3000 }));
    await hosting.onCommitted(commit({ timeStamp: 2000 }));
    expect((await hosting.view(7, EMPTY_REPORT, undefined)).hosting.ip).toBeNull();

    await hosting.onResponseStarted(response({ frameId: 4, timeStamp: 4000 }));
    await hosting.onResponseStarted(response({ documentLifecycle: 'prerender', timeStamp: 4000 }));
    await hosting.onCommitted(commit({ timeStamp: 4001 }));
    expect((await hosting.view(7, EMPTY_REPORT, undefined)).hosting.ip).toBeNull();
  });

  it('takes the final response after a redirect', async () => {
    const { hosting } = setup();
    // onResponseStarted fires for the final response only; its URL is the redirect target.
    await hosting.onResponseStarted(response({ url: 'https://example.jp/', ip: '2001:4860:4860::8888' }));
    await hosting.onCommitted(commit({ url: 'https://example.jp/' }));
    const view = await hosting.view(7, FILING_ONLY, 'https://example.jp/');
    expect(view.verdict).toMatchObject({ kind: 'outside-with-number', country: 'US' });
  });

  it('says "cached" for a cached response without an address', async () => {
    const { hosting, table } = setup();
    await hosting.onResponseStarted(response({ fromCache: true, ip: '' }));
    await hosting.onCommitted(commit());
    const view = await hosting.view(7, FILING_ONLY, undefined);
    expect(view.hosting).toEqual({ ip: null, cached: true, place: null });
    expect(view.verdict).toMatchObject({ kind: 'unknown', reason: 'cached' });
    expect(table).not.toHaveBeenCalled();
  });

  it('does not use a record of another origin (a swapped-in prerender)', async () => {
    const { hosting } = setup();
    await hosting.onResponseStarted(response());
    await hosting.onCommitted(commit());
    const view = await hosting.view(7, FILING_ONLY, 'https://other.example/');
    expect(view.verdict).toMatchObject({ kind: 'unknown', reason: 'not-observed' });
  });

  it('survives a worker restart (state lives in the session area) and forgets closed tabs', async () => {
    const { area, hosting } = setup();
    await hosting.onResponseStarted(response({ ip: '127.0.0.1', url: 'http://127.0.0.1:8080/' }));
    await hosting.onCommitted(commit({ url: 'http://127.0.0.1:8080/' }));
    const again = createHosting({ store: createHostingStore(area), table: async () => realTable() });
    expect((await again.view(7, EMPTY_REPORT, 'http://127.0.0.1:8080/x')).verdict.kind).toBe('local');
    await again.onRemoved(7);
    expect(area.data.size).toBe(0);
  });

  it('registers a main_frame webRequest listener and tab listeners', () => {
    const ev = () => ({ addListener: vi.fn() });
    const webRequest = { onResponseStarted: ev() };
    const webNavigation = { onCommitted: ev() };
    const tabs = { onRemoved: ev(), onReplaced: ev() };
    const { hosting } = setup();
    registerHosting(hosting, { webRequest, webNavigation, tabs } as never);
    expect(webRequest.onResponseStarted.addListener).toHaveBeenCalledWith(expect.any(Function), {
      urls: ['http://*/*', 'https://*/*'],
      types: ['main_frame'],
    });
    expect(webNavigation.onCommitted.addListener).toHaveBeenCalledOnce();
    expect(tabs.onRemoved.addListener).toHaveBeenCalledOnce();
  });
});

describe('badge with a hosting verdict', () => {
  const verdict = (kind: 'mainland-no-number' | 'outside-with-number' | 'mainland-filed') => ({
    kind,
    country: kind === 'outside-with-number' ? 'JP' : 'CN',
    reason: null,
    unfileableTld: null,
  });

  it('warns on a mainland-hosted page without a number', () => {
    const b = badgeFor(EMPTY_REPORT, 'province', verdict('mainland-no-number'));
    expect(b.text).toBe(NO_NUMBER_TEXT);
    expect(b.color).toBe(HOSTING_BADGE_COLORS.mainlandNoNumber);
    expect(b.title).toContain('mainland China');
  });

  it('is neutral slate for a number on a page served from outside the mainland', () => {
    const b = badgeFor(FILING_ONLY, 'province', verdict('outside-with-number'));
    expect(b.text).toBe('京');
    expect(b.color).toBe(HOSTING_BADGE_COLORS.outside);
  });

  it('leaves the licence colours alone otherwise', () => {
    expect(badgeFor(FILING_ONLY, 'province', verdict('mainland-filed'))).toEqual(badgeFor(FILING_ONLY));
  });
});
