// @vitest-environment happy-dom
// The history page draws its first rows from a small first request, then fills the first page with
// a second one; should the second fail, the first rows stay.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { HistoryApi, SitePage } from '../../../src/history/api.ts';
import { HistoryApp } from '../../../src/history/HistoryApp.tsx';
import { EMPTY_QUERY } from '../../../src/storage/history-query.ts';
import type { HistorySite } from '../../../src/storage/history-schema.ts';
import { renderRoot } from '../support/render-root.ts';

const root = renderRoot();

const site = (i: number): HistorySite => ({
  domain: `site-${i}.cn`,
  firstSeen: 1_000 - i,
  lastSeen: 1_000 - i,
  status: 'none',
  licences: [],
  source: 'page',
});

function fakeHistory(stored: number, failAfterFirst = false) {
  const asked: Array<[number, number]> = [];
  const api: HistoryApi = {
    async page(_query, offset, limit): Promise<SitePage> {
      asked.push([offset, limit]);
      if (failAfterFirst && asked.length > 1) throw new Error('worker went away');
      const sites = Array.from({ length: Math.max(0, Math.min(limit, stored - offset)) }, (_, k) =>
        site(offset + k),
      );
      return { total: stored, matched: stored, sites, provinces: [], full: false };
    },
    groups: async () => ({ groups: [], total: 0 }),
    watch: () => () => {},
    rememberSites: async () => true,
    openOptions: () => {},
    download: () => {},
    now: () => 0,
  };
  return { api, asked };
}

async function shown(api: HistoryApi, firstPage?: Promise<SitePage>): Promise<string[]> {
  await act(async () => {
    render(<HistoryApp api={api} {...(firstPage ? { firstPage } : {})} />, root);
  });
  for (let i = 0; i < 10; i++) await act(() => new Promise((done) => setTimeout(done, 5)));
  return [...root.querySelectorAll('[data-testid=site-row]')].map((r) => r.getAttribute('data-domain') ?? '');
}

describe('history page: first page', () => {
  it('asks for a screenful, then for the rest of the first page, in order', async () => {
    const { api, asked } = fakeHistory(1_000);
    const rows = await shown(api);
    expect(asked).toEqual([
      [0, 40],
      [40, 160],
    ]);
    expect(rows).toHaveLength(200);
    expect(rows.slice(38, 42)).toEqual(['site-38.cn', 'site-39.cn', 'site-40.cn', 'site-41.cn']);
  });

  it('asks once when the first request holds every site', async () => {
    const { api, asked } = fakeHistory(12);
    expect(await shown(api)).toHaveLength(12);
    expect(asked).toEqual([[0, 40]]);
  });

  it('uses the first rows asked for before it was drawn, and asks only for the rest', async () => {
    const { api, asked } = fakeHistory(1_000);
    const early = api.page(EMPTY_QUERY, 0, 40);
    asked.length = 0;
    const rows = await shown(api, early);
    expect(asked).toEqual([[40, 160]]);
    expect(rows).toHaveLength(200);
    expect(rows[0]).toBe('site-0.cn');
  });

  it('shows an empty history when the early request failed', async () => {
    const { api } = fakeHistory(1_000);
    const early = Promise.reject(new Error('worker went away'));
    early.catch(() => {});
    expect(await shown(api, early)).toEqual([]);
    expect(root.querySelector('[data-testid=history-empty]')).not.toBeNull();
  });

  it('keeps the first rows when the second request fails', async () => {
    const { api } = fakeHistory(1_000, true);
    expect(await shown(api)).toHaveLength(40);
  });
});
