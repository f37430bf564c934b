// The one message protocol of the extension: every message type, who may send it, its request and
// its reply, as valibot schemas in two maps, one per receiver. Types are inferred from the schemas;
// the receiver validates each request with them (and checks its sender), and the sender validates
// each reply with them (src/messaging/send.ts), so nothing is trusted just because it type-checks.
//
// On the wire a request is `{ type, ...payload }` and a reply is `{ ok: true, value }` or
// `{ ok: false, error }` (ErrorCode).
import * as v from 'valibot';
import { MAX_BATCH_URLS } from '../net/url-list.ts';
import { HistorySiteSchema } from '../storage/history-schema.ts';
import { HISTORY_MESSAGES } from './history-messages.ts';
import { HostingViewSchema } from './hosting-view.ts';
import {
  MAX_BLOCK_CHARS,
  MAX_BLOCKS,
  MAX_CONTEXT_BLOCKS,
  MAX_HREF_CHARS,
  MAX_LINKS,
  MAX_OFFICIAL_CHARS,
  MAX_OFFICIAL_LINKS,
} from './limits.ts';
import { ReadinessViewSchema } from './readiness-view.ts';
import {
  GetRegistryReplySchema,
  RegistryAnswerRequestSchema,
  RegistryCheckRequestSchema,
  RegistryCheckSiteRequestSchema,
  RegistrySitesReplySchema,
  SearchTextReplySchema,
} from './registry-schema.ts';
import type { Reply } from './reply.ts';
import { REPORT_MESSAGES, TabIdSchema } from './report-message.ts';

export { ERROR_CODES, type ErrorCode, type ErrorReply, type Reply, replySchema } from './reply.ts';

/**
 * Who may send a message, as the receiver checks it: our content script in a tab's top frame, one
 * of our own extension pages (popup, options, history, batch), or our relay on an official registry
 * query page (any frame). See src/background/trust.ts, registry-trust.ts and src/content/requests.ts.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'registry-page';

/** One message type: its sender, the request payload (without `type`) and the reply value. */
export interface MessageSpec {
  from: SenderKind;
  request: v.ObjectSchema<v.ObjectEntries, undefined>;
  reply: v.GenericSchema;
}

export type ProtocolMap = Readonly<Record<string, MessageSpec>>;

const RegionSchema = v.picklist(['footer', 'body']);
const Empty = v.object({});

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

/** What one page shows: the payload of page-scan. */
export const PageScanSchema = v.object({
  blocks: v.pipe(v.array(TextBlockSchema), v.maxLength(MAX_BLOCKS)),
  links: v.pipe(v.array(LinkHintSchema), v.maxLength(MAX_LINKS)),
  truncated: v.boolean(),
  /** Text around the blocks, for the operator finder only (never parsed for licences). */
  context: v.optional(v.pipe(v.array(TextBlockSchema), v.maxLength(MAX_CONTEXT_BLOCKS))),
});

/** Hosting is either known (the view) or not available: the build watches no responses. */
const HostingReplySchema = v.variant('available', [
  v.object({ available: v.literal(true), ...HostingViewSchema.entries }),
  v.object({ available: v.literal(false) }),
]);

/** Messages the background (service worker) receives, through runtime.sendMessage. */
export const BACKGROUND_MESSAGES = {
  /** content script → background: what the page shows; the background analyses and stores it. */
  'page-scan': { from: 'content-script', request: PageScanSchema, reply: Empty },
  ...REPORT_MESSAGES,
  /** popup → background: where the tab's page was served from, and the hosting verdict. */
  'get-hosting': {
    from: 'extension-page',
    request: v.object({ tabId: TabIdSchema }),
    reply: HostingReplySchema,
  },
  /** popup → background: which listed hosts the tab's page loads from, and the one-line verdict. */
  'get-readiness': {
    from: 'extension-page',
    request: v.object({ tabId: TabIdSchema }),
    reply: ReadinessViewSchema,
  },
  /** batch page → background: remember these sites (the background is the history's one writer). */
  'add-to-history': {
    from: 'extension-page',
    request: v.object({ sites: v.pipe(v.array(HistorySiteSchema), v.maxLength(MAX_BATCH_URLS)) }),
    // complete: false when the bounds pushed some out again, or the disk was full (full: true).
    reply: v.object({
      added: v.pipe(v.number(), v.integer(), v.minValue(0)),
      complete: v.boolean(),
      full: v.optional(v.boolean()),
    }),
  },
  /** options page → background: forget every remembered site. */
  'clear-history': { from: 'extension-page', request: Empty, reply: Empty },
  /** popup → background: check a tab's number on an official registry (opens its query page). */
  'registry-check': {
    from: 'extension-page',
    request: RegistryCheckRequestSchema,
    reply: v.object({ opened: v.boolean() }),
  },
  /** history or batch page → background: check a site's number on an official registry. */
  'registry-check-site': {
    from: 'extension-page',
    request: RegistryCheckSiteRequestSchema,
    reply: v.object({ opened: v.boolean() }),
  },
  /** popup → background: the registry verdicts kept for the tab's page. */
  'get-registry': {
    from: 'extension-page',
    request: v.object({ tabId: TabIdSchema }),
    reply: GetRegistryReplySchema,
  },
  /** batch page → background: the registry verdicts kept per domain in this session. */
  'get-registry-sites': { from: 'extension-page', request: Empty, reply: RegistrySitesReplySchema },
  /** registry relay → background: what the official query page received (src/registry-content). */
  'registry-answer': {
    from: 'registry-page',
    request: RegistryAnswerRequestSchema,
    reply: v.object({ linked: v.boolean() }),
  },
  /** registry relay (top frame) → background: what to type into the search box, once per check. */
  'registry-fill': { from: 'registry-page', request: Empty, reply: SearchTextReplySchema },
  ...HISTORY_MESSAGES,
} as const satisfies ProtocolMap;

/**
 * Messages the content script receives from the popup, through tabs.sendMessage. The content script
 * checks them by hand (src/content/requests.ts) to stay small; a unit test keeps that check in step
 * with these schemas.
 */
export const CONTENT_MESSAGES = {
  /** Scroll to block `block` of the last scan and highlight it; shown: false when it is gone. */
  'show-block': {
    from: 'extension-page',
    request: v.object({ block: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) }),
    reply: v.object({ shown: v.boolean() }),
  },
  /** Whether our content script is in the tab at all. */
  'content-status': { from: 'extension-page', request: Empty, reply: v.object({ present: v.literal(true) }) },
} as const satisfies ProtocolMap;

export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
export type ContentMessages = typeof CONTENT_MESSAGES;

export type TypeOf<M extends ProtocolMap> = keyof M & string;
export type RequestOf<M extends ProtocolMap, K extends TypeOf<M>> = v.InferOutput<M[K]['request']>;
export type ReplyOf<M extends ProtocolMap, K extends TypeOf<M>> = v.InferOutput<M[K]['reply']>;
/** A request as it travels: its type and its payload's fields. */
export type MessageOf<M extends ProtocolMap, K extends TypeOf<M>> = { type: K } & RequestOf<M, K>;
/** Any request of the map, discriminated by `type`. */
export type AnyMessage<M extends ProtocolMap> = { [K in TypeOf<M>]: MessageOf<M, K> }[TypeOf<M>];

export type BackgroundType = TypeOf<BackgroundMessages>;
export type BackgroundMessage = AnyMessage<BackgroundMessages>;
export type BackgroundReply<K extends BackgroundType> = ReplyOf<BackgroundMessages, K>;
export type ContentType = TypeOf<ContentMessages>;
export type ContentMessage = AnyMessage<ContentMessages>;
export type ContentReply<K extends ContentType> = Reply<ReplyOf<ContentMessages, K>>;
export type PageScanMessage = MessageOf<BackgroundMessages, 'page-scan'>;

/** The schema of every request of a map: exactly `type` and the payload's fields, nothing else. */
export function messageSchema<M extends ProtocolMap>(map: M): v.GenericSchema<unknown, AnyMessage<M>> {
  const options = Object.entries(map).map(([type, spec]) =>
    v.strictObject({ type: v.literal(type), ...spec.request.entries }),
  );
  // A map's types are distinct literals, which is all v.variant needs; the cast names its output.
  return v.variant('type', options as [(typeof options)[number]]) as unknown as v.GenericSchema<
    unknown,
    AnyMessage<M>
  >;
}

const BackgroundMessageSchema = messageSchema(BACKGROUND_MESSAGES);
export const ContentRequestSchema = messageSchema(CONTENT_MESSAGES);

/** Parses an untrusted message to the background; null for anything that is not exactly one of ours. */
export function parseMessage(raw: unknown): BackgroundMessage | null {
  const result = v.safeParse(BackgroundMessageSchema, raw);
  return result.success ? result.output : null;
}
