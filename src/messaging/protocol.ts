// The one message protocol between the content script, the background and the popup.
// Types are inferred from the schemas, and the receiving side validates with the same schemas,
// so a message is never trusted just because it type-checks on the sending side.
import * as v from 'valibot';
import {
  MAX_BLOCK_CHARS,
  MAX_BLOCKS,
  MAX_HREF_CHARS,
  MAX_LINKS,
  MAX_OFFICIAL_CHARS,
  MAX_OFFICIAL_LINKS,
} from './limits.ts';

const RegionSchema = v.picklist(['footer', 'body']);

export const TextBlockSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_BLOCK_CHARS)),
  region: RegionSchema,
  id: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  official: v.optional(
    v.pipe(
      v.array(
        v.object({
          registry: v.picklist(['miit', 'psb']),
          text: v.pipe(v.string(), v.maxLength(MAX_OFFICIAL_CHARS)),
        }),
      ),
      v.maxLength(MAX_OFFICIAL_LINKS),
    ),
  ),
});

export const LinkHintSchema = v.object({
  href: v.pipe(v.string(), v.maxLength(MAX_HREF_CHARS)),
  region: RegionSchema,
});

/** content script → background: what one page shows. */
export const PageScanSchema = v.object({
  type: v.literal('page-scan'),
  blocks: v.pipe(v.array(TextBlockSchema), v.maxLength(MAX_BLOCKS)),
  links: v.pipe(v.array(LinkHintSchema), v.maxLength(MAX_LINKS)),
  truncated: v.boolean(),
});

/** popup → background: the report for a tab. */
export const GetReportSchema = v.object({
  type: v.literal('get-report'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** popup → background: where the tab's page was served from, and the hosting verdict. */
export const GetHostingSchema = v.object({
  type: v.literal('get-hosting'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const MessageSchema = v.variant('type', [PageScanSchema, GetReportSchema, GetHostingSchema]);

export type PageScanMessage = v.InferOutput<typeof PageScanSchema>;
export type GetReportMessage = v.InferOutput<typeof GetReportSchema>;
export type GetHostingMessage = v.InferOutput<typeof GetHostingSchema>;
export type Message = v.InferOutput<typeof MessageSchema>;

/** Parses an untrusted message; returns null for anything that is not exactly one of ours. */
export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : null;
}

/**
 * popup → content script (browser.tabs.sendMessage): scroll to block `block` of the last scan and
 * highlight it, or just say whether a content script is there ('status'). The content script checks
 * these by hand with isContentRequest (src/content/requests.ts) to stay small; a unit test keeps
 * that check in step with this schema.
 */
export const ContentRequestSchema = v.variant('type', [
  v.object({
    type: v.literal('show-block'),
    block: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  }),
  v.object({ type: v.literal('content-status') }),
]);

export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/** content script → popup, the answer to a ContentRequest. */
export const ContentReplySchema = v.object({ ok: v.boolean() });

export type ContentReply = v.InferOutput<typeof ContentReplySchema>;
