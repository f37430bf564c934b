// Talks to the loaded extension the way a person would see it: tab ids, the toolbar badge and the
// popup (opened as a page with ?tabId=N, see src/popup/target-tab.ts).
import type { Page } from 'playwright-core';
import type { Launched } from './launch.ts';
import { pollUntil, settle } from './poll.ts';

/** The slice of the chrome.* API the tests call inside the service worker. */
interface ChromeApi {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  };
  runtime: {
    getManifest(): {
      name: string;
      version: string;
      permissions?: string[];
      host_permissions?: string[];
      content_scripts?: Array<{ matches: string[]; js: string[] }>;
    };
  };
}
// Functions passed to worker.evaluate are serialised; they must reach chrome.* through globalThis.
type WithChrome = { chrome: ChromeApi };

export async function tabIds(ext: Launched): Promise<number[]> {
  const tabs = await ext.worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.tabs.query({}));
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/**
 * Opens a new tab and returns it with its chrome.tabs id. Without the "tabs" permission the service
 * worker sees no URLs, so the id is found as the one tab that was not there before.
 */
export async function openTab(ext: Launched): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ext));
  const page = await ext.context.newPage();
  const fresh = await pollUntil(
    async () => (await tabIds(ext)).filter((id) => !before.has(id)),
    (ids) => ids.length === 1,
    { timeout: 5_000, what: 'the new tab to show up in chrome.tabs.query' },
  );
  return { page, tabId: fresh[0] as number };
}

export function badgeText(ext: Launched, tabId: number): Promise<string> {
  return ext.worker.evaluate(
    (id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Waits until the badge of `tabId` reads `expected`; returns the last value read either way. */
export async function waitForBadge(ext: Launched, tabId: number, expected: string, timeout = 10_000) {
  try {
    return await pollUntil(
      () => badgeText(ext, tabId),
      (text) => text === expected,
      { timeout, what: `badge "${expected}" on tab ${tabId}` },
    );
  } catch {
    return badgeText(ext, tabId);
  }
}

/** The badge once it has stopped changing (for the empty badge, which is also the starting value). */
export function settledBadge(ext: Launched, tabId: number, quiet = 800): Promise<string> {
  return settle(() => badgeText(ext, tabId), { quiet, timeout: 10_000, what: `badge of tab ${tabId}` });
}

export function setBadge(ext: Launched, tabId: number, text: string): Promise<void> {
  return ext.worker.evaluate(
    ([id, t]) => (globalThis as unknown as WithChrome).chrome.action.setBadgeText({ tabId: id, text: t }),
    [tabId, text] as const,
  );
}

export function manifest(ext: Launched) {
  return ext.worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.runtime.getManifest());
}

export function popupUrl(ext: Launched, tabId: number): string {
  return `chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`;
}

export async function openPopup(ext: Launched, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(popupUrl(ext, tabId));
  return popup;
}

export interface PopupRow {
  kind: string | null;
  number: string;
  province: string;
}

/** Waits for the popup to show either licence rows or its empty state, then reads the rows. */
export async function popupRows(popup: Page, timeout = 10_000): Promise<PopupRow[]> {
  await popup.locator('[data-testid=licence], [data-testid=empty]').first().waitFor({ timeout });
  const rows = popup.locator('[data-testid=licence]');
  const out: PopupRow[] = [];
  for (const row of await rows.all()) {
    out.push({
      kind: await row.getAttribute('data-kind'),
      number: ((await row.locator('[data-testid=number]').first().textContent()) ?? '').trim(),
      province: (await row.locator('[data-testid=province]').allTextContents()).join(' ').trim(),
    });
  }
  return out;
}

/**
 * Stops every service worker through CDP (ServiceWorker.stopAllWorkers, which works on Chromium 156
 * with playwright-core 1.65) and resolves once ours has reported "stopped". Do not evaluate in the
 * worker until something has woken it again: evaluating in a stopped worker closed the whole context
 * in a probe. `waitRunning()` resolves when it runs again after that stop.
 *
 * The stop is asked again while it has not been seen: a request that arrives while the worker is
 * still starting (or busy with an event) was once ignored and the worker kept running (CI, 5 s).
 * "Stopped" is remembered rather than polled, so a worker woken at once is not missed either.
 */
export async function stopServiceWorker(
  ext: Launched,
): Promise<{ waitRunning(timeout?: number): Promise<void> }> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  const cdp = await ext.context.newCDPSession(page);
  let stopped = false;
  let runningAgain = false;
  const scope = `chrome-extension://${ext.extensionId}/`;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(scope)) continue;
      if (v.runningStatus === 'stopped') stopped = true;
      else if (stopped && v.runningStatus === 'running') runningAgain = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  for (let attempt = 1; !stopped; attempt++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    try {
      await pollUntil(
        async () => stopped,
        (s) => s,
        { timeout: 2_000, interval: 50, what: 'the service worker to stop' },
      );
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
  return {
    async waitRunning(timeout = 10_000) {
      await pollUntil(
        async () => runningAgain,
        (r) => r,
        { timeout, what: 'the service worker to start again' },
      );
      await cdp.detach().catch(() => {});
    },
  };
}
