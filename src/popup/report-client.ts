// Asks the background for a tab's report and checks the reply before the UI uses it.
import * as v from 'valibot';
import type { PageReport } from '../core/types.ts';
import type { GetReportMessage } from '../shared/protocol.ts';
import { ReportReplySchema } from '../shared/reply.ts';

export type SendMessage = (message: GetReportMessage) => Promise<unknown>;

export async function fetchReport(send: SendMessage, tabId: number): Promise<PageReport | null> {
  const raw = await send({ type: 'get-report', tabId });
  const reply = v.safeParse(ReportReplySchema, raw);
  if (!reply.success) throw new Error('unexpected reply from the background');
  if (!reply.output.ok) throw new Error(`background: ${reply.output.error}`);
  return reply.output.report;
}
