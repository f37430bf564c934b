// What the background tells the popup about a tab's readiness for visitors in mainland China (the
// reply to get-readiness, src/messaging/protocol.ts), and its schema: the popup checks the reply
// before it shows anything, as it does for every other reply. It imports nothing that loads the
// host list, so the list stays in the service worker's bundle, not the pages'.
import * as v from 'valibot';
import type { ReadinessReport } from '../core/readiness/report.ts';
import {
  CATEGORIES,
  FEATURES,
  GROUPS,
  MAX_COUNT,
  MAX_TALLY_HOSTS,
  RESOURCE_TYPES,
} from '../core/readiness/types.ts';
import { LEADS } from '../core/readiness/verdict.ts';

/** How much of the page's requests the tally covers. */
export const SEEN = ['all', 'part', 'none'] as const;
export type Seen = (typeof SEEN)[number];

export type ReadinessView =
  | { applies: false }
  | {
      applies: true;
      /** all: from the main document's response on; part: only after its commit; none: not at all. */
      seen: Seen;
      /** Date of the host list (YYYY-MM-DD). */
      list: string;
      readiness: ReadinessReport;
    };

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
const Short = v.pipe(v.string(), v.maxLength(253));
const Text = v.pipe(v.string(), v.maxLength(4000));
const Status = v.picklist(['blocked', 'unreliable-or-slow']);
const Code = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z0-9]{2}$/)));

const AffectedHostSchema = v.object({
  host: Short,
  suffix: Short,
  rule: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  name: Short,
  service: Text,
  category: v.picklist(CATEGORIES),
  status: Status,
  group: v.picklist(GROUPS),
  feature: v.nullable(v.picklist(FEATURES)),
  requests: Count,
  types: v.pipe(v.array(v.picklist(RESOURCE_TYPES)), v.maxLength(RESOURCE_TYPES.length)),
  alternative: Text,
});

const Hosts = v.pipe(v.array(AffectedHostSchema), v.maxLength(MAX_TALLY_HOSTS));

const ProblemSchema = v.variant('code', [
  v.object({ code: v.literal('likely-works') }),
  v.object({ code: v.literal('site'), status: Status, host: Short, suffix: Short, name: Short }),
  v.object({
    code: v.literal('held-up'),
    status: Status,
    host: Short,
    name: Short,
    what: v.picklist(['fonts', 'stylesheets', 'scripts', 'resources']),
  }),
  v.object({
    code: v.literal('feature-fails'),
    status: Status,
    host: Short,
    name: Short,
    feature: v.picklist(FEATURES),
  }),
  v.object({ code: v.literal('tracking-only'), status: Status, host: Short, name: Short }),
]);

const ReadinessReportSchema = v.object({
  pageHost: v.nullable(Short),
  site: v.nullable(
    v.object({
      host: Short,
      suffix: Short,
      name: Short,
      service: Text,
      category: v.picklist(CATEGORIES),
      status: Status,
      alternative: Text,
    }),
  ),
  heldUp: Hosts,
  featuresFail: Hosts,
  trackingOnly: Hosts,
  requests: Count,
  dropped: Count,
  verdict: v.object({
    lead: v.nullable(v.picklist(LEADS)),
    country: Code,
    problem: ProblemSchema,
    more: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TALLY_HOSTS + 1)),
  }),
});

export const ReadinessViewSchema = v.variant('applies', [
  v.object({ applies: v.literal(false) }),
  v.object({
    applies: v.literal(true),
    seen: v.picklist(SEEN),
    list: v.pipe(v.string(), v.isoDate()),
    readiness: ReadinessReportSchema,
  }),
]);

// Compile-time check that the schema and the types agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatches: Same<v.InferOutput<typeof ReadinessViewSchema>, ReadinessView> = true;
void schemaMatches;
