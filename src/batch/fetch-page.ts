// Fetches one home page for the batch check: no cookies, redirects followed, a timeout, a size cap,
// HTML only. Every failure becomes a BatchError the page can put into words. The browser's fetch
// says only "failed" for DNS, refused and redirect-loop errors; `netError` (net-errors.ts) asks
// webRequest for the real reason where it can.
import { decodeHtml } from '../net/html-decode.ts';
import { readLimited } from '../net/read-limited.ts';

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export type BatchError =
  | { code: 'invalid' }
  | { code: 'timeout'; seconds: number }
  | { code: 'dns' }
  | { code: 'refused' }
  | { code: 'redirects' }
  | { code: 'network'; detail: string }
  | { code: 'http'; status: number }
  | { code: 'not-html'; type: string }
  | { code: 'too-large'; bytes: number }
  | { code: 'cancelled' }
  /** The run ended on an unexpected error before this row was checked. */
  | { code: 'stopped' }
  | { code: 'analyse' };

export type Fetched = { ok: true; html: string; url: string } | { ok: false; error: BatchError };

export interface FetchOptions {
  timeoutMs: number;
  maxBytes?: number;
  /** Aborts the request when the user cancels the run. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** The browser's network error name for a failed request of `url` (net::ERR_…), if known. */
  netError?: (url: string) => Promise<string | null>;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Chromium's net error names for the failures people ask about. */
export function errorFromNet(name: string | null): BatchError | null {
  if (!name) return null;
  if (/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|DNS/.test(name)) return { code: 'dns' };
  if (/CONNECTION_REFUSED/.test(name)) return { code: 'refused' };
  if (/TOO_MANY_REDIRECTS|REDIRECT_CYCLE/.test(name)) return { code: 'redirects' };
  return { code: 'network', detail: name.replace(/^net::/, '') };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<') && /<(!doctype html|html|head|body|meta|title|div|p|a)\b/.test(head);
}

export async function fetchPage(url: string, options: FetchOptions): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel);
  const fail = (error: BatchError): Fetched => ({ ok: false, error });
  const aborted = (): Fetched | null =>
    timedOut
      ? fail({ code: 'timeout', seconds: options.timeoutMs / 1000 })
      : options.signal?.aborted
        ? fail({ code: 'cancelled' })
        : null;
  try {
    if (options.signal?.aborted) return fail({ code: 'cancelled' });
    let response: Response;
    try {
      response = await doFetch(url, {
        credentials: 'omit',
        redirect: 'follow',
        cache: 'no-store',
        signal: controller.signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
    } catch (error) {
      const stopped = aborted();
      if (stopped) return stopped;
      const known = errorFromNet((await options.netError?.(url)) ?? null);
      return fail(
        known ?? { code: 'network', detail: error instanceof Error ? error.message : String(error) },
      );
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return fail({ code: 'http', status: response.status });
    }
    const contentType = response.headers.get('content-type');
    const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (mime && !HTML_TYPES.has(mime)) {
      await response.body?.cancel().catch(() => {});
      return fail({ code: 'not-html', type: mime });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      return fail({ code: 'too-large', bytes: maxBytes });
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readLimited(response.body, maxBytes);
    } catch (error) {
      return (
        aborted() ?? fail({ code: 'network', detail: error instanceof Error ? error.message : String(error) })
      );
    }
    if (!bytes) return fail({ code: 'too-large', bytes: maxBytes });
    if (!mime && !looksLikeHtml(bytes)) return fail({ code: 'not-html', type: '?' });
    return { ok: true, html: decodeHtml(bytes, contentType), url: response.url || url };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}
