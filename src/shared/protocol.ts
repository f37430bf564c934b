// The one message protocol between the content script, the background and the popup.
// Types are inferred from the schemas, and the receiving side validates with the same schemas,
// so a message is never trusted just because it type-checks on the sending side.
import * as v from 'valibot';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_HREF_CHARS, MAX_LINKS } from './limits.ts';

const RegionSchema = v.picklist(['footer', 'body']);

export const TextBlockSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_BLOCK_CHARS)),
  region: RegionSchema,
  id: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
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

export const MessageSchema = v.variant('type', [PageScanSchema, GetReportSchema]);

export type PageScanMessage = v.InferOutput<typeof PageScanSchema>;
export type GetReportMessage = v.InferOutput<typeof GetReportSchema>;
export type Message = v.InferOutput<typeof MessageSchema>;

/** Parses an untrusted message; returns null for anything that is not exactly one of ours. */
export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : null;
}
