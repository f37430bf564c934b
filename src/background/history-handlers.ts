// The handlers of the history's queries (src/messaging/history-messages.ts): the history page's
// pages and groups, and the popup's "same filer" lines. The database answers them through its
// indexes (src/storage/history-db); the pages never open it.
import { MAX_GROUP_SITES, MAX_GROUPS } from '../messaging/history-messages.ts';
import type { HistoryDb } from '../storage/history-db/store.ts';
import { historyDomain } from '../storage/history-domain.ts';
import type { TabStateStore } from '../storage/tab-state.ts';
import type { Handlers } from './router.ts';
import { sameFilerOf } from './same-filer.ts';

export interface HistoryQueryDeps {
  store: Pick<TabStateStore, 'read'>;
  history: Pick<HistoryDb, 'page' | 'groups' | 'sameFiler'>;
  /** The "remember checked sites" setting: when off the popup shows what turning it on would do. */
  historyEnabled: () => Promise<boolean>;
}

export function historyHandlers(
  deps: HistoryQueryDeps,
): Pick<Handlers, 'history-page' | 'history-groups' | 'same-filer'> {
  return {
    async 'history-page'({ query, offset, limit }) {
      return deps.history.page(query, offset, limit);
    },

    async 'history-groups'({ by, query }) {
      return deps.history.groups(by, query, MAX_GROUPS, MAX_GROUP_SITES);
    },

    async 'same-filer'({ tabId }) {
      // Both reads at once: the popup waits for this answer.
      const [enabled, state] = await Promise.all([deps.historyEnabled(), deps.store.read(tabId)]);
      if (!enabled) return { enabled: false };
      const domain = historyDomain(state?.url);
      if (!state?.report || !domain) return { enabled: true, subjects: [], operator: null };
      return { enabled: true, ...(await sameFilerOf(deps.history, domain, state.report)) };
    },
  };
}
