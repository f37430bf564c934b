// Forget a tab's state when it closes, is replaced, or its top frame commits another document.
//
// With the "webNavigation" permission we listen to webNavigation.onCommitted for the top frame:
// it fires for cross-document navigations only. tabs.onUpdated (no permission needed) is the
// fallback, but Chromium also reports status "loading" for same-document navigations (a click on
// a #fragment link, history.pushState in single-page apps), which would wipe the badge of a page
// whose content script has no reason to scan again (checked in Chromium 156).
import type { Tabs, WebNavigation } from 'webextension-polyfill';
import type { TabStateStore } from '../storage/tab-state.ts';

export interface LifecycleDeps {
  tabs: Pick<Tabs.Static, 'onRemoved' | 'onUpdated' | 'onReplaced'>;
  /** browser.webNavigation, undefined when the permission is not granted. */
  webNavigation?: Pick<WebNavigation.Static, 'onCommitted'> | undefined;
  store: TabStateStore;
  clearBadge: (tabId: number) => Promise<void>;
  /** Other per-tab state to forget with the report (the registry verdicts). */
  forgetAlso?: (tabId: number) => Promise<void>;
  logError?: (context: string, error: unknown) => void;
}

/** Chrome adds documentLifecycle/frameType; the polyfill types lack them. */
type CommittedDetails = Pick<WebNavigation.OnCommittedDetailsType, 'tabId' | 'frameId'> & {
  documentLifecycle?: string;
};

/** Reacts to tab events; exported for unit tests, which call it with fake events. */
export function createTabLifecycle(
  deps: Pick<LifecycleDeps, 'store' | 'clearBadge' | 'forgetAlso' | 'logError'>,
) {
  const logError = deps.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));

  async function forget(tabId: number, withBadge: boolean): Promise<void> {
    try {
      await deps.store.clear(tabId);
    } catch (error) {
      logError('clear state', error);
    }
    try {
      await deps.forgetAlso?.(tabId);
    } catch (error) {
      logError('clear state', error);
    }
    if (!withBadge) return;
    try {
      await deps.clearBadge(tabId);
    } catch (error) {
      // The tab can be gone by now; nothing to clear then.
      logError('clear badge', error);
    }
  }

  return {
    onRemoved: (tabId: number) => forget(tabId, false),
    onReplaced: (_addedTabId: number, removedTabId: number) => forget(removedTabId, false),
    onCommitted: (details: CommittedDetails) =>
      // frameId 0 is the tab's visible top frame; prerendered pages get other frame ids, and the
      // lifecycle check is a second guard where the browser reports it.
      details.frameId === 0 && details.tabId >= 0 && (details.documentLifecycle ?? 'active') === 'active'
        ? forget(details.tabId, true)
        : Promise.resolve(),
    onUpdated: (tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType) =>
      changeInfo.status === 'loading' ? forget(tabId, true) : Promise.resolve(),
  };
}

export function registerTabLifecycle(deps: LifecycleDeps): void {
  const handlers = createTabLifecycle(deps);
  deps.tabs.onRemoved.addListener((tabId) => void handlers.onRemoved(tabId));
  deps.tabs.onReplaced.addListener((added, removed) => void handlers.onReplaced(added, removed));
  if (deps.webNavigation) {
    deps.webNavigation.onCommitted.addListener((details) => void handlers.onCommitted(details));
  } else {
    deps.tabs.onUpdated.addListener((tabId, changeInfo) => void handlers.onUpdated(tabId, changeInfo));
  }
}
