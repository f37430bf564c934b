// Popup open to the first licence on screen, against the floor any popup pays: the same HTML shell
// and stylesheet with no script (support/extensions.ts writes it next to the popup), loaded in the
// same browser, interleaved with the popup, median of 15. Both are timed from their navigation start.
import { openTab, popupUrl, waitForBadge } from '../test/e2e/support/extension.ts';
import type { Launched } from '../test/e2e/support/launch.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { median } from './stats.ts';
import { BARE_POPUP } from './support/extensions.ts';
import { NAME_SHIM } from './support/name-shim.ts';

/** The popup may show its first licence at most this long after the bare page has loaded. */
export const POPUP_TARGET_MS = 15;

export interface PopupResult {
  /** Popup navigation start to the first licence card in the DOM. */
  firstLicenceMs: number[];
  /** Popup navigation start to the end of its DOMContentLoaded (its scripts have run). */
  popupDclMs: number[];
  /** Bare page navigation start to the end of its load event. */
  bareLoadMs: number[];
  /** median(firstLicenceMs) − median(bareLoadMs). */
  overBareMs: number;
}

/** Runs in a page: [DOMContentLoaded end, load end] of the current document, ms from its start. */
export function navigationTimes(): [number, number] {
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return [nav?.domContentLoadedEventEnd ?? 0, nav?.loadEventEnd ?? 0];
}

export async function benchPopup(
  ext: Launched,
  server: FixtureServer,
  log: (s: string) => void,
  runs = 15,
): Promise<PopupResult> {
  const { page, tabId } = await openTab(ext);
  await page.goto(server.url('gen/prose?nodes=2000&popup=1'));
  await waitForBadge(ext, tabId, '京');

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.addInitScript(NAME_SHIM);
  await popup.addInitScript(() => {
    const w = globalThis as unknown as { __renderedAt?: number; document: Document };
    const observer = new MutationObserver(() => {
      if (w.document.querySelector('[data-testid=licence]')) {
        w.__renderedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(w.document, { childList: true, subtree: true });
  });
  const bareUrl = `chrome-extension://${ext.extensionId}/${BARE_POPUP}`;
  const firstLicenceMs: number[] = [];
  const popupDclMs: number[] = [];
  const bareLoadMs: number[] = [];
  // One untimed round first: the extension's first page pays for starting its renderer.
  for (let i = -1; i < runs; i++) {
    await popup.goto(`${bareUrl}?tabId=${tabId}&r=${i}`, { waitUntil: 'load' });
    const [, bareLoad] = await popup.evaluate(navigationTimes);
    await popup.goto(`${popupUrl(ext, tabId)}&r=${i}`);
    await popup.locator('[data-testid=licence]').first().waitFor();
    const rendered = await popup.evaluate(
      () => (globalThis as unknown as { __renderedAt: number }).__renderedAt,
    );
    const [dcl] = await popup.evaluate(navigationTimes);
    if (i < 0) continue;
    bareLoadMs.push(bareLoad);
    firstLicenceMs.push(rendered);
    popupDclMs.push(dcl);
  }
  await popup.close();
  await page.close();
  const overBareMs = median(firstLicenceMs) - median(bareLoadMs);
  log(
    `popup: first licence ${median(firstLicenceMs).toFixed(1)} ms, bare page loaded ${median(bareLoadMs).toFixed(1)} ms (+${overBareMs.toFixed(1)} ms)`,
  );
  return { firstLicenceMs, popupDclMs, bareLoadMs, overBareMs };
}
