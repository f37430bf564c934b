// How the browser's events change a tab's readiness record (src/storage/readiness-state.ts). Pure:
// the tracker (readiness.ts) collects events in arrival order and applies them in one go, so a
// burst of requests costs one storage write.
import { addRequest, emptyTally, MAX_COUNT, type ObservedRequest } from '../core/readiness/tally.ts';
import { belongsToCommit, withoutFragment } from '../storage/hosting-state.ts';
import type { ReadinessDoc, ReadinessRecord } from '../storage/readiness-state.ts';

export type ReadinessEvent =
  /** The main document's response started: requests from now on belong to the page on its way. */
  | { kind: 'response'; url: string; at: number }
  /** The top frame committed a document. */
  | { kind: 'commit'; url: string; at: number }
  /** A request to a listed host that fails or is unreliable. */
  | { kind: 'request'; request: ObservedRequest }
  /** Requests to hosts that are not listed (or listed as working): only counted. */
  | { kind: 'unlisted'; count: number };

const isWeb = (url: string) => /^https?:/i.test(url);

const freshDoc = (url: string, at: number, fromStart: boolean): ReadinessDoc => ({
  url: withoutFragment(url),
  at,
  fromStart,
  tally: emptyTally(),
});

/** Applies `event` to `record` in place. */
export function applyEvent(record: ReadinessRecord, event: ReadinessEvent): void {
  switch (event.kind) {
    case 'response':
      record.next = freshDoc(event.url, event.at, true);
      return;
    case 'commit': {
      const { next } = record;
      // A commit without its own response (back/forward cache, a service worker answered …) starts
      // an empty tally that says it did not see the page from the start.
      if (next && belongsToCommit(next, event.url, event.at)) record.current = next;
      else record.current = isWeb(event.url) ? freshDoc(event.url, event.at, false) : null;
      record.next = null;
      return;
    }
    case 'request': {
      // Between the response and the commit, requests are the new page's: the old one is leaving.
      const doc = record.next ?? record.current;
      if (doc) addRequest(doc.tally, event.request);
      return;
    }
    case 'unlisted': {
      const doc = record.next ?? record.current;
      if (doc) doc.tally.requests = Math.min(MAX_COUNT, doc.tally.requests + event.count);
      return;
    }
  }
}
