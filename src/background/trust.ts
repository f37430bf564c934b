// Who may send what. runtime.onMessage only delivers messages from our own extension, but a
// content script runs inside pages we do not control, so the two message types get different
// gates: page-scan only from our content script in a tab's top frame, get-report only from our
// own extension pages (popup, or the popup opened as a tab).
import type { Runtime } from 'webextension-polyfill';

export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''), e.g. "chrome-extension://<id>/" */
  origin: string;
}

/** Chrome adds documentLifecycle (prerender, back/forward cache …); the polyfill types lack it. */
type Sender = Runtime.MessageSender & { documentLifecycle?: string };

function isWebPageUrl(url: string | undefined): boolean {
  return url !== undefined && (url.startsWith('https://') || url.startsWith('http://'));
}

/** The tab id a page-scan may be stored under, or null when the sender may not send one. */
export function contentScriptTab(sender: Sender, self: ExtensionIdentity): number | null {
  if (sender.id !== self.id) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  // Top frame only: a report describes the page the user sees, not an embedded frame.
  if (sender.frameId !== 0) return null;
  // Our content script only runs on http(s) pages; this also keeps extension pages that are
  // open in a tab from posing as a page.
  if (!isWebPageUrl(sender.url)) return null;
  // A prerendered or cached document must not overwrite the state of the page on screen.
  if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return null;
  return tabId;
}

export function isExtensionPage(sender: Sender, self: ExtensionIdentity): boolean {
  return (
    sender.id === self.id &&
    self.origin.length > 0 &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(self.origin)
  );
}
