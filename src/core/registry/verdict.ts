// The verdict on a page's numbers, given what the official registry answered: pure data, codes and
// parameters (the popup words them from the locale files). The table, for MIIT, first that holds:
//
//   the registry did not answer (firewall page, 401, 429, 500 …)   → miit-no-answer: try again later
//   the answer is empty                                             → miit-no-record (never "not filed":
//                                                                     MIIT answers a throttled user so too)
//   a page number matches a record for the page's domain            → miit-match
//   records for the page's domain carry other numbers               → miit-other-number, or miit-not-shown
//                                                                     when the page shows no MIIT number
//   a page number matches records of other domains only             → miit-borrowed (naming them)
//   a page number matches App / mini-program records only           → miit-not-a-website
//   the answer was for the page's domain or number, inexact matches → miit-no-record
//   otherwise (the user looked up something else)                   → miit-unrelated
//
// Notes add to a verdict: the operator printed on the page is not the registry's (operator-differs);
// the page's number is filed for other domains (number-elsewhere) next to miit-other-number.
// The police verdicts follow the same table with the record's main and linked domains.
import type { Licence, Registry } from '../types.ts';
import type {
  Failure,
  MiitAnswer,
  MiitRecord,
  MiitService,
  PsbAnswer,
  PsbRecord,
  RegistryAnswer,
} from './answer.ts';
import {
  hostBelongsTo,
  type LicenceMatch,
  licenceMatch,
  MIIT_KINDS,
  normaliseDomain,
  psbDigits,
  queryTarget,
  type RecordNumbers,
  recordNumbers,
  sameEntity,
  sameOperator,
} from './match.ts';

/** What the page shows: its registrable domain (null for an IP address) and its numbers. */
export interface PageFacts {
  domain: string | null;
  licences: readonly Licence[];
}

/** The outcomes that say nothing about the page: no answer, no record, an answer about something else. */
export type AnswerlessOutcome<R extends Registry> =
  | { code: `${R}-no-record`; query: string | null }
  | { code: `${R}-no-answer`; failure: Failure }
  | { code: `${R}-unrelated`; query: string | null };

export type MiitOutcome =
  | { code: 'miit-match'; licence: string; by: LicenceMatch; record: MiitRecord }
  | {
      code: 'miit-other-number';
      domain: string;
      /** The page's MIIT numbers. */
      printed: string[];
      /** The service licences MIIT lists for the domain. */
      listed: string[];
      /** The page's number has the entity's main licence, only the site suffix differs. */
      sameEntity: boolean;
      record: MiitRecord;
    }
  | { code: 'miit-not-shown'; domain: string; listed: string[]; record: MiitRecord }
  | { code: 'miit-borrowed'; licence: string; domains: string[]; unitName: string; record: MiitRecord }
  | {
      code: 'miit-not-a-website';
      licence: string;
      service: Exclude<MiitService, 'website'>;
      serviceName: string | null;
      unitName: string;
    }
  | AnswerlessOutcome<'miit'>;

export type PsbOutcome =
  | { code: 'psb-match'; number: string; policeOffice: string | null; record: PsbRecord }
  | { code: 'psb-other-number'; domain: string; printed: string[]; listed: string; record: PsbRecord }
  | { code: 'psb-not-shown'; domain: string; listed: string; record: PsbRecord }
  | {
      code: 'psb-borrowed';
      number: string;
      /** The record's main domain (or its first linked domain). */
      domain: string | null;
      policeOffice: string | null;
      record: PsbRecord;
    }
  | AnswerlessOutcome<'psb'>;

export type VerdictNote =
  | { code: 'operator-differs'; printed: string; registered: string }
  | { code: 'number-elsewhere'; licence: string; domains: string[] };

/** Every outcome and note code, as data: the UI has one locale key per code (registryMiitMatch …). */
export const OUTCOME_CODES = [
  'miit-match',
  'miit-other-number',
  'miit-not-shown',
  'miit-borrowed',
  'miit-not-a-website',
  'miit-no-record',
  'miit-no-answer',
  'miit-unrelated',
  'psb-match',
  'psb-other-number',
  'psb-not-shown',
  'psb-borrowed',
  'psb-no-record',
  'psb-no-answer',
  'psb-unrelated',
] as const satisfies readonly (MiitOutcome | PsbOutcome)['code'][];
export const NOTE_CODES = [
  'operator-differs',
  'number-elsewhere',
] as const satisfies readonly VerdictNote['code'][];

export interface Verdict<O> {
  /** When the registry's answer was read: the popup says how old it is. */
  readAt: number;
  outcome: O;
  notes: VerdictNote[];
}

export type MiitVerdict = Verdict<MiitOutcome> & { registry: 'miit' };
export type PsbVerdict = Verdict<PsbOutcome> & { registry: 'psb' };
export type RegistryVerdict = MiitVerdict | PsbVerdict;

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function operatorNote(operator: string | undefined, registered: string | null | undefined): VerdictNote[] {
  if (!operator?.trim() || !registered || sameOperator(operator, registered)) return [];
  return [{ code: 'operator-differs', printed: operator.trim(), registered }];
}

/** Whether the page's domain or one of its numbers is what the query asked for. */
function queryConcernsPage(query: string | null, page: PageFacts, domain: string | null): boolean {
  if (query === null) return false;
  const target = queryTarget(query);
  if (target.type === 'domain') return domain !== null && target.domain === domain;
  if (target.type === 'psb')
    return page.licences.some((l) => l.kind === 'psb' && psbDigits(l.number) === target.digits);
  if (target.type === 'licence') {
    return page.licences.some(
      (l) => l.number === target.number || (l.subject ?? l.number) === target.subject,
    );
  }
  return false;
}

/**
 * What both verdicts share: the builder of the verdict, and the outcome when none of the records
 * concerns the page (no record when the query was about the page, else unrelated).
 */
/** The outcome of an answer without records: it failed, or it was empty. */
function withoutRecords<R extends Registry>(
  registry: R,
  query: string | null,
  result: Failure | { kind: 'empty' },
): AnswerlessOutcome<R> {
  return result.kind === 'failed'
    ? { code: `${registry}-no-answer`, failure: result }
    : { code: `${registry}-no-record`, query };
}

function start<R extends Registry, O>(registry: R, answer: MiitAnswer | PsbAnswer) {
  const done = (outcome: O | AnswerlessOutcome<R>, notes: VerdictNote[] = []) => ({
    registry,
    readAt: answer.readAt,
    outcome,
    notes,
  });
  const nothingFound = (page: PageFacts, domain: string | null): AnswerlessOutcome<R> =>
    queryConcernsPage(answer.query, page, domain)
      ? { code: `${registry}-no-record`, query: answer.query }
      : { code: `${registry}-unrelated`, query: answer.query };
  return { done, nothingFound };
}

/** The MIIT verdict for a page, given one answer of MIIT's query API. */
export function miitVerdict(page: PageFacts, operator: string | undefined, answer: MiitAnswer): MiitVerdict {
  const { done, nothingFound } = start<'miit', MiitOutcome>('miit', answer);
  const result = answer.result;
  if (result.kind !== 'records') return done(withoutRecords('miit', answer.query, result));

  const domain = page.domain === null ? null : normaliseDomain(page.domain);
  const printed = page.licences.filter((l) => MIIT_KINDS.includes(l.kind));
  const numbers = result.records.map(recordNumbers);
  const websites = numbers.filter((n) => n.record.service === 'website' && n.record.domain !== null);
  const forDomain = websites.filter(
    (n) => domain !== null && normaliseDomain(n.record.domain ?? '') === domain,
  );

  // A page number that matches a record of this domain; a service-licence match wins.
  let best: { licence: Licence; numbers: RecordNumbers; by: LicenceMatch } | null = null;
  for (const licence of printed) {
    for (const n of forDomain) {
      const by = licenceMatch(licence, n);
      if (by && (!best || (best.by === 'main-licence' && by === 'service-licence')))
        best = { licence, numbers: n, by };
    }
  }
  if (best) {
    const record = best.numbers.record;
    return done(
      { code: 'miit-match', licence: best.licence.number, by: best.by, record },
      operatorNote(operator, record.unitName),
    );
  }

  // Page numbers that MIIT files for other domains.
  const elsewhere = printed.flatMap((licence) => {
    const matched = websites.filter((n) => licenceMatch(licence, n) && !forDomain.includes(n));
    return matched.length ? [{ licence, matched }] : [];
  });

  const first = forDomain[0];
  if (first && domain !== null) {
    const listed = unique(forDomain.map((n) => n.record.serviceLicence));
    const notes = [
      ...elsewhere.map(
        (e): VerdictNote => ({
          code: 'number-elsewhere',
          licence: e.licence.number,
          domains: unique(e.matched.map((n) => n.record.domain ?? '')),
        }),
      ),
      ...operatorNote(operator, first.record.unitName),
    ];
    if (printed.length === 0)
      return done({ code: 'miit-not-shown', domain, listed, record: first.record }, notes);
    return done(
      {
        code: 'miit-other-number',
        domain,
        printed: unique(printed.map((l) => l.number)),
        listed,
        sameEntity: printed.some((l) => forDomain.some((n) => sameEntity(l, n))),
        record: first.record,
      },
      notes,
    );
  }

  const borrowed = elsewhere[0];
  if (borrowed) {
    const record = (borrowed.matched[0] as RecordNumbers).record;
    return done(
      {
        code: 'miit-borrowed',
        licence: borrowed.licence.number,
        domains: unique(borrowed.matched.map((n) => n.record.domain ?? '')),
        unitName: record.unitName,
        record,
      },
      operatorNote(operator, record.unitName),
    );
  }

  for (const licence of printed) {
    const app = numbers.find((n) => n.record.service !== 'website' && licenceMatch(licence, n));
    if (app && app.record.service !== 'website') {
      return done({
        code: 'miit-not-a-website',
        licence: licence.number,
        service: app.record.service,
        serviceName: app.record.serviceName,
        unitName: app.record.unitName,
      });
    }
  }

  return done(nothingFound(page, domain));
}

function psbDomains(record: PsbRecord): string[] {
  return [record.mainDomain, ...record.linkedDomains].filter((d): d is string => d !== null);
}

/** The police verdict for a page, given one answer of the police site's websearch call. */
export function psbVerdict(page: PageFacts, operator: string | undefined, answer: PsbAnswer): PsbVerdict {
  const { done, nothingFound } = start<'psb', PsbOutcome>('psb', answer);
  const result = answer.result;
  if (result.kind !== 'records') return done(withoutRecords('psb', answer.query, result));

  const domain = page.domain === null ? null : normaliseDomain(page.domain);
  const printed = page.licences.filter((l) => l.kind === 'psb');
  const digits = new Set(printed.map((l) => psbDigits(l.number)));
  const ofDomain = (r: PsbRecord) => domain !== null && psbDomains(r).some((d) => hostBelongsTo(d, domain));

  const records = result.records;
  const match = records.find((r) => ofDomain(r) && digits.has(psbDigits(r.number)));
  if (match) {
    return done(
      { code: 'psb-match', number: match.number, policeOffice: match.policeOffice, record: match },
      operatorNote(operator, match.operator),
    );
  }
  const forDomain = records.find(ofDomain);
  if (forDomain && domain !== null) {
    const notes = operatorNote(operator, forDomain.operator);
    if (printed.length === 0) {
      return done({ code: 'psb-not-shown', domain, listed: forDomain.number, record: forDomain }, notes);
    }
    return done(
      {
        code: 'psb-other-number',
        domain,
        printed: unique(printed.map((l) => l.number)),
        listed: forDomain.number,
        record: forDomain,
      },
      notes,
    );
  }
  const borrowed = records.find((r) => digits.has(psbDigits(r.number)));
  if (borrowed) {
    return done(
      {
        code: 'psb-borrowed',
        number: borrowed.number,
        domain: psbDomains(borrowed)[0] ?? null,
        policeOffice: borrowed.policeOffice,
        record: borrowed,
      },
      operatorNote(operator, borrowed.operator),
    );
  }
  return done(nothingFound(page, domain));
}

/**
 * The verdict on a page's numbers given a registry's answer. `page.domain` is the registrable
 * domain; `operator` the operator name the page prints, where the caller found one.
 */
export function verdict(
  page: PageFacts,
  operator: string | undefined,
  answer: RegistryAnswer,
): RegistryVerdict {
  return answer.registry === 'miit'
    ? miitVerdict(page, operator, answer)
    : psbVerdict(page, operator, answer);
}
