// Which tab the popup describes:
// 1. ?tabId=N in the URL (tests, and links from other extension pages);
// 2. in a real popup (tabs.getCurrent() is undefined): the active tab of the current window;
// 3. opened as a tab without ?tabId: the most recently used other tab that is not one of our own
//    pages (a popup tab opened before is more recent than the page). Tab URLs of web pages are
//    hidden without the "tabs" permission, but our own pages' URLs are visible, which is all the
//    filter needs.
import type { Tabs } from 'webextension-polyfill';

export interface TargetTabDeps {
  search: string;
  /** location.origin of the popup page, e.g. "chrome-extension://<id>". */
  origin: string;
  tabs: Pick<Tabs.Static, 'getCurrent' | 'query'>;
}

export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export async function resolveTargetTab(deps: TargetTabDeps): Promise<number | null> {
  const fromUrl = tabIdFromSearch(deps.search);
  if (fromUrl !== null) return fromUrl;

  const current = await deps.tabs.getCurrent();
  if (!current) {
    const [active] = await deps.tabs.query({ active: true, currentWindow: true });
    return active?.id ?? null;
  }
  const candidates = (await deps.tabs.query({}))
    .filter((t) => t.id !== undefined && t.id !== current.id && !t.url?.startsWith(deps.origin))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return candidates[0]?.id ?? null;
}
