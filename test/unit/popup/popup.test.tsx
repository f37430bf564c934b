// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../src/core/types.ts';
import { App } from '../../../src/popup/App.tsx';
import type { PopupApi, TabResult } from '../../../src/popup/api.ts';
import { licenceParts, statusLine } from '../../../src/popup/format.ts';
import { ReportView } from '../../../src/popup/ReportView.tsx';
import { EMPTY_REPORT, ICP_FILING, licence, PSB, RICH_REPORT } from '../background/fixtures.ts';
import { renderRoot } from '../support/render-root.ts';
import { fakeApi } from './fake-api.ts';

const root = renderRoot();

const q = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

const view = (report: PageReport, api = fakeApi(), local = false) =>
  render(<ReportView report={report} local={local} tabId={7} api={api} />, root);

describe('ReportView', () => {
  it('lists the primary licence first, with explanation, province, parts and actions', () => {
    view(RICH_REPORT);
    const rows = q('[data-testid=licence]');
    expect(rows.map((r) => r.dataset.kind)).toEqual(['icp-filing', 'psb', 'telecom-license']);
    expect(q('[data-testid=number]').map((n) => n.textContent)).toEqual([
      '京ICP备12345678号-1',
      '京公网安备11010502030143号',
      '京B2-20090059',
    ]);
    expect(rows[0]?.textContent).toContain('ICP filing');
    expect(rows[0]?.textContent).toContain('Primary');
    expect(rows[0]?.textContent).toContain('non-commercial');
    expect(rows[0]?.querySelector('[data-testid=parts]')?.textContent).toContain('Site no. 1 · website');
    expect(rows[0]?.querySelector('[data-testid=open-miit]')?.getAttribute('href')).toBe(
      'https://beian.miit.gov.cn/',
    );
    expect(rows[1]?.querySelector('[data-testid=open-psb]')?.getAttribute('href')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143',
    );
    expect(rows[1]?.querySelector('[data-testid=open-miit]')).toBeNull();
    expect(rows[0]?.querySelector('[data-testid=province]')?.textContent).toBe('北京市 · Beijing');
    expect(rows[1]?.querySelector('[data-testid=province]')?.textContent).toBe('北京市 · Beijing (朝阳区)');
    expect(rows[0]?.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('explains flags in words, with the core reason as tooltip', () => {
    const report: PageReport = {
      licences: [{ ...ICP_FILING, province: null, flags: [{ flag: 'dummy', reason: 'All zeros.' }] }],
      primary: 0,
      hints: [],
      truncated: true,
    };
    view(report);
    const flag = root.querySelector<HTMLElement>('[data-flag=dummy]');
    expect(flag?.textContent).toBe('Looks like a placeholder, not a real number.');
    expect(flag?.title).toBe('All zeros.');
    expect(root.textContent).toContain('Province not stated');
    expect(root.textContent).toContain('too large to scan');
  });

  it('shows page notes: provinces that differ', () => {
    const shanghai = { code: '31', abbr: '沪', zh: '上海市', en: 'Shanghai' };
    view({ ...RICH_REPORT, licences: [{ ...PSB, province: shanghai }, ICP_FILING], primary: 1 });
    expect(q('[data-note=provinces-differ]')[0]?.textContent).toBe(
      'The ICP number is from Beijing but the police filing is from Shanghai.',
    );
  });

  it('shows the empty state, calmer on a local address', () => {
    view(EMPTY_REPORT);
    expect(q('[data-testid=empty]')[0]?.textContent).toBe('No licence number found');
    view(EMPTY_REPORT, fakeApi(), true);
    expect(q('[data-testid=empty]')[0]?.textContent).toContain('Local or private-network');
  });

  it('copies and shows feedback; show-on-page asks for the block', async () => {
    const copy = vi.fn(async () => {});
    const showBlock = vi.fn(async () => false);
    view(RICH_REPORT, fakeApi({ copy, showBlock }));
    await act(async () => q('[data-testid=copy]')[0]?.click());
    expect(copy).toHaveBeenCalledWith('京ICP备12345678号-1');
    expect(q('[data-testid=copy]')[0]?.dataset.copied).toBe('true');
    await act(async () => q('[data-testid=show-on-page]')[1]?.click());
    expect(showBlock).toHaveBeenCalledWith(7, PSB.block);
    expect(q('[data-testid=feedback]')[1]?.textContent).toContain('Reload the page');
  });

  it('renders page text as text, not HTML', () => {
    view({
      ...RICH_REPORT,
      licences: [{ ...ICP_FILING, number: '<img src=x onerror=alert(1)>' }],
      primary: 0,
    });
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('format', () => {
  it('decodes years, services and unknown police zones', () => {
    const app = licence({
      kind: 'icp-filing',
      number: '陕ICP备2024026116号-1A',
      sequence: 1,
      service: 'app',
      year: 2024,
    });
    expect(licenceParts(app)).toEqual(['Site no. 1 · App', 'Filed in 2024']);
    const zone = licence({
      kind: 'psb',
      number: '川公网安备51019002000001号',
      area: { code: '510190', province: null, city: null, district: null, known: false },
    });
    expect(licenceParts(zone)).toEqual(['Police zone code 510190, district unknown']);
  });

  it('sums a page up in one line', () => {
    expect(statusLine(RICH_REPORT, false)).toBe('Commercial licence + filing · Beijing');
    expect(statusLine({ ...RICH_REPORT, licences: [ICP_FILING], primary: 0 }, false)).toBe(
      'ICP filing shown · Beijing',
    );
    expect(statusLine({ ...RICH_REPORT, licences: [PSB], primary: null }, false)).toBe(
      'Other licences only, no ICP number',
    );
  });
});

describe('App states', () => {
  const mount = async (api: PopupApi) => {
    await act(() => render(<App api={api} />, root));
    await settle();
  };
  // The popup awaits several promises in a row; let them all resolve.
  const settle = async () => {
    for (let i = 0; i < 10; i++) await act(async () => {});
  };

  it('shows the site and the list', async () => {
    await mount(fakeApi());
    expect(q('[data-testid=site]')[0]?.textContent).toBe('example.com.cn');
    expect(q('[data-testid=status]')[0]?.textContent).toBe('Commercial licence + filing · Beijing');
    expect(q('[data-testid=licence]')).toHaveLength(3);
  });

  it('shows scanning while the content script has not reported, then updates on change', async () => {
    let result: TabResult = { report: null };
    let changed = () => {};
    await mount(
      fakeApi({
        result: async () => result,
        watch: (_id, cb) => {
          changed = cb;
          return () => {};
        },
      }),
    );
    expect(q('[data-testid=scanning]')).toHaveLength(1);
    result = { report: RICH_REPORT, url: 'http://127.0.0.1:8000/' };
    await act(async () => changed());
    await settle();
    expect(q('[data-testid=licence]')).toHaveLength(3);
    expect(q('[data-testid=local]')).toHaveLength(1);
  });

  it('explains why a page is not available', async () => {
    await mount(
      fakeApi({
        result: async () => ({ report: null }),
        contentReachable: async () => false,
        tabUrl: async () => 'chrome://settings/',
      }),
    );
    expect(q('[data-testid=unavailable]')[0]?.dataset.reason).toBe('reasonBrowserPage');
    expect(q('[data-testid=status]')[0]?.textContent).toBe('Not available on this page');
  });

  it('shows an error when loading fails, and "no tab" without one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await mount(fakeApi({ result: () => Promise.reject(new Error('x')) }));
    expect(q('[data-testid=error]')).toHaveLength(1);
    await mount(fakeApi({ targetTab: async () => null }));
    expect(q('[data-testid=no-tab]')).toHaveLength(1);
  });
});
