// When the badge style changes on the options page, every tab's badge is redrawn from the state in
// storage.session, so the change shows at once rather than on the next page load.

import type { HostingVerdict } from '../core/hosting/verdict.ts';
import type { BadgeStyle } from '../storage/settings.ts';
import { parseTabState, type TabState } from '../storage/tab-state.ts';
import { type Badge, badgeFor } from './badge.ts';

export interface RefreshDeps {
  /** storage.session.get(null): every key. */
  allSessionItems: () => Promise<Record<string, unknown>>;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** The tab's hosting verdict, so a redrawn badge keeps its hosting colour (as handler.ts draws it). */
  verdict?: (tabId: number, state: TabState) => Promise<HostingVerdict | undefined>;
}

export async function refreshAllBadges(deps: RefreshDeps, style: BadgeStyle): Promise<void> {
  const items = await deps.allSessionItems();
  await Promise.all(
    Object.entries(items).map(async ([key, value]) => {
      const tabId = /^tab:(\d+)$/.exec(key)?.[1];
      const state = tabId === undefined ? null : parseTabState(value);
      if (!state) return;
      // A tab closed meanwhile rejects; the others still get their badge.
      const verdict = await deps.verdict?.(Number(tabId), state).catch(() => undefined);
      await deps.setBadge(Number(tabId), badgeFor(state.report, style, verdict)).catch(() => {});
    }),
  );
}
