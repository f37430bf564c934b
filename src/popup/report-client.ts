// Asks the background for a tab's result; send() has checked the reply before the UI uses it.
import type { ReportMessages } from '../messaging/report-message.ts';
import { replyValue, type Send } from '../messaging/send.ts';
import type { TabResult } from './api.ts';

export async function fetchResult(send: Send<ReportMessages>, tabId: number): Promise<TabResult> {
  const { report, url, site } = replyValue('get-report', await send('get-report', { tabId }));
  return { report, ...(url === undefined ? {} : { url }), ...(site === undefined ? {} : { site }) };
}
