// The service worker's handler table: what each message of BACKGROUND_MESSAGES does, once the
// router (router.ts) has validated it and checked its sender. Browser APIs come in as dependencies
// so the table is unit-tested with fakes.
//
// The background is the one writer of the site history: the pages ask it by message
// (add-to-history, clear-history, and the queries of history-handlers.ts), and page scans are
// recorded through the same database.
import type { LinkHint, PageReport, TextBlock } from '../core/types.ts';
import { siteWithDomain } from '../site/registrable-domain.ts';
import type { HistoryDb } from '../storage/history-db/store.ts';
import type { BadgeStyle } from '../storage/settings.ts';
import type { TabStateStore } from '../storage/tab-state.ts';
import { type Badge, badgeFor } from './badge.ts';
import type { RecordHistory } from './history.ts';
import { historyHandlers } from './history-handlers.ts';
import type { HostingTracker } from './hosting.ts';
import type { ReadinessTracker } from './readiness.ts';
import { readinessAnswer } from './readiness-answer.ts';
import type { RegistryChecker } from './registry.ts';
import { createRouter } from './router.ts';
import type { ExtensionIdentity } from './trust.ts';

export interface HandlerDeps {
  self: ExtensionIdentity;
  /** `context`: text around the blocks, for the operators only (src/core/analyse.ts). */
  analyse: (
    blocks: readonly TextBlock[],
    links: readonly LinkHint[],
    truncated: boolean,
    options?: { context?: readonly TextBlock[] },
  ) => PageReport;
  store: TabStateStore;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** The user's badge style (src/storage/settings.ts); 'province' when not given. */
  badgeStyle?: () => Promise<BadgeStyle>;
  /**
   * Where tabs' pages were served from (src/background/hosting.ts). Without it (a build that does
   * not watch responses) get-hosting answers "not available".
   */
  hosting?: Pick<HostingTracker, 'view'>;
  /** The site history (IndexedDB, src/storage/history-db), opened only here. */
  history: Pick<HistoryDb, 'add' | 'clear' | 'page' | 'groups' | 'sameFiler'>;
  /** The "remember checked sites" setting; off when not given. */
  historyEnabled?: () => Promise<boolean>;
  /** What tabs' pages load from listed hosts (src/background/readiness.ts); without it, no check. */
  readiness?: Pick<ReadinessTracker, 'current'>;
  /** Remembers the page's site in the history (src/background/history.ts), when on. */
  recordHistory?: RecordHistory;
  /** Registry checks (src/background/registry.ts); without it no check starts and no answer is kept. */
  registry?: RegistryChecker;
  /** Where unexpected failures are reported; defaults to console.error. */
  logError?: (context: string, error: unknown) => void;
}

export function createMessageHandler(deps: HandlerDeps) {
  const logError = deps.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));

  return createRouter(deps.self, logError, {
    async 'page-scan'(message, { tabId, url }) {
      const { blocks, links, truncated, context } = message;
      const report = deps.analyse(blocks, links, truncated, context ? { context } : {});
      await deps.store.write(tabId, report, url);
      let hosting: Awaited<ReturnType<HostingTracker['view']>> | undefined;
      try {
        hosting = await deps.hosting?.view(tabId, report, url);
        await deps.setBadge(
          tabId,
          badgeFor(report, (await deps.badgeStyle?.()) ?? 'province', hosting?.verdict),
        );
      } catch (error) {
        // The tab may have closed meanwhile; the stored state is still right.
        logError('badge', error);
      }
      try {
        await deps.recordHistory?.(report, url, hosting?.verdict);
      } catch (error) {
        logError('history', error);
      }
      return {};
    },

    async 'get-report'({ tabId }) {
      const state = await deps.store.read(tabId);
      // The URL lets the popup name the site; the report replaces the last one (never merged).
      // The site is named here, where the public-suffix list is loaded anyway, so the popup
      // does not have to load it (about 250 KB) before it can draw anything.
      const site = siteWithDomain(state?.url);
      return state?.url
        ? { report: state.report, url: state.url, ...(site ? { site } : {}) }
        : { report: state?.report ?? null };
    },

    async 'get-hosting'({ tabId }) {
      if (!deps.hosting) return { available: false };
      const state = await deps.store.read(tabId);
      return { available: true, ...(await deps.hosting.view(tabId, state?.report ?? null, state?.url)) };
    },

    async 'get-readiness'({ tabId }) {
      if (!deps.readiness) return { applies: false };
      const [state, doc] = await Promise.all([deps.store.read(tabId), deps.readiness.current(tabId)]);
      const hosting = await deps.hosting?.view(tabId, state?.report ?? null, state?.url);
      return readinessAnswer(doc, state, hosting?.verdict ?? null);
    },

    async 'add-to-history'({ sites }) {
      const { stored, complete, full } = await deps.history.add(sites);
      return { added: stored, complete, ...(full ? { full } : {}) };
    },

    async 'clear-history'() {
      await deps.history.clear();
      return {};
    },

    'registry-check': async (request) => (await deps.registry?.startForTab(request)) ?? { opened: false },
    'registry-check-site': async (request) =>
      (await deps.registry?.startForSite(request)) ?? { opened: false },
    'get-registry': async ({ tabId }) => ({ checks: (await deps.registry?.view(tabId)) ?? {} }),
    'get-registry-sites': async () => ({ sites: (await deps.registry?.sites()) ?? [] }),
    'registry-answer': async ({ answer }, page) =>
      (await deps.registry?.answer(answer, page)) ?? { linked: false },
    'registry-fill': async (_request, page) => (await deps.registry?.fill(page)) ?? { text: null },
    ...historyHandlers({
      store: deps.store,
      history: deps.history,
      historyEnabled: deps.historyEnabled ?? (async () => false),
    }),
  });
}
