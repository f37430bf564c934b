// Asks the background for a tab's result and checks the reply before the UI uses it.
import * as v from 'valibot';
import type { GetReportMessage } from '../messaging/protocol.ts';
import { ReportReplySchema } from '../messaging/reply.ts';
import type { TabResult } from './api.ts';

export type SendMessage = (message: GetReportMessage) => Promise<unknown>;

export async function fetchResult(send: SendMessage, tabId: number): Promise<TabResult> {
  const raw = await send({ type: 'get-report', tabId });
  const reply = v.safeParse(ReportReplySchema, raw);
  if (!reply.success) throw new Error('unexpected reply from the background');
  if (!reply.output.ok) throw new Error(`background: ${reply.output.error}`);
  const { report, url, site } = reply.output;
  return { report, ...(url === undefined ? {} : { url }), ...(site === undefined ? {} : { site }) };
}
