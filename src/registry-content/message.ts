// The one message the registry pages' relay sends to the service worker, and its schema: the
// service worker checks every such message again with parseRegistryAnswerMessage (and that the
// sender's origin is the query page of the answer's registry, see registryOfOrigin).
import * as v from 'valibot';
import { RegistryAnswerSchema } from '../core/registry/answer.ts';
import { MAX_BODY_CHARS } from '../core/registry/limits.ts';
import { MAX_REQUEST_CHARS } from '../core/registry/request.ts';

export const REGISTRY_ANSWER = 'registry-answer';

/** relay → service worker: one answer the official query page received. */
export const RegistryAnswerMessageSchema = v.object({
  type: v.literal(REGISTRY_ANSWER),
  answer: RegistryAnswerSchema,
});
export type RegistryAnswerMessage = v.InferOutput<typeof RegistryAnswerMessageSchema>;

/** Checks an untrusted message; null for anything that is not exactly a registry answer. */
export function parseRegistryAnswerMessage(raw: unknown): RegistryAnswerMessage | null {
  const result = v.safeParse(RegistryAnswerMessageSchema, raw);
  return result.success ? result.output : null;
}

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** observer → relay: what the main-world observer saw (see channel.ts). */
export const ObservationSchema = v.object({
  url: Text(2_000),
  status: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
  contentType: v.nullable(Text(200)),
  body: v.nullable(Text(MAX_BODY_CHARS)),
  request: v.nullable(Text(MAX_REQUEST_CHARS)),
});

/** The longest observation text the relay parses at all. */
export const MAX_OBSERVATION_CHARS = MAX_BODY_CHARS + MAX_REQUEST_CHARS + 10_000;
