// Pages that change after load: a footer rendered late by script, and a single-page app whose
// pushState navigations must each give a fresh result (never the previous route's numbers).
import { describe, expect, it } from 'vitest';
import { openPopup, openTab, popupRows, settledBadge, waitForBadge } from './support/extension.ts';
import { foreignRequests } from './support/launch.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

describe('dynamic pages', () => {
  it('finds a footer rendered 1.5 s after load', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('late-footer.html'));
    expect(await waitForBadge(session.ext, tabId, '浙')).toBe('浙');
    const popup = await openPopup(session.ext, tabId);
    const rows = await popupRows(popup);
    expect(rows.map((r) => r.number)).toEqual(['浙ICP备2021014853号-2', '浙公网安备33010602011771号']);
    // The late footer is linked to both registries: no not-linked flag.
    expect(await popup.locator('[data-flag=not-linked]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('single-page app: each history navigation replaces the result', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('spa.html'));
    expect(await waitForBadge(session.ext, tabId, '京')).toBe('京');

    await page.click('#to-about');
    expect(await waitForBadge(session.ext, tabId, '粤')).toBe('粤');
    let popup = await openPopup(session.ext, tabId);
    expect((await popupRows(popup)).map((r) => r.number)).toEqual(['粤ICP备17046231号-3']);
    await popup.close();

    await page.goBack();
    expect(await waitForBadge(session.ext, tabId, '京')).toBe('京');
    expect(await settledBadge(session.ext, tabId)).toBe('京');
    popup = await openPopup(session.ext, tabId);
    expect((await popupRows(popup)).map((r) => r.number)).toEqual(['京ICP备16045689号-1']);
    await popup.close();
    await page.close();
  });

  it('made no network request beyond the fixture server', () => {
    expect(foreignRequests(session.ext, session.server.origin)).toEqual([]);
  });
});
