// Run-time schema of a PageReport (src/core/types.ts). The background writes reports to
// storage.session and the popup receives them over messaging; both read them back through this
// schema, so a value written by an older version, or corrupted, is rejected instead of trusted.
// The type assertion at the bottom fails typecheck when types.ts and this schema drift apart.
import * as v from 'valibot';
import { OPERATOR_SOURCES, type Operator } from '../core/operator/types.ts';
import {
  type AreaInfo,
  FLAGS,
  type FoundLicence,
  type Hint,
  LICENCE_KINDS,
  type PageReport,
} from '../core/types.ts';

export const LicenceKindSchema = v.picklist(LICENCE_KINDS);

export const FlagSchema = v.picklist(FLAGS);

const ProvinceSchema = v.object({
  code: v.string(),
  abbr: v.string(),
  zh: v.string(),
  en: v.string(),
});

const AreaInfoSchema = v.object({
  code: v.string(),
  province: v.nullable(ProvinceSchema),
  city: v.nullable(v.string()),
  district: v.nullable(v.string()),
  known: v.boolean(),
});

const RegionSchema = v.picklist(['footer', 'body']);

const FoundLicenceSchema = v.object({
  kind: LicenceKindSchema,
  number: v.string(),
  printed: v.string(),
  province: v.nullable(ProvinceSchema),
  prefix: v.optional(v.string()),
  commercial: v.boolean(),
  flags: v.array(v.object({ flag: FlagSchema, reason: v.string() })),
  subject: v.optional(v.string()),
  sequence: v.optional(v.number()),
  service: v.optional(v.picklist(['website', 'app', 'mini-program', 'quick-app', 'other'])),
  year: v.optional(v.number()),
  area: v.optional(AreaInfoSchema),
  categories: v.optional(v.array(v.string())),
  region: RegionSchema,
  block: v.number(),
});

const HintSchema = v.object({
  kind: LicenceKindSchema,
  number: v.string(),
  source: v.string(),
});

const OperatorSchema = v.object({
  printed: v.string(),
  name: v.string(),
  kind: v.picklist(['organisation', 'person']),
  source: v.picklist(OPERATOR_SOURCES),
  region: RegionSchema,
  block: v.number(),
});

export const PageReportSchema = v.pipe(
  v.object({
    licences: v.array(FoundLicenceSchema),
    primary: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    hints: v.array(HintSchema),
    truncated: v.boolean(),
    operators: v.optional(v.array(OperatorSchema)),
  }),
  v.check((r) => r.primary === null || r.primary < r.licences.length, 'primary must index into licences'),
);

/** Parses an untrusted value as a PageReport; null when it is not one. */
export function parseReport(raw: unknown): PageReport | null {
  const result = v.safeParse(PageReportSchema, raw);
  return result.success ? result.output : null;
}

// Compile-time checks: the schema's output and PageReport are the same type, and no optional
// field was added to one side only (v.object would silently drop it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Output = v.InferOutput<typeof PageReportSchema>;
const schemaMatchesTypes: [
  Same<Output, PageReport>,
  Same<keyof Output, keyof PageReport>,
  Same<keyof Output['licences'][number], keyof FoundLicence>,
  Same<keyof NonNullable<Output['licences'][number]['area']>, keyof AreaInfo>,
  Same<keyof Output['hints'][number], keyof Hint>,
  Same<keyof NonNullable<Output['operators']>[number], keyof Operator>,
] = [true, true, true, true, true, true];
void schemaMatchesTypes;
