// Run-time schemas of a verdict (verdict.ts), for wherever a stored verdict is read back: the
// per-tab state in storage.session, the site history in storage.local and the replies the pages
// receive. A verdict is kept bounded (boundVerdict): its lists of domains and numbers are cut to
// MAX_LISTED, so a registry answer of 200 records does not end up 200 times in every store.
import * as v from 'valibot';
import { FailureSchema, MIIT_SERVICES, MiitRecordSchema, PsbRecordSchema } from './answer.ts';
import { MAX_FIELD_CHARS, MAX_QUERY_CHARS } from './limits.ts';
import type { MiitVerdict, PsbVerdict, RegistryVerdict, VerdictNote } from './verdict.ts';

/** Domains or numbers kept of one list in a verdict. */
export const MAX_LISTED = 20;
/** Notes kept of one verdict. */
export const MAX_NOTES = 10;

const Text = v.pipe(v.string(), v.maxLength(MAX_FIELD_CHARS));
const List = v.pipe(v.array(Text), v.maxLength(MAX_LISTED));
const Query = v.nullable(v.pipe(v.string(), v.maxLength(MAX_QUERY_CHARS)));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

function answerless<R extends 'miit' | 'psb'>(registry: R) {
  return [
    v.object({ code: v.literal(`${registry}-no-record` as const), query: Query }),
    v.object({ code: v.literal(`${registry}-no-answer` as const), failure: FailureSchema }),
    v.object({ code: v.literal(`${registry}-unrelated` as const), query: Query }),
  ] as const;
}

const MiitOutcomeSchema = v.variant('code', [
  v.object({
    code: v.literal('miit-match'),
    licence: Text,
    by: v.picklist(['service-licence', 'main-licence']),
    record: MiitRecordSchema,
  }),
  v.object({
    code: v.literal('miit-other-number'),
    domain: Text,
    printed: List,
    listed: List,
    sameEntity: v.boolean(),
    record: MiitRecordSchema,
  }),
  v.object({ code: v.literal('miit-not-shown'), domain: Text, listed: List, record: MiitRecordSchema }),
  v.object({
    code: v.literal('miit-borrowed'),
    licence: Text,
    domains: List,
    unitName: Text,
    record: MiitRecordSchema,
  }),
  v.object({
    code: v.literal('miit-not-a-website'),
    licence: Text,
    service: v.picklist(MIIT_SERVICES.filter((s) => s !== 'website') as ['app', 'mini-program', 'quick-app']),
    serviceName: v.nullable(Text),
    unitName: Text,
  }),
  ...answerless('miit'),
]);

const PsbOutcomeSchema = v.variant('code', [
  v.object({
    code: v.literal('psb-match'),
    number: Text,
    policeOffice: v.nullable(Text),
    record: PsbRecordSchema,
  }),
  v.object({
    code: v.literal('psb-other-number'),
    domain: Text,
    printed: List,
    listed: Text,
    record: PsbRecordSchema,
  }),
  v.object({ code: v.literal('psb-not-shown'), domain: Text, listed: Text, record: PsbRecordSchema }),
  v.object({
    code: v.literal('psb-borrowed'),
    number: Text,
    domain: v.nullable(Text),
    policeOffice: v.nullable(Text),
    record: PsbRecordSchema,
  }),
  ...answerless('psb'),
]);

const NoteSchema = v.variant('code', [
  v.object({ code: v.literal('operator-differs'), printed: Text, registered: Text }),
  v.object({ code: v.literal('number-elsewhere'), licence: Text, domains: List }),
]);
const Notes = v.pipe(v.array(NoteSchema), v.maxLength(MAX_NOTES));

export const MiitVerdictSchema = v.object({
  registry: v.literal('miit'),
  readAt: Time,
  outcome: MiitOutcomeSchema,
  notes: Notes,
});
export const PsbVerdictSchema = v.object({
  registry: v.literal('psb'),
  readAt: Time,
  outcome: PsbOutcomeSchema,
  notes: Notes,
});
export const RegistryVerdictSchema = v.variant('registry', [MiitVerdictSchema, PsbVerdictSchema]);

// Fails typecheck when verdict.ts and these schemas drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: [
  Same<v.InferOutput<typeof MiitVerdictSchema>, MiitVerdict>,
  Same<v.InferOutput<typeof PsbVerdictSchema>, PsbVerdict>,
] = [true, true];
void inStep;

const cut = (list: readonly string[]) => list.slice(0, MAX_LISTED).map((s) => s.slice(0, MAX_FIELD_CHARS));

function boundNote(note: VerdictNote): VerdictNote {
  return note.code === 'number-elsewhere' ? { ...note, domains: cut(note.domains) } : note;
}

/** The verdict with its lists cut to MAX_LISTED and its notes to MAX_NOTES: what the stores keep. */
export function boundVerdict<T extends RegistryVerdict>(verdict: T): T {
  const outcome = { ...verdict.outcome } as Record<string, unknown>;
  for (const key of ['printed', 'listed', 'domains'] as const) {
    const value = outcome[key];
    if (Array.isArray(value)) outcome[key] = cut(value as string[]);
  }
  return {
    ...verdict,
    outcome: outcome as T['outcome'],
    notes: verdict.notes.slice(0, MAX_NOTES).map(boundNote),
  };
}
