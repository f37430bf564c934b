// What a person waits for after opening a page: navigation start to the badge being set, read by a
// tight poll inside the service worker. (Popup open to its first licence: popup.ts.)

import { openTab } from '../test/e2e/support/extension.ts';
import type { Launched } from '../test/e2e/support/launch.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { navigationTimes } from './popup.ts';
import { median } from './stats.ts';
import { shimNames } from './support/name-shim.ts';

export const BADGE_TARGET_MS = 100;

interface BadgeApi {
  chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
}

/** Runs in the service worker: resolves with Date.now() once the tab's badge reads `text`. */
function badgeSetAt([tabId, text]: readonly [number, string]): Promise<number> {
  const { chrome } = globalThis as unknown as BadgeApi;
  const deadline = Date.now() + 10_000;
  return new Promise((done, fail) => {
    const poll = async () => {
      if ((await chrome.action.getBadgeText({ tabId })) === text) done(Date.now());
      else if (Date.now() > deadline) fail(new Error(`badge "${text}" never came`));
      else setTimeout(poll, 1);
    };
    void poll();
  });
}

export interface LatencyResult {
  badgeMs: number[];
  /** Page navigation start to its DOMContentLoaded and load events, for the same runs. */
  pageDclMs: number[];
  pageLoadMs: number[];
}

export async function benchLatency(
  ext: Launched,
  server: FixtureServer,
  log: (s: string) => void,
  runs = 9,
): Promise<LatencyResult> {
  const badgeMs: number[] = [];
  const pageDclMs: number[] = [];
  const pageLoadMs: number[] = [];
  await shimNames(ext.worker);
  const { page, tabId } = await openTab(ext);
  for (let i = 0; i < runs; i++) {
    // Through an empty page first, so every run starts from a cleared badge.
    await page.goto(server.url(`gen/prose?nodes=20&footer=0&r=${i}`));
    await ext.worker.evaluate(badgeSetAt, [tabId, ''] as const);
    const badge = ext.worker.evaluate(badgeSetAt, [tabId, '京'] as const);
    await page.goto(server.url(`gen/prose?nodes=2000&r=${i}`));
    const origin = await page.evaluate(() => performance.timeOrigin);
    badgeMs.push((await badge) - origin);
    const [dcl, load] = await page.evaluate(navigationTimes);
    pageDclMs.push(dcl);
    pageLoadMs.push(load);
  }
  log(
    `navigation to badge: median ${median(badgeMs).toFixed(1)} ms (page DOMContentLoaded ${median(pageDclMs).toFixed(1)}, load ${median(pageLoadMs).toFixed(1)})`,
  );
  await page.close();
  return { badgeMs, pageDclMs, pageLoadMs };
}
