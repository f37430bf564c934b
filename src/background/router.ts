// The receiving side of the protocol in the service worker: a table with one handler per message
// type of BACKGROUND_MESSAGES (src/messaging/protocol.ts). Each request is validated, then its
// sender is checked against the type's `from` (src/background/trust.ts), and only then does the
// handler run; its value is answered as { ok: true, value }. The router never throws: anything
// else is a typed error reply.
import type { Runtime } from 'webextension-polyfill';
import {
  BACKGROUND_MESSAGES,
  type BackgroundMessages,
  type BackgroundReply,
  type BackgroundType,
  type MessageOf,
  parseMessage,
  type Reply,
  type SenderKind,
} from '../messaging/protocol.ts';
import type { RegistryPage } from './registry.ts';
import { registryPage } from './registry-trust.ts';
import { contentScriptTab, type ExtensionIdentity, isExtensionPage } from './trust.ts';

/** What the receiver knows about a sender that passed its type's check. */
export interface SenderOf {
  /** Our content script: the tab it runs in, and its page's http(s) URL. */
  'content-script': { tabId: number; url: string };
  /** One of our extension pages. */
  'extension-page': { url: string };
  /** Our relay on an official registry query page: its tab, frame and registry. */
  'registry-page': RegistryPage;
}

type FromOf<K extends BackgroundType> = BackgroundMessages[K]['from'];

export type Handlers = {
  [K in BackgroundType]: (
    message: MessageOf<BackgroundMessages, K>,
    sender: SenderOf[FromOf<K>],
  ) => Promise<BackgroundReply<K>>;
};

/** The sender as its message type expects it, or null when it may not send that type. */
function admit(kind: SenderKind, sender: Runtime.MessageSender, self: ExtensionIdentity) {
  if (kind === 'content-script') {
    const tabId = contentScriptTab(sender, self);
    return tabId === null ? null : { tabId, url: sender.url as string };
  }
  if (kind === 'registry-page') return registryPage(sender, self);
  return isExtensionPage(sender, self) ? { url: sender.url as string } : null;
}

export function createRouter(
  self: ExtensionIdentity,
  logError: (context: string, error: unknown) => void,
  handlers: Handlers,
) {
  return async function route(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    const message = parseMessage(raw);
    if (!message) return { ok: false, error: 'invalid message' };
    const from = admit(BACKGROUND_MESSAGES[message.type].from, sender, self);
    if (!from) return { ok: false, error: 'forbidden' };
    // The table is keyed by type, so the handler and the message belong together.
    const handle = handlers[message.type] as (m: typeof message, s: typeof from) => Promise<unknown>;
    try {
      return { ok: true, value: await handle(message, from) };
    } catch (error) {
      logError(message.type, error);
      return { ok: false, error: 'internal error' };
    }
  };
}
