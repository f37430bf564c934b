// The handlers of the history's queries (src/messaging/history-messages.ts): the history page's
// pages and groups, and the popup's "same filer" lines. The database answers them through its
// indexes (src/storage/history-db); the pages never open it.
import { operatorKey, subjectsOf } from '../core/filer.ts';
import { MAX_GROUP_SITES, MAX_GROUPS, SAME_FILER_SITES } from '../messaging/history-messages.ts';
import type { HistoryDb } from '../storage/history-db/store.ts';
import { historyDomain } from '../storage/history-domain.ts';
import type { TabStateStore } from '../storage/tab-state.ts';
import type { Handlers } from './router.ts';

export interface HistoryQueryDeps {
  store: Pick<TabStateStore, 'read'>;
  history: Pick<HistoryDb, 'page' | 'groups' | 'sameFiler'>;
  /** The "remember checked sites" setting: when off the popup shows what turning it on would do. */
  historyEnabled: () => Promise<boolean>;
}

/** A page showing more ICP subjects than this is a directory, not one filer's site. */
const MAX_SUBJECTS = 20;

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
      const subjects = subjectsOf(state.report.licences).slice(0, MAX_SUBJECTS);
      const operator = state.report.operators?.[0];
      const key = operator ? operatorKey(operator.name) : null;
      return {
        enabled: true,
        ...(await deps.history.sameFiler(domain, subjects, key, SAME_FILER_SITES)),
      };
    },
  };
}
