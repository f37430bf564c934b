// Entry of the isolated-world content script on the registry query pages (document_start, all
// frames): relays the observer's answers to the service worker as 'registry-answer' messages, and in
// the top frame of a page a check opened, types the site into the search box (fill.ts).
// Like src/content, it uses the browser's own `browser`/`chrome` runtime, not the polyfill.
import { MAX_QUERY_CHARS } from '../core/registry/limits.ts';
import { fillWhenReady } from './fill.ts';
import type { RegistryAnswerMessage } from './message.ts';
import { startRelay } from './relay.ts';

interface RuntimeLike {
  runtime?: { sendMessage?: (message: unknown) => Promise<unknown> | undefined };
}

const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
const runtime = (g.browser ?? g.chrome)?.runtime;

function send(message: RegistryAnswerMessage): void {
  try {
    // Rejects when nothing listens (the service worker side is not wired) or the extension reloaded.
    runtime?.sendMessage?.(message)?.catch(() => {});
  } catch {
    // "Extension context invalidated" is thrown synchronously in Chrome.
  }
}

startRelay({ doc: document, origin: location.origin, send, now: () => Date.now() });

// On a query page a check opened, the service worker hands over the site to search for once.
if (window.top === window) {
  void fillWhenReady({
    doc: document,
    ask: async () => {
      const reply = (await runtime?.sendMessage?.({ type: 'registry-fill' })) as
        | { ok?: unknown; value?: { text?: unknown } }
        | undefined;
      const text = reply?.ok === true ? reply.value?.text : null;
      return typeof text === 'string' && text.length <= MAX_QUERY_CHARS ? text : null;
    },
    setTimeout: (f, ms) => setTimeout(f, ms),
  });
}
