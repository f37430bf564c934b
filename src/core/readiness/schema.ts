// valibot schemas: the per-tab tally as the background reads it back from storage.session (anything
// that does not fit is dropped, never trusted), and the shipped host list (checked by a unit test).
import * as v from 'valibot';
import { normaliseHost } from './match.ts';
import { MAX_COUNT, MAX_TALLY_HOSTS, type ReadinessTally, TALLY_VERSION } from './tally.ts';
import { CATEGORIES, FEATURES, RESOURCE_TYPES, STATUSES } from './types.ts';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
const Host = v.pipe(
  v.string(),
  v.maxLength(253),
  v.check((host) => normaliseHost(host) === host, 'not a normalised host name'),
);

const HostTallySchema = v.object({
  host: Host,
  rule: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  counts: v.record(v.picklist(RESOURCE_TYPES), Count),
  waits: Count,
});

export const TallySchema = v.object({
  v: v.literal(TALLY_VERSION),
  requests: Count,
  dropped: Count,
  hosts: v.pipe(v.array(HostTallySchema), v.maxLength(MAX_TALLY_HOSTS)),
});

/** A stored tally, or null when the value is not one (another version, corrupt, too large). */
export function parseTally(raw: unknown): ReadinessTally | null {
  const result = v.safeParse(TallySchema, raw);
  return result.success ? result.output : null;
}

const Text = v.pipe(v.string(), v.maxLength(4000));
const Suffix = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
  v.check((s) => normaliseHost(s) === s, 'not a host name'),
);

export const HostEntrySchema = v.strictObject({
  suffix: Suffix,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  service: v.pipe(Text, v.minLength(1)),
  category: v.picklist(CATEGORIES),
  status: v.picklist(STATUSES),
  feature: v.optional(v.picklist(FEATURES)),
  paths: v.optional(
    v.array(
      v.strictObject({
        prefix: v.pipe(v.string(), v.startsWith('/'), v.maxLength(64)),
        category: v.picklist(CATEGORIES),
        name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
      }),
    ),
  ),
  alternative: Text,
  evidence: v.pipe(Text, v.minLength(1)),
});

export const HostListSchema = v.strictObject({
  format: v.literal(1),
  title: v.string(),
  date: v.pipe(v.string(), v.isoDate()),
  note: v.string(),
  sources: v.pipe(
    v.array(v.strictObject({ name: v.string(), version: v.string(), licence: v.string(), use: v.string() })),
    v.minLength(1),
  ),
  entries: v.pipe(v.array(HostEntrySchema), v.minLength(1)),
});
