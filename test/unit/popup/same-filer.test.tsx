// @vitest-environment happy-dom
// The popup's same-filer lines: the other sites of the subject and the operator, with when each was
// seen and a link to the history filtered to the group; one quiet line while the history is off;
// nothing when no other site matches. And the operator in the header, as printed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import type { SameFilerAnswer } from '../../../src/popup/api.ts';
import { Header } from '../../../src/popup/Header.tsx';
import { SameFiler } from '../../../src/popup/SameFiler.tsx';
import { renderRoot } from '../support/render-root.ts';

const root = renderRoot();
const REPORT = analysePage(
  [{ text: '北京某某科技有限公司（ＡＢＣ） 京ICP备16045689号-1', region: 'footer', id: 0 }],
  [],
  false,
);
const DAY = Date.UTC(2026, 2, 3);

async function show(answer: SameFilerAnswer) {
  await act(() => render(<SameFiler tabId={3} load={async () => answer} report={REPORT} />, root));
  for (let i = 0; i < 3; i++) await act(async () => {});
  return [...root.querySelectorAll<HTMLAnchorElement>('[data-testid=same-filer-link]')];
}

describe('SameFiler', () => {
  it('names the other sites of the subject and of the operator, linking to the filtered history', async () => {
    const links = await show({
      enabled: true,
      subjects: [
        {
          key: '京ICP备16045689号',
          count: 4,
          sites: [
            { domain: 'b.cn', lastSeen: DAY },
            { domain: 'c.com', lastSeen: DAY - 86_400_000 },
          ],
        },
      ],
      operator: { key: '北京某某科技有限公司', count: 1, sites: [{ domain: 'd.cn', lastSeen: DAY }] },
    });
    expect(links.map((a) => a.dataset.kind)).toEqual(['subject', 'operator']);
    const date = (ms: number) => new Date(ms).toLocaleDateString('en');
    expect(links[0]?.textContent).toBe(
      `Same filing subject as b.cn (seen ${date(DAY)}), c.com (seen ${date(DAY - 86_400_000)}), 2 more`,
    );
    expect(links[0]?.getAttribute('href')).toBe(
      `../history/index.html?subject=${encodeURIComponent('京ICP备16045689号')}`,
    );
    expect(links[1]?.textContent).toBe(`Same operator as d.cn (seen ${date(DAY)})`);
    // The operator's normalised name, as the finder gives it (half-width letters).
    expect(
      new URL(links[1]?.href ?? '', 'chrome-extension://x/src/popup/').searchParams.get('operator'),
    ).toBe('北京某某科技有限公司（ABC）');
  });

  it('shows one quiet line while the history is off, and nothing when no other site matches', async () => {
    await show({ enabled: false });
    expect(root.querySelector('[data-testid=same-filer-off]')?.textContent).toContain(
      'Remember checked sites',
    );
    expect(await show({ enabled: true, subjects: [], operator: null })).toEqual([]);
    expect(root.querySelector('[data-testid=same-filer-off]')).toBeNull();
    expect(root.textContent).toBe('');
  });
});

describe('Header', () => {
  it('shows the operator as printed, and no line without one', async () => {
    const site = { name: 'a.cn', local: false };
    await act(() =>
      render(<Header site={site} status="x" tone="ready" onSettings={() => {}} operator="北京 某某" />, root),
    );
    expect(root.querySelector('[data-testid=operator]')?.textContent).toBe(
      'Operator: 北京 某某, as printed on this page',
    );
    await act(() => render(<Header site={site} status="x" tone="ready" onSettings={() => {}} />, root));
    expect(root.querySelector('[data-testid=operator]')).toBeNull();
  });
});
