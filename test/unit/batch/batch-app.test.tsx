// @vitest-environment happy-dom
// The batch page when a run throws: it leaves "running", keeps the rows done so far, marks the others
// as not checked, and can start again. And its results grouped by filer.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { BatchApi } from '../../../src/batch/api.ts';
import { BatchApp } from '../../../src/batch/BatchApp.tsx';
import { analysePage } from '../../../src/core/analyse.ts';
import { FILING_ONLY } from '../background/fixtures.ts';
import { renderRoot } from '../support/render-root.ts';

const root = renderRoot();

const q = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const settle = async () => {
  for (let i = 0; i < 10; i++) await act(async () => {});
};

function fakeApi(run: BatchApi['run']): BatchApi {
  return {
    ensureAccess: async () => true,
    run,
    addToHistory: async (entries) => entries.length,
    download: () => {},
    now: () => 0,
  };
}

async function start(api: BatchApi, lines: string[]) {
  await act(() => render(<BatchApp api={api} />, root));
  const list = q<HTMLTextAreaElement>('[data-testid=list]');
  if (!list) throw new Error('no list');
  list.value = lines.join('\n');
  await act(() => void list.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => q('[data-testid=start]')?.click());
  await settle();
}

describe('batch page', () => {
  it('ends a run that throws: not running, finished rows kept, the rest not checked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = fakeApi(async (lines, { onRow }) => {
      onRow(0, {
        input: lines[0]?.input ?? '',
        url: lines[0]?.url ?? null,
        state: 'done',
        report: FILING_ONLY,
        at: 1,
      });
      onRow(1, { input: lines[1]?.input ?? '', url: lines[1]?.url ?? null, state: 'running' });
      throw new Error('bug in the run');
    });
    await start(api, ['a.cn', 'b.cn', 'c.cn']);

    const progress = q('[data-testid=progress-text]');
    expect(progress?.dataset.phase).toBe('failed');
    expect(progress?.textContent).toContain('1 of 3');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(q<HTMLButtonElement>('[data-testid=start]')?.disabled).toBe(false);
    expect(q<HTMLButtonElement>('[data-testid=cancel]')?.disabled).toBe(true);
    expect(q<HTMLTextAreaElement>('[data-testid=list]')?.disabled).toBe(false);
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid=result-row]')];
    expect(rows.map((r) => r.dataset.state)).toEqual(['done', 'done', 'done']);
    expect(rows[0]?.textContent).toContain('京ICP备');
    const codes = rows.map((r) => r.querySelector<HTMLElement>('[data-testid=row-error]')?.dataset.code);
    expect(codes).toEqual([undefined, 'stopped', 'stopped']);
  });

  it('ends a run that finishes as done', async () => {
    const api = fakeApi(async (lines, { onRow }) =>
      lines.map((l, i) => {
        const row = { input: l.input, url: l.url, state: 'done' as const, report: FILING_ONLY, at: 1 };
        onRow(i, row);
        return row;
      }),
    );
    await start(api, ['a.cn']);
    expect(q('[data-testid=progress-text]')?.dataset.phase).toBe('done');
  });

  it('groups the sites by filing subject and by operator', async () => {
    const footer = (text: string) => analysePage([{ text, region: 'footer', id: 0 }], [], false);
    const reports = [
      footer('北京某某科技有限公司 京ICP备16045689号-1'),
      footer('京ICP备16045689号-2'),
      footer('北京某某科技有限公司 沪ICP备17036581号'),
      footer('粤ICP备12345679号'),
    ];
    const api = fakeApi(async (lines, { onRow }) =>
      lines.map((l, i) => {
        const row = {
          input: l.input,
          url: l.url,
          state: 'done' as const,
          report: reports[i] ?? FILING_ONLY,
          at: 1,
        };
        onRow(i, row);
        return row;
      }),
    );
    await start(api, ['a.cn', 'b.cn', 'c.cn', 'd.cn']);
    const groups = (by: string) =>
      [
        ...root.querySelectorAll<HTMLElement>(
          `[data-testid=filer-groups][data-by=${by}] [data-testid=filer-group]`,
        ),
      ].map((g) => [g.dataset.key, g.textContent?.split(': ')[1]]);
    expect(groups('subject')).toEqual([['京ICP备16045689号', 'a.cn, b.cn']]);
    expect(groups('operator')).toEqual([['北京某某科技有限公司', 'a.cn, c.cn']]);
    expect(root.querySelectorAll('[data-testid=row-operator]')).toHaveLength(2);
  });
});
