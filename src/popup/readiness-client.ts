// Asks the background what a tab's page loads from listed hosts; send() has checked the reply.
import type { BackgroundMessages } from '../messaging/protocol.ts';
import type { ReadinessView } from '../messaging/readiness-view.ts';
import { replyValue, type Send } from '../messaging/send.ts';

export async function fetchReadiness(send: Send<BackgroundMessages>, tabId: number): Promise<ReadinessView> {
  return replyValue('get-readiness', await send('get-readiness', { tabId }));
}
