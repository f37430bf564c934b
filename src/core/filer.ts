// Who stands behind a site, as keys that several sites can share: the ICP subjects its numbers name
// and the operator it prints. The history indexes sites by these keys to show the same filer
// across sites (issue 12). Pure.
import type { Flag, FlagNote, LicenceKind } from './types.ts';

/** What a subject is read from: a found licence, or a licence as the history keeps it. */
export interface SubjectSource {
  kind: LicenceKind;
  /** The canonical number. */
  number: string;
  flags: readonly (Flag | FlagNote)[];
}

/** A placeholder, a joke or a garbled number names nobody; grouping by it would join strangers. */
const NAMES_NOBODY: ReadonlySet<Flag> = new Set(['dummy', 'novelty', 'malformed']);

/** The `-N[A|X]` site suffix of a canonical ICP or telecom number (§1.1). */
const SITE_SUFFIX = /-\d+[A-Z]?$/;
/** A telecom number's licence part: categories and the 8-digit body, e.g. 粤B2-20090059. */
const TELECOM_MAIN = /^(.*?-\d{6,9})(?:-\d+[A-Z]?)?$/;

function subjectOf(source: SubjectSource): string | null {
  switch (source.kind) {
    case 'icp-filing':
    case 'icp-license':
      return source.number.replace(SITE_SUFFIX, '');
    case 'telecom-license': {
      // Only a licence for B2 (information services) is an ICP licence; B1, A2 … are other trades.
      const main = TELECOM_MAIN.exec(source.number)?.[1] ?? null;
      return main && /B2/.test(main) ? main : null;
    }
    default:
      return null;
  }
}

/**
 * The ICP subjects of a site's numbers, each once, in the order given: an ICP filing without its
 * `-N` site suffix (京ICP备16045689号-1 → 京ICP备16045689号), and for a commercial site its ICP licence
 * (粤ICP证030173号) and its B2 telecom licence without the suffix (粤B2-20090059). Placeholder, joke
 * and malformed numbers are left out.
 */
export function subjectsOf(licences: readonly SubjectSource[]): string[] {
  const out = new Set<string>();
  for (const licence of licences) {
    if (licence.flags.some((f) => NAMES_NOBODY.has(typeof f === 'string' ? f : f.flag))) continue;
    const subject = subjectOf(licence);
    if (subject) out.add(subject);
  }
  return [...out];
}

/**
 * The key two printed operator names share when they name the same operator: the finder's
 * normalised name (src/core/operator/types.ts) with Latin letters in lower case, since
 * "Example Ltd." and "EXAMPLE LTD." are one company. Chinese characters are kept as they are.
 */
export function operatorKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim();
}
