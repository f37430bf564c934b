// The `get-report` message, apart from the rest of the map (protocol.ts spreads it in): the popup's
// first screen needs only this one, and its entry chunk then carries only this reply's schema.
import * as v from 'valibot';
import type { ProtocolMap } from './protocol.ts';
import { PageReportSchema } from './report-schema.ts';

export const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const SiteSchema = v.object({ name: v.pipe(v.string(), v.maxLength(260)), local: v.boolean() });

export const REPORT_MESSAGES = {
  /** popup → background: the tab's stored report, its page URL and the site named from it. */
  'get-report': {
    from: 'extension-page',
    request: v.object({ tabId: TabIdSchema }),
    reply: v.object({
      report: v.nullable(PageReportSchema),
      url: v.optional(v.string()),
      site: v.optional(SiteSchema),
    }),
  },
} as const satisfies ProtocolMap;

export type ReportMessages = typeof REPORT_MESSAGES;
