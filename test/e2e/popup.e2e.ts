// The popup as a user meets it: cards for each kind, flags in words, copy, the official look-ups,
// show-on-page, the states (scanning, nothing found, not available, local), and the options page
// with the badge style it controls.
import { describe, expect, it } from 'vitest';
import { badgeText, openPopup, openTab, popupRows, waitForBadge } from './support/extension.ts';
import { foreignRequests } from './support/launch.ts';
import { pollUntil } from './support/poll.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

/** storage.session as seen inside the service worker (functions passed to evaluate are serialised). */
type WithSession = {
  chrome: {
    storage: {
      session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };
    };
  };
};

async function popupFor(page: string) {
  const { page: tab, tabId } = await openTab(session.ext);
  await tab.goto(session.server.url(page));
  await pollUntil(
    () => badgeText(session.ext, tabId),
    (t) => t !== '',
    { what: `badge of ${page}` },
  );
  const popup = await openPopup(session.ext, tabId);
  await popupRows(popup);
  return { tab, tabId, popup };
}

describe('popup', () => {
  it('shows one card per kind with explanation, province, decoded parts and actions', async () => {
    const { tab, popup } = await popupFor('beijing.html');
    const kinds = await popup
      .locator('[data-testid=licence]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    // The footer prints the ICP licence first, so it is the page's primary number.
    expect(kinds[0]).toBe('icp-license');
    expect(kinds).toEqual(
      expect.arrayContaining(['icp-license', 'icp-filing', 'psb', 'culture-license', 'telecom-license']),
    );
    const card = (kind: string) => popup.locator(`[data-testid=licence][data-kind=${kind}]`);
    expect(await card('icp-license').textContent()).toContain('Primary');
    expect(await card('icp-filing').locator('[data-testid=parts]').textContent()).toContain(
      'Site no. 1 · website',
    );
    expect(await card('icp-filing').textContent()).toContain('non-commercial');
    expect(await card('psb').locator('[data-testid=parts]').textContent()).toMatch(
      /Police area: 北京市.*朝阳区/,
    );
    expect(await card('psb').locator('[data-testid=open-psb]').getAttribute('href')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010502038816',
    );
    expect(await card('icp-filing').locator('[data-testid=open-miit]').getAttribute('href')).toBe(
      'https://beian.miit.gov.cn/',
    );
    expect(await card('telecom-license').locator('[data-testid=parts]').textContent()).toContain('B2');
    expect(await popup.locator('[data-testid=status]').textContent()).toBe(
      'Commercial licence + filing · Beijing',
    );
    // Served from 127.0.0.1: named as a local address, calmly.
    expect(await popup.locator('[data-testid=site]').textContent()).toContain('127.0.0.1');
    expect(await popup.locator('[data-testid=local]').count()).toBe(1);
    // Linked numbers carry no not-linked flag on this page.
    expect(await popup.locator('[data-flag=not-linked]').count()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('explains flags and page-level findings in words', async () => {
    const { tab, popup } = await popupFor('flags.html');
    const flagsOf = (number: string) =>
      popup
        .locator('[data-testid=licence]', { has: popup.locator(`[data-testid=number]:text-is("${number}")`) })
        .locator('[data-flag]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
    expect(await flagsOf('京ICP备00000000号-1')).toEqual(expect.arrayContaining(['dummy', 'not-linked']));
    expect(await flagsOf('黔公网安备33010602011771号')).toEqual(
      expect.arrayContaining(['prefix-code-mismatch', 'not-linked']),
    );
    expect(await flagsOf('粤ICP备17046231号-3')).toEqual([]);
    expect(await flagsOf('沪公网安备31010402008541号')).toEqual([]);
    expect(await popup.locator('[data-kind=novelty-icp]').textContent()).toContain('not a government filing');
    expect(await popup.locator('[data-flag=dummy]').first().textContent()).toBe(
      'Looks like a placeholder, not a real number.',
    );
    expect(await popup.locator('[data-note=several-subjects]').textContent()).toContain(
      '2 different subjects',
    );
    expect(await popup.locator('[data-testid=status]').textContent()).toBe(
      'ICP number shown, but check the notes below',
    );
    await popup.close();
    await tab.close();
  });

  it('copies the number to the clipboard', async () => {
    const { tab, popup } = await popupFor('sichuan.html');
    await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.bringToFront();
    const copy = popup.locator('[data-testid=copy]').first();
    await copy.focus();
    await popup.keyboard.press('Enter');
    await popup.locator('[data-testid=copy][data-copied=true]').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('蜀ICP备2021014853号-2');
    expect(await popup.locator('[data-testid=feedback]').first().textContent()).toBe('Copied');
    await popup.close();
    await tab.close();
  });

  it('"show on page" scrolls the tab to the number and highlights it', async () => {
    const { tab, popup } = await popupFor('flags.html');
    expect(await tab.evaluate(() => scrollY)).toBe(0);
    await popup
      .locator('[data-testid=licence]', {
        has: popup.locator('[data-testid=number]:text-is("京ICP备00000000号-1")'),
      })
      .locator('[data-testid=show-on-page]')
      .click();
    await tab.waitForFunction(() =>
      document.getElementById('icp-line')?.hasAttribute('data-icp-lens-highlight'),
    );
    expect(
      await tab.evaluate(() => getComputedStyle(document.getElementById('icp-line') as Element).outlineStyle),
    ).toBe('solid');
    // Smooth scrolling takes a moment; wait until the line sits inside the viewport.
    await tab.waitForFunction(() => {
      const r = (document.getElementById('icp-line') as Element).getBoundingClientRect();
      return scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
    // The highlight goes away again and leaves the page as it was.
    await tab.waitForFunction(
      () => !document.getElementById('icp-line')?.hasAttribute('data-icp-lens-highlight'),
      null,
      {
        timeout: 5_000,
      },
    );
    expect(
      await tab.evaluate(() => (document.getElementById('icp-line') as HTMLElement).getAttribute('style')),
    ).toBeFalsy();
    await popup.close();
    await tab.close();
  });

  it('names the operator of a copyright line printed in its own paragraph next to the numbers', async () => {
    // The numbers' run does not hold the name: only the text read around it (the scan's context) does.
    const { tab, popup } = await popupFor('copyright-paragraph.html');
    const operator = popup.locator('[data-testid=operator]');
    await operator.waitFor();
    expect(await operator.textContent()).toBe('Operator: 北京星云科技有限公司, as printed on this page');
    const numbers = await popup.locator('[data-testid=number]').allTextContents();
    expect(numbers).toEqual(['京ICP备2021012345号-1', '京公网安备11010502012345号']);
    await popup.close();
    await tab.close();
  });

  it('a page without numbers on a local address: calm empty state', async () => {
    const { page: tab, tabId } = await openTab(session.ext);
    await tab.goto(session.server.url('overseas-english.html'));
    const popup = await openPopup(session.ext, tabId);
    await popup.locator('[data-testid=empty]').waitFor();
    expect(await popup.locator('[data-testid=empty]').textContent()).toContain(
      'Local or private-network address',
    );
    expect(await popup.locator('[data-testid=status]').textContent()).toContain('no licence expected');
    await popup.close();
    await tab.close();
  });

  it('a browser page: not available, with the reason', async () => {
    const { page: tab, tabId } = await openTab(session.ext);
    await tab.goto('chrome://version/');
    const popup = await openPopup(session.ext, tabId);
    await popup.locator('[data-testid=unavailable]').waitFor();
    expect(await popup.locator('[data-testid=status]').textContent()).toBe('Not available on this page');
    // Opened as a tab (as in these tests) the popup has no activeTab grant, so it gives the general reason.
    expect(await popup.locator('[data-testid=unavailable]').textContent()).toContain(
      'browser, store or local-file page',
    );
    await popup.close();
    await tab.close();
  });

  it('scanning: shown while a page has not reported yet, replaced by the result', async () => {
    const { page: tab, tabId } = await openTab(session.ext);
    await tab.goto(session.server.url('late-footer.html?on-demand'));
    // The first scan found nothing; clear the stored state to stand for "not reported yet".
    await pollUntil(
      () =>
        session.ext.worker.evaluate(
          (id) => (globalThis as unknown as WithSession).chrome.storage.session.get(`tab:${id}`),
          tabId,
        ),
      (items) => Object.keys(items).length > 0,
      { what: 'the first scan' },
    );
    await session.ext.worker.evaluate(
      (id) => (globalThis as unknown as WithSession).chrome.storage.session.remove(`tab:${id}`),
      tabId,
    );
    const popup = await openPopup(session.ext, tabId);
    await popup.locator('[data-testid=scanning]').waitFor();
    expect(await popup.locator('[data-testid=status]').textContent()).toBe('Scanning this page…');
    // The late footer arrives and the open popup updates by itself.
    await tab.evaluate(() => (window as unknown as { addFooter: () => void }).addFooter());
    await popup.locator('[data-testid=licence][data-kind=icp-filing]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-testid=number]').first().textContent()).toBe('浙ICP备2021014853号-2');
    await popup.close();
    await tab.close();
  });

  it('the options page sets the badge style, and every badge follows at once', async () => {
    const { page: tab, tabId } = await openTab(session.ext);
    await tab.goto(session.server.url('guizhou.html'));
    expect(await waitForBadge(session.ext, tabId, '贵')).toBe('贵');
    const options = await session.ext.context.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/src/options/index.html`);
    await options.locator('[data-testid=badge-style-dot]').check();
    await options.locator('[data-testid=saved]:has-text("Saved")').waitFor();
    expect(await waitForBadge(session.ext, tabId, '●')).toBe('●');
    await options.locator('[data-testid=badge-style-province]').check();
    expect(await waitForBadge(session.ext, tabId, '贵')).toBe('贵');
    await options.close();
    await tab.close();
  });

  it('made no network request beyond the fixture server', () => {
    // chrome://version was opened on purpose for the "not available" state.
    const foreign = foreignRequests(session.ext, session.server.origin).filter(
      (r) => !r.url.startsWith('chrome://'),
    );
    expect(foreign).toEqual([]);
  });
});
