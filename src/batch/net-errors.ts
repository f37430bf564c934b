// The browser's own reason for a failed request (net::ERR_NAME_NOT_RESOLVED …), which fetch hides
// behind "Failed to fetch". Read from webRequest.onErrorOccurred for this page's requests only;
// without webRequest (or in a browser that does not report it) the reason stays unknown.
import type { WebRequest } from 'webextension-polyfill';

type Events = Pick<WebRequest.Static, 'onBeforeRequest' | 'onErrorOccurred'>;

export interface NetErrors {
  /** The error of the last failed request that started at `url`, waiting briefly for the event. */
  lookup(url: string): Promise<string | null>;
  dispose(): void;
}

/** The event can arrive just after fetch rejects; this long is waited for it. */
const EVENT_GRACE_MS = 1000;

export function watchNetErrors(webRequest: Events | undefined, origin: string): NetErrors {
  const firstUrl = new Map<string, string>();
  const errors = new Map<string, string>();
  if (!webRequest) return { lookup: async () => null, dispose: () => {} };
  const filter = { urls: ['http://*/*', 'https://*/*'] };
  const ours = (d: { initiator?: string; documentUrl?: string }) =>
    (d.initiator ?? d.documentUrl ?? '').startsWith(origin.replace(/\/$/, ''));
  const onBefore = (d: WebRequest.OnBeforeRequestDetailsType) => {
    // A redirect keeps the request id; the first URL is the one the page asked for.
    if (ours(d) && !firstUrl.has(d.requestId)) firstUrl.set(d.requestId, d.url);
  };
  const onError = (d: WebRequest.OnErrorOccurredDetailsType) => {
    const url = firstUrl.get(d.requestId);
    if (url) errors.set(url, d.error);
  };
  webRequest.onBeforeRequest.addListener(onBefore, filter);
  webRequest.onErrorOccurred.addListener(onError, filter);
  return {
    async lookup(url) {
      const deadline = Date.now() + EVENT_GRACE_MS;
      while (!errors.has(url) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const error = errors.get(url) ?? null;
      errors.delete(url);
      return error;
    },
    dispose() {
      webRequest.onBeforeRequest.removeListener(onBefore);
      webRequest.onErrorOccurred.removeListener(onError);
    },
  };
}
