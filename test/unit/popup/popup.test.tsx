// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../src/core/types.ts';
import { App } from '../../../src/popup/App.tsx';
import { ReportView } from '../../../src/popup/ReportView.tsx';
import { EMPTY_REPORT, ICP_FILING, RICH_REPORT } from '../background/fixtures.ts';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const q = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

describe('ReportView', () => {
  it('lists the primary licence first, then the rest in page order', () => {
    render(<ReportView report={RICH_REPORT} />, root);
    const rows = q('[data-testid=licence]');
    expect(rows.map((r) => r.dataset.kind)).toEqual(['icp-filing', 'psb', 'telecom-license']);
    expect(q('[data-testid=number]').map((n) => n.textContent)).toEqual([
      '京ICP备12345678号-1',
      '京公网安备11010502030143号',
      '京B2-20090059',
    ]);
    expect(rows[0]?.textContent).toContain('ICP filing');
    expect(rows[0]?.textContent).toContain('Primary');
    expect(rows[1]?.textContent).toContain('Public security filing');
    expect(rows[2]?.textContent).toContain('Telecom licence');
    expect(rows[0]?.querySelector('[data-testid=province]')?.textContent).toBe('北京市 · Beijing');
    expect(rows[1]?.querySelector('[data-testid=province]')?.textContent).toBe('北京市 · Beijing (朝阳区)');
    expect(q('[data-testid=empty]')).toHaveLength(0);
  });

  it('shows flags in words, with the core reason as tooltip', () => {
    const report: PageReport = {
      licences: [{ ...ICP_FILING, province: null, flags: [{ flag: 'dummy', reason: 'All zeros.' }] }],
      primary: 0,
      hints: [],
      truncated: true,
    };
    render(<ReportView report={report} />, root);
    const flag = root.querySelector<HTMLElement>('[data-flag=dummy]');
    expect(flag?.textContent).toBe('Placeholder number, not a real filing');
    expect(flag?.title).toBe('All zeros.');
    expect(q('[data-testid=province]')).toHaveLength(0);
    expect(root.textContent).toContain('Province not stated');
    expect(root.textContent).toContain('too large to scan');
  });

  it.each([
    ['null', null],
    ['empty', EMPTY_REPORT],
  ])('shows the empty state for a %s report', (_name, report) => {
    render(<ReportView report={report} />, root);
    expect(q('[data-testid=empty]')[0]?.textContent).toBe('No licence number found on this page');
    expect(q('[data-testid=licence]')).toHaveLength(0);
  });

  it('renders page text as text, not HTML', () => {
    const report: PageReport = {
      ...RICH_REPORT,
      licences: [{ ...ICP_FILING, number: '<img src=x onerror=alert(1)>' }],
      primary: 0,
    };
    render(<ReportView report={report} />, root);
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('App', () => {
  it('shows loading, then the list', async () => {
    let resolve!: (r: PageReport | null) => void;
    const load = () => new Promise<PageReport | null>((r) => (resolve = r));
    await act(() => render(<App load={load} />, root));
    expect(q('[data-testid=loading]')).toHaveLength(1);
    await act(async () => resolve(RICH_REPORT));
    expect(q('[data-testid=loading]')).toHaveLength(0);
    expect(q('[data-testid=licence]')).toHaveLength(3);
  });

  it('shows an error when loading fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(() => render(<App load={() => Promise.reject(new Error('x'))} />, root));
    await act(async () => {});
    expect(q('[data-testid=error]')).toHaveLength(1);
  });
});
