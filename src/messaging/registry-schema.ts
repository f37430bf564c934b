// Payloads of the registry messages (protocol.ts): a check started from the popup or from a history
// or batch row, the relay's answers, and the verdicts the pages read back.
import * as v from 'valibot';
import { RegistryAnswerSchema } from '../core/registry/answer.ts';
import { MAX_FIELD_CHARS, MAX_QUERY_CHARS } from '../core/registry/limits.ts';
import { RegistryChecksSchema } from '../storage/registry-checks.ts';
import { MAX_ROW_NUMBERS, MAX_SITES } from '../storage/registry-state.ts';

const RegistrySchema = v.picklist(['miit', 'psb']);
const NumberSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_FIELD_CHARS));
const DomainSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(253),
  v.regex(/^[a-z0-9.-]+$/i, 'a domain in ASCII (punycode)'),
);

export const RegistryCheckRequestSchema = v.object({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  registry: RegistrySchema,
  number: NumberSchema,
});

export const RegistryCheckSiteRequestSchema = v.object({
  domain: DomainSchema,
  registry: RegistrySchema,
  number: NumberSchema,
  numbers: v.pipe(v.array(NumberSchema), v.maxLength(MAX_ROW_NUMBERS)),
});

export const GetRegistryReplySchema = v.object({ checks: RegistryChecksSchema });

export const RegistrySitesReplySchema = v.object({
  sites: v.pipe(
    v.array(v.object({ domain: DomainSchema, checks: RegistryChecksSchema })),
    v.maxLength(MAX_SITES),
  ),
});

export const RegistryAnswerRequestSchema = v.object({ answer: RegistryAnswerSchema });

export const SearchTextReplySchema = v.object({
  text: v.nullable(v.pipe(v.string(), v.maxLength(MAX_QUERY_CHARS))),
});
