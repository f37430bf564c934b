// State that must outlive the service worker, and a badge that must follow the tab's navigation.
import { describe, expect, it } from 'vitest';
import { provinceByChar } from '../../src/core/provinces.ts';
import {
  badgeText,
  openPopup,
  openTab,
  popupRows,
  settledBadge,
  stopServiceWorker,
  tabIds,
  waitForBadge,
} from './support/extension.ts';
import { foreignRequests } from './support/launch.ts';
import { expectEmptyPopup, useBrowserSession } from './support/session.ts';

const JING = provinceByChar('京')?.abbr ?? '京';

const session = useBrowserSession();

describe('lifecycle', () => {
  it('the popup still lists the licences after the service worker was stopped', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));
    expect(await waitForBadge(session.ext, tabId, JING)).toBe(JING);

    const stopped = await stopServiceWorker(session.ext);
    // Opening the popup wakes the worker (the popup asks it for the report); its memory is gone, so
    // the answer has to come from storage.session.
    const popup = await openPopup(session.ext, tabId);
    const rows = await popupRows(popup);
    await stopped.waitRunning();
    expect(rows.map((r) => r.number)).toContain('京ICP备16045689号-1');
    expect(rows.map((r) => r.number)).toContain('京公网安备11010502038816号');
    expect(await badgeText(session.ext, tabId)).toBe(JING);
    await popup.close();
    await page.close();
  });

  it('a page scanned by a restarted worker does not disturb the state of tabs scanned before', async () => {
    const first = await openTab(session.ext);
    await first.page.goto(session.server.url('beijing.html'));
    expect(await waitForBadge(session.ext, first.tabId, JING)).toBe(JING);

    const known = new Set(await tabIds(session.ext));
    const stopped = await stopServiceWorker(session.ext);
    // The new page's content script wakes the stopped worker with its message. Nothing may be
    // evaluated in the worker before that (support/extension.ts), so the tab id is looked up after.
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('sichuan.html'));
    await stopped.waitRunning();
    const fresh = (await tabIds(session.ext)).filter((id) => !known.has(id));
    expect(fresh).toHaveLength(1);
    const second = { page, tabId: fresh[0] as number };
    expect(await waitForBadge(session.ext, second.tabId, '川')).toBe('川');

    for (const [tab, number] of [
      [first, '京ICP备16045689号-1'],
      [second, '蜀ICP备2021014853号-2'],
    ] as const) {
      const popup = await openPopup(session.ext, tab.tabId);
      expect((await popupRows(popup)).map((r) => r.number)).toContain(number);
      await popup.close();
    }
    expect(await badgeText(session.ext, first.tabId)).toBe(JING);
    await first.page.close();
    await second.page.close();
  });

  it('navigating the tab to a page without numbers clears the badge', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));
    expect(await waitForBadge(session.ext, tabId, JING)).toBe(JING);

    await page.goto(session.server.url('overseas-english.html'));
    expect(await waitForBadge(session.ext, tabId, '')).toBe('');
    expect(await settledBadge(session.ext, tabId)).toBe('');
    await expectEmptyPopup(session.ext, tabId);
    await page.close();
  });

  // Headless Chromium reloads the page here rather than restoring it from the back/forward cache (the
  // test passes without the content script's pageshow handler too); that path has a unit test.
  it('going back shows the earlier page result again (back/forward cache or reload)', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));
    expect(await waitForBadge(session.ext, tabId, JING)).toBe(JING);
    await page.goto(session.server.url('overseas-english.html'));
    expect(await waitForBadge(session.ext, tabId, '')).toBe('');
    await page.goBack();
    expect(await waitForBadge(session.ext, tabId, JING)).toBe(JING);
    expect(await settledBadge(session.ext, tabId)).toBe(JING);
    await page.close();
  });

  it('made no network request beyond the fixture server', () => {
    expect(foreignRequests(session.ext, session.server.origin)).toEqual([]);
  });
});
