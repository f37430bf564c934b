// Asks the background where a tab's page was served from; send() has checked the reply.
import type { BackgroundMessages } from '../messaging/protocol.ts';
import { replyValue, type Send } from '../messaging/send.ts';
import type { HostingAnswer } from './api.ts';

export async function fetchHosting(send: Send<BackgroundMessages>, tabId: number): Promise<HostingAnswer> {
  return replyValue('get-hosting', await send('get-hosting', { tabId }));
}
