// What the background tells the popup about a tab's hosting (in the reply to get-hosting,
// src/messaging/protocol.ts), and its schema: the popup trusts no message just because it type-checks.
import * as v from 'valibot';
import type { Hosting } from '../core/hosting/types.ts';
import { type HostingVerdict, UNKNOWN_REASONS, VERDICT_KINDS } from '../core/hosting/verdict.ts';

export interface HostingView {
  hosting: Hosting;
  verdict: HostingVerdict;
}

const Code = v.pipe(v.string(), v.regex(/^[A-Z0-9]{2}$/));

const PlaceSchema = v.variant('kind', [
  v.object({ kind: v.literal('country'), country: Code }),
  v.object({
    kind: v.literal('local'),
    range: v.picklist(['unspecified', 'loopback', 'private', 'link-local', 'shared', 'unique-local']),
  }),
  v.object({ kind: v.literal('unlisted') }),
]);

export const HostingViewSchema = v.object({
  hosting: v.object({
    ip: v.nullable(v.pipe(v.string(), v.maxLength(64))),
    cached: v.boolean(),
    place: v.nullable(PlaceSchema),
  }),
  verdict: v.object({
    kind: v.picklist(VERDICT_KINDS),
    country: v.nullable(Code),
    reason: v.nullable(v.picklist(UNKNOWN_REASONS)),
    unfileableTld: v.nullable(v.pipe(v.string(), v.maxLength(63))),
  }),
});

// Compile-time check that the schema and the types agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatches: Same<v.InferOutput<typeof HostingViewSchema>, HostingView> = true;
void schemaMatches;
