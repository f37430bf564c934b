// Replies of the background to the messages in protocol.ts. The popup validates what it gets
// with ReportReplySchema rather than trusting the declared type.
import * as v from 'valibot';
import type { PageReport } from '../core/types.ts';
import type { Site } from '../site/site.ts';
import type { HostingView } from './hosting-view.ts';
import { PageReportSchema } from './report-schema.ts';

export type ErrorCode = 'invalid message' | 'forbidden' | 'internal error';

export type Reply =
  | { ok: true }
  | { ok: true; report: PageReport | null; url?: string; site?: Site }
  | { ok: true; hosting: HostingView }
  | { ok: false; error: ErrorCode };

/** The reply to get-report, as the popup checks it. */
export const ReportReplySchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    report: v.nullable(PageReportSchema),
    url: v.optional(v.string()),
    site: v.optional(v.object({ name: v.pipe(v.string(), v.maxLength(260)), local: v.boolean() })),
  }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);

export type ReportReply = v.InferOutput<typeof ReportReplySchema>;
