// Whether a registry answer is about a site the user asked to check: the query the official page
// sent names its domain or the number (as a domain, a licence, the licence's subject or the
// 14 police digits), or one of the answer's records is for that domain or carries that number.
// The service worker uses it to link an answer to the check it belongs to.
import type { RegistryAnswer } from './answer.ts';
import { canonicalNumber, hostBelongsTo, normaliseDomain, psbDigits, queryTarget } from './match.ts';

/** What a check is about: the page's registrable domain (null for an address) and the number. */
export interface CheckTarget {
  domain: string | null;
  number: string;
}

/** The number without its site suffix (`-1`, `-2A`): the subject's main licence. */
function subjectOf(number: string): string {
  return number.replace(/\s*-\s*\d+[A-Za-z]?$/, '');
}

function sameNumber(text: string, target: CheckTarget): boolean {
  const number = canonicalNumber(target.number);
  const other = canonicalNumber(text);
  return other === number || other === subjectOf(number);
}

export function answerConcerns(answer: RegistryAnswer, target: CheckTarget): boolean {
  const domain = target.domain === null ? null : normaliseDomain(target.domain);
  const digits = psbDigits(target.number);
  if (answer.query !== null) {
    const asked = queryTarget(answer.query);
    if (asked.type === 'domain' && domain !== null && asked.domain === domain) return true;
    if (asked.type === 'psb' && digits.length === 14 && asked.digits === digits) return true;
    if (asked.type === 'licence' && (sameNumber(asked.number, target) || sameNumber(asked.subject, target)))
      return true;
  }
  if (answer.registry === 'miit') {
    const result = answer.result;
    return (
      result.kind === 'records' &&
      result.records.some(
        (r) =>
          (domain !== null && r.domain !== null && normaliseDomain(r.domain) === domain) ||
          canonicalNumber(r.serviceLicence) === canonicalNumber(target.number),
      )
    );
  }
  const result = answer.result;
  return (
    result.kind === 'records' &&
    result.records.some(
      (r) =>
        (domain !== null &&
          [r.mainDomain, ...r.linkedDomains].some((d) => d !== null && hostBelongsTo(d, domain))) ||
        (digits.length === 14 && psbDigits(r.number) === digits),
    )
  );
}
