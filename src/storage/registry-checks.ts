// The result of a registry check as the stores keep it (per tab, per site, in the history): for each
// registry the number the user checked and the verdict on it, which carries the official record.
// Pure; the schemas read values back from storage and messages.
import * as v from 'valibot';
import { MAX_FIELD_CHARS } from '../core/registry/limits.ts';
import type { MiitVerdict, PsbVerdict, RegistryVerdict } from '../core/registry/verdict.ts';
import { MiitVerdictSchema, PsbVerdictSchema } from '../core/registry/verdict-schema.ts';

const NumberText = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_FIELD_CHARS));

export const RegistryChecksSchema = v.object({
  miit: v.optional(v.object({ number: NumberText, verdict: MiitVerdictSchema })),
  psb: v.optional(v.object({ number: NumberText, verdict: PsbVerdictSchema })),
});
export type RegistryChecks = v.InferOutput<typeof RegistryChecksSchema>;

export interface RegistryCheck<T extends RegistryVerdict = RegistryVerdict> {
  /** The number the user asked to check (the card's canonical number). */
  number: string;
  verdict: T;
}

const ANSWERLESS = /-(no-record|no-answer|unrelated)$/;

/** Whether a verdict rests on records of the registry (not on an empty, failed or unrelated answer). */
export function hasRecord(verdict: RegistryVerdict): boolean {
  return !ANSWERLESS.test(verdict.outcome.code);
}

/**
 * The check to keep when a new answer comes: the newer one, except that an answer without records
 * (empty, failed, another query) never replaces one with records, and an unrelated query replaces
 * nothing. So a later throttled or mistyped query does not wipe what the registry said.
 */
export function keepCheck<T extends RegistryVerdict>(
  old: RegistryCheck<T> | undefined,
  next: RegistryCheck<T>,
): RegistryCheck<T> {
  if (!old) return next;
  if (next.verdict.outcome.code.endsWith('-unrelated')) return old;
  if (hasRecord(old.verdict) && !hasRecord(next.verdict)) return old;
  return next;
}

/** Both registries' checks merged with keepCheck. */
export function mergeChecks(
  old: RegistryChecks | undefined,
  next: RegistryChecks | undefined,
): RegistryChecks {
  const merged: RegistryChecks = {};
  const miit = next?.miit ? keepCheck<MiitVerdict>(old?.miit, next.miit) : old?.miit;
  const psb = next?.psb ? keepCheck<PsbVerdict>(old?.psb, next.psb) : old?.psb;
  if (miit) merged.miit = miit;
  if (psb) merged.psb = psb;
  return merged;
}

/** The checks holding one check of its registry. */
export function checksOf(check: RegistryCheck): RegistryChecks {
  return check.verdict.registry === 'miit'
    ? { miit: check as RegistryCheck<MiitVerdict> }
    : { psb: check as RegistryCheck<PsbVerdict> };
}

export function isEmptyChecks(checks: RegistryChecks | undefined): boolean {
  return !checks?.miit && !checks?.psb;
}
