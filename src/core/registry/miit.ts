// MIIT's answers to its own front-end: the paged list of `icpAbbreviateInfo/queryByCondition` and the
// single records of the two detail calls, read into MiitRecords. Field names follow the answers
// seen from 2021 to 2026: list items of websites have `domain`/`domainId`; App, mini-program and
// quick-app items have `dataId`, `serviceName` and `serviceType` instead; the list's paging fields
// moved (`firstPage` became `navigateFirstPage`), so only `list` and `total` are read. This file runs
// in the registry pages' relay script, so it does not load the core's parser.
import * as v from 'valibot';
import type { MiitAnswer, MiitRecord, MiitService } from './answer.ts';
import { decodeBody, failure, itemsResult, OptionalField, type RawResponse, RequiredField } from './body.ts';
import type { MiitCall } from './calls.ts';
import { MAX_QUERY_CHARS } from './limits.ts';

const ItemSchema = v.looseObject({
  unitName: RequiredField,
  natureName: OptionalField,
  mainLicence: OptionalField,
  serviceLicence: RequiredField,
  domain: OptionalField,
  domainId: v.optional(v.unknown()),
  serviceName: OptionalField,
  serviceType: v.optional(v.unknown()),
  updateRecordTime: OptionalField,
  limitAccess: OptionalField,
});
type Item = v.InferOutput<typeof ItemSchema>;

const ListSchema = v.looseObject({
  list: v.array(v.unknown()),
  total: v.optional(v.unknown()),
});

const EnvelopeSchema = v.looseObject({ params: v.optional(v.unknown()) });

const SERVICE_TYPES: Record<string, MiitService> = {
  '1': 'website',
  '6': 'app',
  '7': 'mini-program',
  '8': 'quick-app',
};

/** The main licence: the service licence without its `-N` (`-NA`, `-NX`) suffix. */
function mainOf(serviceLicence: string): string {
  return serviceLicence.replace(/\s*-\s*\d+[A-Za-z]?$/, '');
}

function serviceOf(item: Item): MiitService {
  const byType = SERVICE_TYPES[String(item.serviceType ?? '')];
  if (byType) return byType;
  if (item.domain || item.domainId !== undefined) return 'website';
  // The site suffix says it too: -NA for an App, -NX for a mini program.
  return /-\s*\d+\s*X$/i.test(item.serviceLicence) ? 'mini-program' : 'app';
}

function limitOf(value: string | null): boolean | null {
  if (value === '是') return true;
  if (value === '否') return false;
  return null;
}

/** One list item or detail as a record; null when it lacks what a record needs. */
export function miitRecord(raw: unknown, readAt: number): MiitRecord | null {
  const parsed = v.safeParse(ItemSchema, raw);
  if (!parsed.success) return null;
  const item = parsed.output;
  const service = serviceOf(item);
  const domain = item.domain ? item.domain.toLowerCase().replace(/\.$/, '') : null;
  if (service === 'website' && !domain) return null;
  return {
    service,
    unitName: item.unitName,
    natureName: item.natureName || null,
    mainLicence: item.mainLicence || mainOf(item.serviceLicence),
    serviceLicence: item.serviceLicence,
    domain: service === 'website' ? domain : null,
    serviceName: item.serviceName || null,
    updateRecordTime: item.updateRecordTime || null,
    limitAccess: limitOf(item.limitAccess),
    readAt,
  };
}

/** The query text, trimmed and bounded; null when there is none. */
export function cleanQuery(query: string | null | undefined): string | null {
  const text = (query ?? '').trim().slice(0, MAX_QUERY_CHARS);
  return text === '' ? null : text;
}

/**
 * Reads one response of MIIT's query API. `query` is the `unitName` the page asked for, where the
 * observer could read it from the request. Never throws: any body gives an answer.
 */
export function parseMiitResponse(
  call: MiitCall,
  raw: RawResponse,
  query: string | null,
  readAt: number,
): MiitAnswer {
  const base = { registry: 'miit', call, query: cleanQuery(query), readAt } as const;
  const decoded = decodeBody(raw);
  if (!decoded.ok) return { ...base, result: decoded.failure };
  const envelope = v.safeParse(EnvelopeSchema, decoded.json);
  if (!envelope.success) return { ...base, result: failure('unreadable', raw.status) };
  const params = envelope.output.params;

  let items: unknown[];
  let total: number | null = null;
  if (call === 'list') {
    const list = v.safeParse(ListSchema, params);
    if (!list.success) return { ...base, result: failure('unreadable', raw.status) };
    items = list.output.list;
    const t = list.output.total;
    total = typeof t === 'number' && Number.isInteger(t) && t >= 0 ? t : null;
  } else {
    if (params === null || params === undefined) return { ...base, result: { kind: 'empty' } };
    items = [params];
  }
  return { ...base, result: itemsResult(items, (item) => miitRecord(item, readAt), total, raw.status) };
}
