// Content script: scan the page once and send what may hold licence numbers to the background.
// It runs on every http(s) page, so it stays tiny: no webextension-polyfill (about 10 KB minified,
// and all it would buy here is a promise from sendMessage, which Firefox's `browser` and Chrome's MV3
// `chrome` both return already), no valibot (the background validates what it receives), nothing from
// src/core but the marker pre-filter. Parsing and classifying happen in the background.
import { collectPage } from '../dom/collect.ts';
import type { PageScanMessage } from '../shared/protocol.ts';

interface RuntimeLike {
  runtime?: { sendMessage?: (message: unknown) => Promise<unknown> | undefined };
}

/**
 * Elements the blocks were read from, by block id; kept for a later "show on page". Exported only so
 * it counts as used; the content script's globals live in the extension's isolated world, not the page's.
 */
export let anchors: Element[] = [];

function send(message: PageScanMessage): void {
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser ?? g.chrome;
  try {
    // Rejects when no listener answers or the extension was reloaded under the page: nothing to do.
    api?.runtime?.sendMessage?.(message)?.catch(() => {});
  } catch {
    // "Extension context invalidated" is thrown synchronously in Chrome: same.
  }
}

function scan(): void {
  const page = collectPage(document);
  anchors = page.anchors;
  send({ type: 'page-scan', blocks: page.blocks, links: page.links, truncated: page.truncated });
}

scan();
