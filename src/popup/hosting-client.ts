// Asks the background where a tab's page was served from, and checks the reply before the UI uses it.
import * as v from 'valibot';
import { HostingReplySchema, type HostingView } from '../messaging/hosting-view.ts';
import type { GetHostingMessage } from '../messaging/protocol.ts';

export type SendHostingMessage = (message: GetHostingMessage) => Promise<unknown>;

export async function fetchHosting(send: SendHostingMessage, tabId: number): Promise<HostingView> {
  const reply = v.safeParse(HostingReplySchema, await send({ type: 'get-hosting', tabId }));
  if (!reply.success) throw new Error('unexpected reply from the background');
  if (!reply.output.ok) throw new Error(`background: ${reply.output.error}`);
  return reply.output.hosting;
}
