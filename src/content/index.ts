// Content script: scan the page and send what may hold licence numbers to the background; rescan
// when a footer shows up late or a single-page app navigates; scroll to a block when the popup asks.
// It runs on every http(s) page, so it stays tiny: no webextension-polyfill (about 10 KB minified,
// and all it would buy here is a promise from sendMessage, which Firefox's `browser` and Chrome's MV3
// `chrome` both return already), no valibot (the background validates what it receives; requests
// from the popup are checked by requests.ts), nothing from src/core but the marker pre-filter.
// Parsing and classifying happen in the background.
import { scanPage } from '../dom/scan-page.ts';
import type { ContentMessage, ContentReply, ErrorReply, PageScanMessage } from '../messaging/protocol.ts';
import { highlight } from './highlight.ts';
import { fromOwnExtensionPage, isContentRequest, type SenderLike } from './requests.ts';
import { type LateContentWatch, watchLateContent, watchUrl } from './watch.ts';

interface RuntimeLike {
  runtime?: {
    id?: string;
    getURL?: (path: string) => string;
    sendMessage?: (message: unknown) => Promise<unknown> | undefined;
    onMessage?: {
      addListener(
        listener: (
          message: unknown,
          sender: SenderLike,
          sendResponse: (reply: AnyContentReply) => void,
        ) => undefined,
      ): void;
    };
  };
}

type AnyContentReply = ContentReply<ContentMessage['type']> | ErrorReply;

/** A single-page app usually renders the new route right after changing the URL; wait that long. */
const AFTER_NAVIGATION_MS = 300;

const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
const runtime = (g.browser ?? g.chrome)?.runtime;

/**
 * Elements the blocks of the last scan were read from, by block id, for "show on page". Exported
 * only so it counts as used; the content script's globals live in the extension's isolated world.
 */
export let anchors: Element[] = [];
let lastSent = '';
let watch: LateContentWatch | null = null;
let checkUrl: () => void = () => {};

function send(message: PageScanMessage): void {
  try {
    // Rejects when no listener answers or the extension was reloaded under the page: nothing to do.
    runtime?.sendMessage?.(message)?.catch(() => {});
  } catch {
    // "Extension context invalidated" is thrown synchronously in Chrome: same.
  }
}

/** Scans and sends; unchanged results are not sent again unless `force`. True once a footer was read. */
function scan(force: boolean): boolean {
  const page = scanPage(document);
  anchors = page.anchors;
  const message: PageScanMessage = {
    type: 'page-scan',
    blocks: page.blocks,
    links: page.links,
    truncated: page.truncated,
    ...(page.context.length ? { context: page.context } : {}),
  };
  const key = JSON.stringify(message);
  if (force || key !== lastSent) {
    lastSent = key;
    send(message);
  }
  return page.blocks.some((b) => b.region === 'footer');
}

function watchForLateContent(): void {
  watch?.stop();
  watch = watchLateContent(
    document.documentElement,
    () => scan(false),
    () => checkUrl(),
  );
}

let navigationTimer: ReturnType<typeof setTimeout> | undefined;
function onNavigated(): void {
  // The old page's elements must not be shown for the new page's blocks.
  anchors = [];
  clearTimeout(navigationTimer);
  navigationTimer = setTimeout(() => {
    // Always send: the background replaces the tab's state, so the new page never shows the old
    // page's numbers, even when the new page has none.
    if (!scan(true)) watchForLateContent();
  }, AFTER_NAVIGATION_MS);
}

/** Answers the popup (CONTENT_MESSAGES in src/messaging/protocol.ts), synchronously. */
function onRequest(message: unknown, sender: SenderLike, sendResponse: (reply: AnyContentReply) => void) {
  if (!fromOwnExtensionPage(sender, runtime?.id, runtime?.getURL?.('') ?? '')) {
    sendResponse({ ok: false, error: 'forbidden' });
  } else if (!isContentRequest(message)) {
    sendResponse({ ok: false, error: 'invalid message' });
  } else if (message.type === 'content-status') {
    sendResponse({ ok: true, value: { present: true } });
  } else {
    const el = anchors[message.block];
    sendResponse({ ok: true, value: { shown: el !== undefined && highlight(el) } });
  }
  return undefined;
}

function start(): void {
  if (!scan(true)) watchForLateContent();
}

runtime?.onMessage?.addListener(onRequest);
checkUrl = watchUrl(onNavigated);
// A page restored from the back/forward cache does not run this script again, but the background
// forgot its result when the navigation committed: send it again.
addEventListener('pageshow', (event) => {
  if (event.persisted) scan(true);
});
// The background refuses scans from a prerendered page (nobody sees it yet); scan once it is shown.
if ((document as { prerendering?: boolean }).prerendering) {
  document.addEventListener('prerenderingchange', start, { once: true });
} else {
  start();
}
