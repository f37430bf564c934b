// Which listed hosts each tab's page loads from (the readiness check, issue 15): every request of
// the tab's frames, from the main document's response on, observed read-only through webRequest
// (nothing is blocked, changed or sent). Requests to listed failing hosts go into the tab's tally
// in storage.session (src/storage/readiness-state.ts); other requests are only counted. Writes are
// coalesced: events wait in memory for FLUSH_DELAY_MS (or until MAX_PENDING of them), then one
// read-modify-write applies them in arrival order. Per tab, writes run one after another, as in
// hosting.ts, whose event filters this follows. A navigation replaces the tally (readiness-events.ts);
// closing the tab forgets it.
import type { Tabs, WebNavigation, WebRequest } from 'webextension-polyfill';
import { matchHost } from '../core/readiness/match.ts';
import type { ReadinessDoc, ReadinessStore } from '../storage/readiness-state.ts';
import { emptyRecord } from '../storage/readiness-state.ts';
import { isTopFrame } from './hosting.ts';
import { applyEvent, type ReadinessEvent } from './readiness-events.ts';

export const FLUSH_DELAY_MS = 400;
/** Pending events per tab that force a write at once. */
export const MAX_PENDING = 200;
/** Request ids remembered per tab, so a redirect (same id) is one request. */
const MAX_REQUEST_IDS = 2_000;
/**
 * Chromium's font loader first asks the cache alone, which fails with this error when the font is
 * not cached, and then asks the network under a new request id: one request, not two.
 */
const CACHE_MISS = 'net::ERR_CACHE_MISS';
const MAX_CACHE_MISSES = 256;

/** Chrome adds documentLifecycle (prerender, cached, pending_deletion); the polyfill types lack it. */
type Lifecycle = { documentLifecycle?: string };
type RequestDetails = Pick<WebRequest.OnBeforeRequestDetailsType, 'tabId' | 'requestId' | 'type' | 'url'> &
  Lifecycle;
type ErrorDetails = Pick<WebRequest.OnErrorOccurredDetailsType, 'tabId' | 'url' | 'error'>;
type ResponseDetails = Pick<
  WebRequest.OnResponseStartedDetailsType,
  'tabId' | 'frameId' | 'type' | 'url' | 'timeStamp'
> &
  Lifecycle;
type CommitDetails = Pick<WebNavigation.OnCommittedDetailsType, 'tabId' | 'frameId' | 'url' | 'timeStamp'> &
  Lifecycle;

export interface ReadinessDeps {
  store: ReadinessStore;
  flushDelayMs?: number;
  logError?: (context: string, error: unknown) => void;
}

interface Pending {
  events: ReadinessEvent[];
  timer: ReturnType<typeof setTimeout> | null;
  requestIds: Set<string>;
  /** URLs whose cache-only attempt failed: their next request is the same one, already counted. */
  cacheMisses: Set<string>;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function createReadiness(deps: ReadinessDeps) {
  const logError = deps.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));
  const delay = deps.flushDelayMs ?? FLUSH_DELAY_MS;
  const pending = new Map<number, Pending>();
  const queues = new Map<number, Promise<unknown>>();

  function serial(tabId: number, task: () => Promise<void>): Promise<void> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      logError('readiness', error);
    });
    queues.set(tabId, run);
    void run.then(() => {
      if (queues.get(tabId) === run) queues.delete(tabId);
    });
    return run;
  }

  function pendingOf(tabId: number): Pending {
    let p = pending.get(tabId);
    if (!p) {
      p = { events: [], timer: null, requestIds: new Set(), cacheMisses: new Set() };
      pending.set(tabId, p);
    }
    return p;
  }

  /** Writes the tab's pending events; resolves once they (and every earlier write) are stored. */
  function flush(tabId: number): Promise<void> {
    const p = pending.get(tabId);
    if (p?.timer) clearTimeout(p.timer);
    if (p) p.timer = null;
    return serial(tabId, async () => {
      // Taken when the write runs, so events that arrived while an earlier write ran join this one.
      const events = p?.events.splice(0) ?? [];
      if (events.length === 0) return;
      const record = (await deps.store.read(tabId)) ?? emptyRecord();
      for (const event of events) applyEvent(record, event);
      await deps.store.write(tabId, record);
    });
  }

  function later(tabId: number, p: Pending): void {
    if (p.events.length >= MAX_PENDING) void flush(tabId);
    else p.timer ??= setTimeout(() => void flush(tabId), delay);
  }

  return {
    onBeforeRequest(details: RequestDetails): void {
      if (details.tabId < 0 || details.type === 'main_frame') return;
      if ((details.documentLifecycle ?? 'active') !== 'active') return;
      const p = pendingOf(details.tabId);
      if (p.requestIds.has(details.requestId)) return;
      if (p.requestIds.size >= MAX_REQUEST_IDS) p.requestIds.clear();
      p.requestIds.add(details.requestId);
      if (p.cacheMisses.delete(details.url)) return;
      const url = parseUrl(details.url);
      if (!url) return;
      const match = matchHost(url.hostname, url.pathname);
      if (match && match.status !== 'works') {
        p.events.push({
          kind: 'request',
          request: { host: url.hostname, path: url.pathname, type: details.type },
        });
        later(details.tabId, p);
        return;
      }
      // Not worth a write of its own: counted into whatever is written next.
      const last = p.events[p.events.length - 1];
      if (last?.kind === 'unlisted') last.count++;
      else p.events.push({ kind: 'unlisted', count: 1 });
    },
    onErrorOccurred(details: ErrorDetails): void {
      if (details.tabId < 0 || details.error !== CACHE_MISS) return;
      const p = pending.get(details.tabId);
      if (!p) return;
      if (p.cacheMisses.size >= MAX_CACHE_MISSES) p.cacheMisses.clear();
      p.cacheMisses.add(details.url);
    },
    onResponseStarted(details: ResponseDetails): Promise<void> {
      if (details.type !== 'main_frame' || !isTopFrame(details)) return Promise.resolve();
      pendingOf(details.tabId).events.push({ kind: 'response', url: details.url, at: details.timeStamp });
      return flush(details.tabId);
    },
    onCommitted(details: CommitDetails): Promise<void> {
      if (!isTopFrame(details)) return Promise.resolve();
      const p = pendingOf(details.tabId);
      p.requestIds.clear();
      p.cacheMisses.clear();
      p.events.push({ kind: 'commit', url: details.url, at: details.timeStamp });
      return flush(details.tabId);
    },
    onRemoved(tabId: number): Promise<void> {
      const p = pending.get(tabId);
      if (p?.timer) clearTimeout(p.timer);
      pending.delete(tabId);
      return serial(tabId, () => deps.store.forget(tabId));
    },
    /** The tally of the tab's document on screen, with every request seen so far written first. */
    async current(tabId: number): Promise<ReadinessDoc | null> {
      await flush(tabId);
      let doc: ReadinessDoc | null = null;
      await serial(tabId, async () => {
        doc = (await deps.store.read(tabId))?.current ?? null;
      });
      return doc;
    },
  };
}

export type ReadinessTracker = ReturnType<typeof createReadiness>;

export interface ReadinessEvents {
  /** browser.webRequest; undefined without the "webRequest" permission. */
  webRequest?:
    | Pick<WebRequest.Static, 'onBeforeRequest' | 'onErrorOccurred' | 'onResponseStarted'>
    | undefined;
  webNavigation?: Pick<WebNavigation.Static, 'onCommitted'> | undefined;
  tabs: { onRemoved: Tabs.Static['onRemoved']; onReplaced: Tabs.Static['onReplaced'] };
}

/** Registers the listeners; call synchronously at the worker's top level. */
export function registerReadiness(tracker: ReadinessTracker, events: ReadinessEvents): void {
  const urls = ['http://*/*', 'https://*/*'];
  events.webRequest?.onBeforeRequest.addListener((details) => tracker.onBeforeRequest(details), { urls });
  events.webRequest?.onErrorOccurred.addListener((details) => tracker.onErrorOccurred(details), { urls });
  events.webRequest?.onResponseStarted.addListener((details) => void tracker.onResponseStarted(details), {
    urls,
    types: ['main_frame'],
  });
  events.webNavigation?.onCommitted.addListener((details) => void tracker.onCommitted(details));
  events.tabs.onRemoved.addListener((tabId) => void tracker.onRemoved(tabId));
  events.tabs.onReplaced.addListener((_added, removed) => void tracker.onRemoved(removed));
}
