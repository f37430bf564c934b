// The operator a page prints, for the registry verdict's operator-differs note. Reports carry it as
// `operators` ({ name, printed, source }, best first) where the core finds them; older reports have
// none, and anything else in that place is ignored.
import * as v from 'valibot';
import type { PageReport } from '../core/types.ts';

const OperatorsSchema = v.array(
  v.looseObject({
    name: v.pipe(v.string(), v.maxLength(300)),
    printed: v.optional(v.pipe(v.string(), v.maxLength(300))),
  }),
);

/** The best operator name the page prints, as printed; undefined when the report names none. */
export function operatorOf(report: PageReport): string | undefined {
  const parsed = v.safeParse(OperatorsSchema, (report as { operators?: unknown }).operators);
  const first = parsed.success ? parsed.output[0] : undefined;
  const name = first?.printed?.trim() || first?.name.trim();
  return name || undefined;
}
