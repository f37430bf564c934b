// What the content script accepts from the popup (CONTENT_MESSAGES in src/messaging/protocol.ts),
// checked by hand because valibot would triple the script's size. test/unit/content/requests.test.ts
// runs this check and the protocol's schema over the same samples so the two cannot drift apart.
import type { ContentMessage } from '../messaging/protocol.ts';

export function isContentRequest(raw: unknown): raw is ContentMessage {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m);
  if (m.type === 'content-status') return keys.length === 1;
  return (
    m.type === 'show-block' &&
    keys.length === 2 &&
    typeof m.block === 'number' &&
    Number.isInteger(m.block) &&
    m.block >= 0 &&
    m.block <= 100_000
  );
}

export interface SenderLike {
  id?: string;
  url?: string;
}

/** Only our own extension pages (the popup, also when opened as a tab) may ask; never a web page. */
export function fromOwnExtensionPage(
  sender: SenderLike,
  ownId: string | undefined,
  ownOrigin: string,
): boolean {
  return (
    ownId !== undefined &&
    sender.id === ownId &&
    ownOrigin.length > 0 &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(ownOrigin)
  );
}
