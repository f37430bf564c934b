// The registries' matching rules. MIIT files a site under its registrable domain (no `www.`); each
// site's service licence is the entity's main licence plus `-N`, and a commercial entity's main
// licence is its value-added telecom licence (粤B2-20090059). So a page number with a suffix must
// equal a record's service licence, a page number without one its main licence; both are compared in
// the core's canonical form, so 粤B2 - 20090059 - 5 and 粤B2-20090059-5 are the same number.
import { parseText } from '../parse.ts';
import type { Licence, LicenceKind } from '../types.ts';
import type { MiitRecord } from './answer.ts';
import { psbDigits } from './psb-digits.ts';

export { psbDigits };

/** The kinds MIIT records: filings, ICP licences and telecom licences (as main licences). */
export const MIIT_KINDS: readonly LicenceKind[] = ['icp-filing', 'icp-license', 'telecom-license'];

/** Lower case, no surrounding space, no trailing dot, no leading `www.`. */
export function normaliseDomain(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Whether `host` is the registrable domain `domain` or a name under it. */
export function hostBelongsTo(host: string, domain: string): boolean {
  const h = normaliseDomain(host);
  const d = normaliseDomain(domain);
  return d !== '' && (h === d || h.endsWith(`.${d}`));
}

/** Letters, digits and CJK only, full-width folded, lower case: for comparing free text. */
function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The canonical form of a number as a registry writes it; the compacted text when the core cannot read it. */
export function canonicalNumber(text: string): string {
  const licence = parseText(text).find((l) => MIIT_KINDS.includes(l.kind) || l.kind === 'psb');
  return licence ? licence.number : compact(text);
}

export type LicenceMatch = 'service-licence' | 'main-licence';

/** The canonical main and service licences of a record, computed once per verdict. */
export interface RecordNumbers {
  record: MiitRecord;
  main: string;
  service: string;
}

export function recordNumbers(record: MiitRecord): RecordNumbers {
  return {
    record,
    main: canonicalNumber(record.mainLicence),
    service: canonicalNumber(record.serviceLicence),
  };
}

/**
 * How a page's number matches a record: with a site suffix it must be the service licence, without
 * one the main licence. null when it is neither.
 */
export function licenceMatch(licence: Licence, numbers: RecordNumbers): LicenceMatch | null {
  if (!MIIT_KINDS.includes(licence.kind)) return null;
  if (licence.sequence !== undefined) return licence.number === numbers.service ? 'service-licence' : null;
  return licence.number === numbers.main ? 'main-licence' : null;
}

/** Whether a page's number names the same entity as a record (its main licence), whatever the suffix. */
export function sameEntity(licence: Licence, numbers: RecordNumbers): boolean {
  return MIIT_KINDS.includes(licence.kind) && (licence.subject ?? licence.number) === numbers.main;
}

/**
 * Whether two operator names are the same: full-width and half-width forms, spaces and punctuation
 * (（）, ·, 、) do not count.
 */
export function sameOperator(a: string, b: string): boolean {
  const x = compact(a);
  return x !== '' && x === compact(b);
}

/** What a query text asked the registry for. */
export type QueryTarget =
  | { type: 'domain'; domain: string }
  | { type: 'licence'; number: string; subject: string }
  | { type: 'psb'; digits: string }
  | { type: 'name'; name: string };

/** Reads the text the page searched for: a number, a domain or a name. */
export function queryTarget(query: string): QueryTarget {
  const text = query.trim();
  const licence = parseText(text).find((l) => MIIT_KINDS.includes(l.kind) || l.kind === 'psb');
  if (licence?.kind === 'psb' || /^\d{14}$/.test(text))
    return { type: 'psb', digits: psbDigits(licence?.number ?? text) };
  if (licence) return { type: 'licence', number: licence.number, subject: licence.subject ?? licence.number };
  if (/^[^\s/@:]+\.[^\s/@:.]+$/.test(text)) {
    return { type: 'domain', domain: normaliseDomain(text) };
  }
  return { type: 'name', name: text };
}
