// Records which IP address served each tab's main document and turns it into a hosting verdict.
// Browser events come in through the handlers below (unit-tested with fakes); src/background/index.ts
// registers them. Per tab, store operations run one after another in event order, so a commit never
// reads the "seen" record before the response that wrote it, and a verdict never reads the record
// of the page before.
import type { Tabs, WebNavigation, WebRequest } from 'webextension-polyfill';
import { lookupIp } from '../core/hosting/ip-lookup.ts';
import type { IpTable } from '../core/hosting/ip-table.ts';
import type { Hosting } from '../core/hosting/types.ts';
import { hostingVerdict } from '../core/hosting/verdict.ts';
import type { PageReport } from '../core/types.ts';
import type { HostingView } from '../messaging/hosting-view.ts';
import type { HostingRecord, HostingStore } from '../storage/hosting-state.ts';

/** Chrome adds documentLifecycle (prerender …); the polyfill types lack it. */
type ResponseDetails = Pick<
  WebRequest.OnResponseStartedDetailsType,
  'tabId' | 'frameId' | 'type' | 'url' | 'ip' | 'fromCache' | 'timeStamp'
> & { documentLifecycle?: string };

type CommitDetails = Pick<WebNavigation.OnCommittedDetailsType, 'tabId' | 'frameId' | 'url' | 'timeStamp'> & {
  documentLifecycle?: string;
};

export interface HostingDeps {
  store: HostingStore;
  /** The country table, loaded on first use (src/background/ip-table-source.ts). */
  table: () => Promise<IpTable>;
  logError?: (context: string, error: unknown) => void;
}

/** The tab's visible top frame (not a prerender or a page kept in the back/forward cache). */
export const isTopFrame = (d: { tabId: number; frameId: number; documentLifecycle?: string }) =>
  d.tabId >= 0 && d.frameId === 0 && (d.documentLifecycle ?? 'active') === 'active';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function createHosting(deps: HostingDeps) {
  const logError = deps.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));
  const queues = new Map<number, Promise<unknown>>();

  /** Runs `task` after every earlier task of the same tab; never rejects. */
  function serial<T>(tabId: number, task: () => Promise<T>, fallback: T): Promise<T> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      logError('hosting', error);
      return fallback;
    });
    queues.set(tabId, run);
    void run.then(() => {
      if (queues.get(tabId) === run) queues.delete(tabId);
    });
    return run;
  }

  async function classify(record: HostingRecord): Promise<Hosting> {
    if (record.ip === null || record.ip === '') return { ip: null, cached: record.cached, place: null };
    return { ip: record.ip, cached: record.cached, place: lookupIp(await deps.table(), record.ip) };
  }

  /**
   * The hosting of the tab's current document and its URL, or null when nothing is recorded.
   * `pageUrl` (the page a report came from) must have the recorded document's origin, or the
   * record is not used: it may describe another document (a prerendered page swapped in …).
   */
  function current(tabId: number, pageUrl: string | undefined) {
    return serial(
      tabId,
      async () => {
        const record = await deps.store.read(tabId);
        if (!record) return null;
        if (pageUrl !== undefined && originOf(pageUrl) !== originOf(record.url)) return null;
        return { hosting: await classify(record), url: record.url };
      },
      null,
    );
  }

  return {
    onResponseStarted(details: ResponseDetails): Promise<void> {
      if (details.type !== 'main_frame' || !isTopFrame(details)) return Promise.resolve();
      const ip = typeof details.ip === 'string' && details.ip.length > 0 ? details.ip : null;
      return serial(
        details.tabId,
        () =>
          deps.store.seen(details.tabId, {
            url: details.url,
            ip,
            cached: details.fromCache === true,
            at: details.timeStamp,
          }),
        undefined,
      );
    },
    onCommitted(details: CommitDetails): Promise<void> {
      if (!isTopFrame(details)) return Promise.resolve();
      return serial(
        details.tabId,
        async () => {
          await deps.store.commit(details.tabId, details.url, details.timeStamp);
        },
        undefined,
      );
    },
    onRemoved(tabId: number): Promise<void> {
      return serial(tabId, () => deps.store.forget(tabId), undefined);
    },
    /** The verdict for a report of the page at `pageUrl` in the tab. */
    async view(tabId: number, report: PageReport | null, pageUrl: string | undefined): Promise<HostingView> {
      const found = await current(tabId, pageUrl);
      const hosting = found?.hosting ?? null;
      return {
        hosting: hosting ?? { ip: null, cached: false, place: null },
        verdict: hostingVerdict(hosting, report, hostOf(pageUrl ?? found?.url)),
      };
    },
  };
}

export type HostingTracker = ReturnType<typeof createHosting>;

export interface HostingEvents {
  /** browser.webRequest; undefined without the "webRequest" permission. */
  webRequest?: Pick<WebRequest.Static, 'onResponseStarted'> | undefined;
  webNavigation?: Pick<WebNavigation.Static, 'onCommitted'> | undefined;
  tabs: { onRemoved: Tabs.Static['onRemoved']; onReplaced: Tabs.Static['onReplaced'] };
}

/** Registers the listeners; call synchronously at the worker's top level. */
export function registerHosting(tracker: HostingTracker, events: HostingEvents): void {
  // onResponseStarted (not onHeadersReceived, which has no ip) fires once, for the final response
  // after any redirects. Host permissions for http(s) are what let MV3 webRequest see these requests.
  events.webRequest?.onResponseStarted.addListener((details) => void tracker.onResponseStarted(details), {
    urls: ['http://*/*', 'https://*/*'],
    types: ['main_frame'],
  });
  events.webNavigation?.onCommitted.addListener((details) => void tracker.onCommitted(details));
  events.tabs.onRemoved.addListener((tabId) => void tracker.onRemoved(tabId));
  events.tabs.onReplaced.addListener((_added, removed) => void tracker.onRemoved(removed));
}
