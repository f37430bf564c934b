// Which server delivered a tab's main document, in storage.session next to the tab's report.
//
// Ordering: the main-frame response (webRequest.onResponseStarted, which carries the IP) arrives
// BEFORE webNavigation.onCommitted, and the commit is what wipes a tab's state. So the response is
// kept as a "seen" record under its own key, and the commit turns it into the tab's hosting record
// only when it belongs to the committing document (same URL, seen no later than the commit).
// Otherwise (back/forward cache, a service worker answered, an error page …) the commit records
// "not observed", so a previous page's IP can never be shown for the next one.
import * as v from 'valibot';

export const HOSTING_STATE_VERSION = 1;

export interface HostingRecord {
  v: typeof HOSTING_STATE_VERSION;
  /** URL of the document, without its #fragment. */
  url: string;
  /** The server address the browser reported; null when it reported none or nothing was seen. */
  ip: string | null;
  /** The response came from the browser cache. */
  cached: boolean;
  /** Whether a response was seen for this document at all. */
  observed: boolean;
  /** Event time (ms since the epoch) of the response or the commit. */
  at: number;
}

const RecordSchema = v.object({
  v: v.literal(HOSTING_STATE_VERSION),
  url: v.pipe(v.string(), v.maxLength(8192)),
  ip: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  cached: v.boolean(),
  observed: v.boolean(),
  at: v.number(),
});

export function parseHostingRecord(raw: unknown): HostingRecord | null {
  const result = v.safeParse(RecordSchema, raw);
  return result.success ? result.output : null;
}

export const hostingKey = (tabId: number) => `hosting:${tabId}`;
export const seenKey = (tabId: number) => `hosting-seen:${tabId}`;

/** URL without #fragment: the request URL never has one, the committed URL may. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Whether a response seen earlier delivered the document that has just committed. */
export function belongsToCommit(
  seen: Pick<HostingRecord, 'url' | 'at'>,
  commitUrl: string,
  commitAt: number,
): boolean {
  return seen.url === withoutFragment(commitUrl) && seen.at <= commitAt;
}

export interface ResponseSeen {
  url: string;
  ip: string | null;
  cached: boolean;
  at: number;
}

/** The part of storage.session this module uses (same shape as tab-state.ts's SessionArea). */
export interface HostingArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface HostingStore {
  /** A main-frame response started in the tab. */
  seen(tabId: number, response: ResponseSeen): Promise<void>;
  /** The tab's top frame committed `url`: keep the matching response, or record "not observed". */
  commit(tabId: number, url: string, at: number): Promise<HostingRecord>;
  read(tabId: number): Promise<HostingRecord | null>;
  forget(tabId: number): Promise<void>;
}

async function readKey(area: HostingArea, key: string): Promise<HostingRecord | null> {
  try {
    return parseHostingRecord((await area.get(key))?.[key]);
  } catch {
    return null;
  }
}

export function createHostingStore(area: HostingArea): HostingStore {
  return {
    async seen(tabId, { url, ip, cached, at }) {
      const record: HostingRecord = {
        v: HOSTING_STATE_VERSION,
        url: withoutFragment(url),
        ip,
        cached,
        observed: true,
        at,
      };
      await area.set({ [seenKey(tabId)]: record });
    },
    async commit(tabId, url, at) {
      const seen = await readKey(area, seenKey(tabId));
      const record: HostingRecord =
        seen && belongsToCommit(seen, url, at)
          ? seen
          : {
              v: HOSTING_STATE_VERSION,
              url: withoutFragment(url),
              ip: null,
              cached: false,
              observed: false,
              at,
            };
      await area.set({ [hostingKey(tabId)]: record });
      await area.remove(seenKey(tabId));
      return record;
    },
    read: (tabId) => readKey(area, hostingKey(tabId)),
    async forget(tabId) {
      await area.remove([hostingKey(tabId), seenKey(tabId)]);
    },
  };
}
