// The history database in real Chromium: a history left in storage.local by an older version (a
// real v1 value) is moved into IndexedDB when the service worker starts, and the history page shows
// every site of it; the popup names the other sites of the page's filing subject and operator and
// links to the history filtered to them; the history page groups sites by subject and by operator.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HistorySite } from '../../src/storage/history-schema.ts';
import { openPopup, openTab, stopServiceWorker, waitForBadge } from './support/extension.ts';
import { foreignRequests, ROOT } from './support/launch.ts';
import { openExtensionPage } from './support/pages.ts';
import { pollUntil } from './support/poll.ts';
import { useBrowserSession, useSites } from './support/session.ts';
import { isLocalSite, SITE_ARGS } from './support/sites.ts';

const V1 = JSON.parse(readFileSync(`${ROOT}/test/fixtures/history/storage-local-v1.json`, 'utf8')) as {
  v: 1;
  sites: HistorySite[];
};

const session = useBrowserSession({ args: SITE_ARGS });
const sites = useSites();

interface LocalApi {
  chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<object> } } };
}

const rowDomains = (page: Page) =>
  page
    .locator('[data-testid=site-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-domain')));

async function visit(url: string, badge: string) {
  const { page, tabId } = await openTab(session.ext);
  await page.goto(url);
  expect(await waitForBadge(session.ext, tabId, badge)).toBe(badge);
  return { page, tabId };
}

describe('history database', () => {
  it('moves the storage.local history of an older version in when the worker starts', async () => {
    // What an older version left: its history under "history", and remembering switched on.
    await session.ext.worker.evaluate(
      ([history]) =>
        (globalThis as unknown as LocalApi).chrome.storage.local.set({
          history,
          settings: { v: 2, badgeStyle: 'province', rememberSites: true },
        }),
      [V1] as const,
    );
    // An update restarts the worker; the new one moves the history before its first read.
    const stopped = await stopServiceWorker(session.ext);
    const history = await openExtensionPage(session.ext, 'history');
    await stopped.waitRunning();
    await pollUntil(
      () => rowDomains(history),
      (rows) => rows.length === V1.sites.length,
      { what: 'every migrated site in the list' },
    );
    expect((await rowDomains(history)).sort()).toEqual(V1.sites.map((s) => s.domain).sort());
    expect(await history.locator('[data-testid=showing]').textContent()).toContain(`${V1.sites.length}`);
    const left = await session.ext.worker.evaluate(() =>
      (globalThis as unknown as LocalApi).chrome.storage.local.get('history'),
    );
    expect(left).toEqual({});
    await history.close();
  });

  it('names the other sites of the filing subject and the operator in the popup', async () => {
    // beijing.example and operator.example share 京ICP备16045689号 with old-list.com.cn (migrated).
    await (await visit(sites.url('beijing.example'), '京')).page.close();
    const { page, tabId } = await visit(sites.url('operator.example'), '京');
    const popup = await openPopup(session.ext, tabId);
    const operator = popup.locator('[data-testid=operator]');
    await operator.waitFor();
    expect(await operator.textContent()).toBe('Operator: 北京某某科技有限公司, as printed on this page');
    const link = popup.locator('[data-testid=same-filer-link][data-kind=subject]');
    await link.waitFor();
    const text = (await link.textContent()) ?? '';
    expect(text).toMatch(
      /^Same filing subject as beijing\.example \(seen [^)]+\), old-list\.com\.cn \(seen /,
    );
    await popup.screenshot({ path: 'test-results/popup-same-filer.png' });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: 'test-results/popup-same-filer-dark.png' });

    // The line opens the history filtered to that subject.
    const [filtered] = await Promise.all([session.ext.context.waitForEvent('page'), link.click()]);
    await filtered.locator('[data-testid=subject-filter]').waitFor();
    await pollUntil(
      async () => (await rowDomains(filtered)).sort(),
      (rows) => rows.join() === 'beijing.example,old-list.com.cn,operator.example',
      { what: 'the three sites of the subject' },
    );
    await filtered.close();
    await popup.close();
    await page.close();
  });

  it('groups the history by filing subject, expandable with counts', async () => {
    const history = await openExtensionPage(session.ext, 'history');
    await history.locator('[data-testid=site-row]').first().waitFor();
    await history.selectOption('[data-testid=view]', 'subject');
    const group = history.locator('[data-testid=group][data-key="京ICP备16045689号"]');
    await group.waitFor();
    expect(await group.getAttribute('data-count')).toBe('3');
    const zhejiang = history.locator('[data-testid=group][data-key="浙ICP备18028855号"]');
    expect(await zhejiang.getAttribute('data-count')).toBe('2');
    // Closed until opened from the keyboard.
    expect(await group.locator('[data-testid=group-site]').first().isVisible()).toBe(false);
    await group.locator('summary').focus();
    await history.keyboard.press('Enter');
    expect(
      await group
        .locator('[data-testid=group-site]')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-domain'))),
    ).toEqual(['operator.example', 'beijing.example', 'old-list.com.cn']);
    await history.screenshot({ path: 'test-results/history-groups.png', fullPage: true });
    await history.close();
  });

  it('made no request beyond the local sites and the extension', () => {
    expect(foreignRequests(session.ext, isLocalSite)).toEqual([]);
  });
});
