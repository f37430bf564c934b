// Entry of the isolated-world content script on the registry query pages (document_start, all
// frames): relays the observer's answers to the service worker as 'registry-answer' messages.
// Like src/content, it uses the browser's own `browser`/`chrome` runtime, not the polyfill.
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
