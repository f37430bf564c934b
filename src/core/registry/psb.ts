// The police registry's answer to its own front-end's `cyber_portal/query/websearch` call, read
// into PsbRecords. `data` is one record in the answers seen; a list, null or an empty object are
// read too (none was seen, so they are handled rather than trusted). `webSiteStr` (the linked
// domains) is an array in one source and a string in another: both are read.
import * as v from 'valibot';
import type { PsbAnswer, PsbRecord } from './answer.ts';
import { decodeBody, failure, itemsResult, OptionalField, type RawResponse, RequiredField } from './body.ts';
import { MAX_FIELD_CHARS, MAX_LINKED_DOMAINS } from './limits.ts';
import { cleanQuery } from './miit.ts';

const ItemSchema = v.looseObject({
  webnm: OptionalField,
  maindm: OptionalField,
  webSiteStr: v.optional(v.unknown()),
  audittime: OptionalField,
  unittype: OptionalField,
  unitnm: OptionalField,
  webtype: OptionalField,
  polnm: RequiredField,
  department: OptionalField,
});

const EnvelopeSchema = v.looseObject({ data: v.optional(v.unknown()) });

function domainOf(text: string | null): string | null {
  const domain = (text ?? '').trim().toLowerCase().replace(/\.$/, '');
  return domain === '' ? null : domain;
}

/** Linked domains from an array of strings or one string with separators; bounded either way. */
function linkedDomains(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.slice(0, MAX_LINKED_DOMAINS * 2).filter((x): x is string => typeof x === 'string')
    : typeof value === 'string'
      ? value.slice(0, MAX_FIELD_CHARS * MAX_LINKED_DOMAINS).split(/[\s,;，；、|]+/)
      : [];
  const out: string[] = [];
  for (const part of parts) {
    const domain = domainOf(part);
    if (domain && domain.length <= MAX_FIELD_CHARS && !out.includes(domain)) out.push(domain);
    if (out.length === MAX_LINKED_DOMAINS) break;
  }
  return out;
}

/** One `data` object as a record; null when it has no police number. */
export function psbRecord(raw: unknown, readAt: number): PsbRecord | null {
  const parsed = v.safeParse(ItemSchema, raw);
  if (!parsed.success) return null;
  const item = parsed.output;
  return {
    websiteName: item.webnm || null,
    mainDomain: domainOf(item.maindm),
    linkedDomains: linkedDomains(item.webSiteStr),
    operator: item.unitnm || null,
    operatorType: item.unittype || null,
    category: item.webtype || null,
    number: item.polnm,
    policeOffice: item.department || null,
    filedOn: item.audittime || null,
    readAt,
  };
}

const isEmptyObject = (x: unknown) =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length === 0;

/** Reads one response of the police site's websearch call. Never throws. */
export function parsePsbResponse(raw: RawResponse, query: string | null, readAt: number): PsbAnswer {
  const base = { registry: 'psb', call: 'websearch', query: cleanQuery(query), readAt } as const;
  const decoded = decodeBody(raw);
  if (!decoded.ok) return { ...base, result: decoded.failure };
  const envelope = v.safeParse(EnvelopeSchema, decoded.json);
  if (!envelope.success) return { ...base, result: failure('unreadable', raw.status) };
  const data = envelope.output.data;
  if (data === null || data === undefined || isEmptyObject(data))
    return { ...base, result: { kind: 'empty' } };
  const items = Array.isArray(data) ? data : [data];
  return { ...base, result: itemsResult(items, (item) => psbRecord(item, readAt), items.length, raw.status) };
}
