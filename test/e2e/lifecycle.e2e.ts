// State that must outlive the service worker, and a badge that must follow the tab's navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceByChar } from '../../src/core/provinces.ts';
import {
  badgeText,
  openPopup,
  openTab,
  popupRows,
  settledBadge,
  stopServiceWorker,
  waitForBadge,
} from './support/extension.ts';
import { foreignRequests, type Launched, launchWithExtension, PAGES_DIR } from './support/launch.ts';
import { type FixtureServer, startServer } from './support/server.ts';

const JING = provinceByChar('京')?.abbr ?? '京';

let server: FixtureServer;
let ext: Launched;

beforeAll(async () => {
  server = await startServer(PAGES_DIR);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('lifecycle', () => {
  it('the popup still lists the licences after the service worker was stopped', async () => {
    const { page, tabId } = await openTab(ext);
    await page.goto(server.url('beijing.html'));
    expect(await waitForBadge(ext, tabId, JING)).toBe(JING);

    const stopped = await stopServiceWorker(ext);
    // Opening the popup wakes the worker (the popup asks it for the report); its memory is gone, so
    // the answer has to come from storage.session.
    const popup = await openPopup(ext, tabId);
    const rows = await popupRows(popup);
    await stopped.waitRunning();
    expect(rows.map((r) => r.number)).toContain('京ICP备16045689号-1');
    expect(rows.map((r) => r.number)).toContain('京公网安备11010502038816号');
    expect(await badgeText(ext, tabId)).toBe(JING);
    await popup.close();
    await page.close();
  });

  it('navigating the tab to a page without numbers clears the badge', async () => {
    const { page, tabId } = await openTab(ext);
    await page.goto(server.url('beijing.html'));
    expect(await waitForBadge(ext, tabId, JING)).toBe(JING);

    await page.goto(server.url('overseas-english.html'));
    expect(await waitForBadge(ext, tabId, '')).toBe('');
    expect(await settledBadge(ext, tabId)).toBe('');

    const popup = await openPopup(ext, tabId);
    expect(await popupRows(popup)).toEqual([]);
    await popup.locator('[data-testid=empty]').waitFor({ state: 'visible' });
    await popup.close();
    await page.close();
  });

  it('made no network request beyond the fixture server', () => {
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
