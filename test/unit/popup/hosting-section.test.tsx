// @vitest-environment happy-dom
// The popup's hosting section: a verdict when the background has a hosting check, one plain
// sentence when it answers "not available" (not an error, and not silence).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { HostingAnswer } from '../../../src/popup/api.ts';
import { HostingSection } from '../../../src/popup/HostingSection.tsx';
import { FILING_ONLY } from '../background/fixtures.ts';
import { renderRoot } from '../support/render-root.ts';

const root = renderRoot();

async function show(answer: HostingAnswer) {
  await act(() => render(<HostingSection tabId={3} load={async () => answer} report={FILING_ONLY} />, root));
  for (let i = 0; i < 3; i++) await act(async () => {});
  return root.querySelector<HTMLElement>('[data-testid=hosting]');
}

describe('HostingSection', () => {
  it('says plainly that there is no hosting check when the background has none', async () => {
    const section = await show({ available: false });
    expect(section?.dataset.verdict).toBe('not-available');
    expect(section?.querySelector('[data-testid=hosting-verdict]')?.textContent).toBe(
      'This browser does not tell ICP Lens which server sent the page, so there is no hosting check here.',
    );
    expect(section?.querySelector('[data-testid=hosting-ip]')).toBeNull();
  });

  it('shows the verdict and the address when hosting is known', async () => {
    const section = await show({
      available: true,
      hosting: { ip: '1.2.3.4', cached: false, place: { kind: 'country', country: 'CN' } },
      verdict: { kind: 'mainland-filed', country: 'CN', reason: null, unfileableTld: null },
    });
    expect(section?.dataset.verdict).toBe('mainland-filed');
    expect(section?.querySelector('[data-testid=hosting-ip]')?.textContent).toContain('1.2.3.4');
  });
});
