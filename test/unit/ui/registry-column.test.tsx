// @vitest-environment happy-dom
// The registry column of the history and batch tables: a compact verdict per registry when one is
// kept (the full sentence as tooltip and for screen readers), "Check on MIIT" / "Police record" for
// a row's numbers; the batch rows follow the verdicts the worker keeps per domain this session.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { BatchRegistryApi } from '../../../src/batch/api.ts';
import { ResultsTable } from '../../../src/batch/ResultsTable.tsx';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { miitVerdict } from '../../../src/core/registry/verdict.ts';
import { SitesTable } from '../../../src/history/SitesTable.tsx';
import type { HistorySite } from '../../../src/storage/history-schema.ts';
import type { RegistryChecks } from '../../../src/storage/registry-checks.ts';
import type { RowCheck } from '../../../src/ui/RegistryCell.tsx';
import { RICH_REPORT } from '../background/fixtures.ts';
import { renderRoot } from '../support/render-root.ts';

const root = renderRoot();
const q = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const FILING = '京ICP备12345678号-1';
/** The row's other numbers, in page order. */
const others = (number: string) => RICH_REPORT.licences.map((l) => l.number).filter((n) => n !== number);

function checks(list: object[] | 'empty', query = 'example.com.cn', operator?: string): RegistryChecks {
  const body = JSON.stringify({ code: 200, success: true, params: { list: list === 'empty' ? [] : list } });
  const answer = parseMiitResponse('list', { status: 200, contentType: 'application/json', body }, query, 1);
  const verdict = miitVerdict({ domain: 'example.com.cn', licences: RICH_REPORT.licences }, operator, answer);
  return { miit: { number: FILING, verdict } };
}
const record = (domain: string) => ({
  domain,
  domainId: 1,
  serviceLicence: FILING,
  mainLicence: '京ICP备12345678号',
  unitName: '北京示例科技有限公司',
  natureName: '企业',
});

const site = (registry?: RegistryChecks): HistorySite => ({
  domain: 'example.com.cn',
  firstSeen: 1,
  lastSeen: 2,
  status: 'filing',
  licences: RICH_REPORT.licences.map((l) => ({ kind: l.kind, number: l.number, province: null, flags: [] })),
  source: 'page',
  ...(registry ? { registry } : {}),
});

describe('history rows', () => {
  it('show a compact verdict with the full sentence, and start checks of the row’s numbers', async () => {
    const asked: RowCheck[] = [];
    await act(() =>
      render(
        <SitesTable sites={[site(checks([record('elsewhere.cn')]))]} onCheck={(c) => asked.push(c)} />,
        root,
      ),
    );
    const [short] = q('[data-testid=registry-short]');
    expect(short?.dataset.outcome).toBe('miit-borrowed');
    expect(short?.textContent).toMatch(
      /^MIIT: number of another site: MIIT lists 京ICP备12345678号-1 for elsewhere\.cn/,
    );
    expect(short?.title).toContain('not for this site');
    await act(() => q('[data-testid=row-check-psb]')[0]?.click());
    await act(() => q('[data-testid=row-check-miit]')[0]?.click());
    expect(asked).toEqual([
      {
        domain: 'example.com.cn',
        registry: 'psb',
        number: '京公网安备11010502030143号',
        numbers: others('京公网安备11010502030143号'),
      },
      {
        domain: 'example.com.cn',
        registry: 'miit',
        number: FILING,
        numbers: others(FILING),
      },
    ]);
  });

  it('a match under another operator says so, as a warning', async () => {
    await act(() =>
      render(
        <SitesTable sites={[site(checks([record('example.com.cn')], 'example.com.cn', '别的公司'))]} />,
        root,
      ),
    );
    const [short] = q('[data-testid=registry-short]');
    expect(short?.dataset.outcome).toBe('miit-match');
    expect(short?.textContent).toMatch(/^MIIT: number matches, operator differs/);
  });

  it('an empty answer reads as no record returned, never "not filed"; no verdict, no text', async () => {
    await act(() =>
      render(<SitesTable sites={[site(checks('empty')), { ...site(), domain: 'b.cn' }]} />, root),
    );
    const shorts = q('[data-testid=registry-short]');
    expect(shorts.map((s) => s.dataset.outcome)).toEqual(['miit-no-record']);
    expect(shorts[0]?.textContent).toContain('no record returned (not “not filed”)');
    expect(q('[data-testid=row-check-miit]')).toHaveLength(0);
  });
});

describe('batch rows', () => {
  it('show the session’s verdict for the row’s site and update when it changes', async () => {
    let kept = new Map<string, RegistryChecks>();
    let changed = () => {};
    const asked: RowCheck[] = [];
    const registry: BatchRegistryApi = {
      sites: async () => kept,
      watch: (cb) => {
        changed = cb;
        return () => {};
      },
      check: async (c) => {
        asked.push(c);
      },
    };
    const rows = [
      {
        input: 'example.com.cn',
        url: 'https://example.com.cn/',
        finalUrl: 'https://www.example.com.cn/',
        state: 'done' as const,
        report: RICH_REPORT,
        at: 1,
      },
    ];
    await act(() => render(<ResultsTable rows={rows} registry={registry} />, root));
    expect(q('[data-testid=registry-short]')).toHaveLength(0);
    await act(() => q('[data-testid=row-check-miit]')[0]?.click());
    expect(asked[0]).toMatchObject({ domain: 'example.com.cn', registry: 'miit', number: FILING });
    kept = new Map([['example.com.cn', checks([record('example.com.cn')])]]);
    await act(async () => changed());
    await act(async () => {});
    expect(q('[data-testid=registry-short]')[0]?.textContent).toMatch(/^MIIT: matches/);
  });
});
