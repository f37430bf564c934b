// The first look at a registry response, shared by both registries: a body that is missing, too
// large, empty, an HTML page (the registries' firewall answers in HTML) or not JSON becomes a
// Failure; JSON with an error envelope (`success: false`, `code: 429` …) too. What is left is the
// JSON value for the registry's own schema.
import * as v from 'valibot';
import type { Failure, FailureReason } from './answer.ts';
import { MAX_BODY_CHARS, MAX_FIELD_CHARS, MAX_MESSAGE_CHARS, MAX_RECORDS } from './limits.ts';

/** A response as the observer saw it. */
export interface RawResponse {
  /** HTTP status; 0 when the request failed without a response. */
  status: number;
  contentType: string | null;
  /** The body as text, or null when it was longer than MAX_BODY_CHARS and not read. */
  body: string | null;
}

export type Decoded = { ok: true; json: unknown } | { ok: false; failure: Failure };

export function failure(
  reason: FailureReason,
  httpStatus: number | null = null,
  code: number | null = null,
  message: string | null = null,
): Failure {
  return { kind: 'failed', reason, httpStatus, code, message };
}

/** The reason an HTTP status or an envelope `code` stands for. */
export function reasonOfCode(code: number): FailureReason {
  if (code === 401) return 'unauthorised';
  if (code === 403 || code === 521) return 'blocked';
  if (code === 429) return 'rate-limited';
  if (code >= 500) return 'server-error';
  return 'bad-request';
}

const isOk = (status: number) => status >= 200 && status < 300;

/** Decodes a response into JSON, or into the failure it is. */
export function decodeBody(raw: RawResponse): Decoded {
  const status = raw.status;
  const fail = (reason: FailureReason): Decoded => ({ ok: false, failure: failure(reason, status || null) });
  if (status === 0) return fail('network');
  if (raw.body === null || raw.body.length > MAX_BODY_CHARS) return fail('too-large');
  const text = raw.body.replace(/^\uFEFF/, '').trim();
  if (text === '') return fail(isOk(status) ? 'empty-body' : reasonOfCode(status));
  if (text.startsWith('<') || /^\s*text\/html/i.test(raw.contentType ?? '')) {
    // The firewall's block page, or a proxy's error page.
    return fail(status >= 500 && status !== 521 ? 'server-error' : 'blocked');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(isOk(status) ? 'unreadable' : reasonOfCode(status));
  }
  const envelope = envelopeFailure(json, status);
  if (envelope) return { ok: false, failure: envelope };
  if (!isOk(status)) return fail(reasonOfCode(status));
  return { ok: true, json };
}

const Code = v.union([
  v.pipe(v.number(), v.integer()),
  v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number)),
]);

/** The fields both registries' envelopes use to say that something went wrong. */
const EnvelopeSchema = v.looseObject({
  success: v.optional(v.unknown()),
  code: v.optional(v.unknown()),
  msg: v.optional(v.unknown()),
  message: v.optional(v.unknown()),
  repCode: v.optional(v.unknown()),
  repMsg: v.optional(v.unknown()),
});

/** The user's own address is in some messages ("[访问ip：…]"); it is not kept. */
function cleanMessage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[[【(（]\s*访问\s*ip\s*[:：][^\]】)）]*[\]】)）]/gi, '')
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, '…')
    .trim();
  return text === '' ? null : text.slice(0, MAX_MESSAGE_CHARS);
}

/** The failure an error envelope reports, or null when the envelope says success (or there is none). */
function envelopeFailure(json: unknown, status: number): Failure | null {
  const parsed = v.safeParse(EnvelopeSchema, json);
  if (!parsed.success) return null; // an array or a bare value: the registry schema decides
  const env = parsed.output;
  const codeResult = v.safeParse(Code, env.code);
  const code = codeResult.success ? codeResult.output : null;
  const message = cleanMessage(env.msg) ?? cleanMessage(env.message) ?? cleanMessage(env.repMsg);
  const httpStatus = status || null;
  const captcha = message !== null && /验证码|captcha/i.test(message);
  // The police site's CAPTCHA component answers with repCode "0000" when all is well.
  if (typeof env.repCode === 'string' && env.repCode !== '0000') {
    return failure('captcha', httpStatus, code, message);
  }
  const refused = env.success === false || (code !== null && code !== 200 && code !== 0);
  if (!refused) return null;
  if (captcha) return failure('captcha', httpStatus, code, message);
  return failure(
    code !== null && code !== 200 ? reasonOfCode(code) : 'bad-request',
    httpStatus,
    code,
    message,
  );
}

/** A text field of a record: strings trimmed, numbers (ids, codes) as their digits; too long is an error. */
export const Field = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
  v.trim(),
  v.maxLength(MAX_FIELD_CHARS),
);
export const RequiredField = v.pipe(Field, v.minLength(1));
export const OptionalField = v.optional(v.nullable(Field), null);

export type ItemsResult<R> =
  | { kind: 'records'; records: R[]; total: number | null; truncated: boolean }
  | { kind: 'empty' }
  | Failure;

/**
 * The records of an answer's items, MAX_RECORDS at most, skipping items `read` cannot use: empty
 * for no items, unreadable when none could be read, truncated when some were dropped.
 */
export function itemsResult<R>(
  items: readonly unknown[],
  read: (item: unknown) => R | null,
  total: number | null,
  httpStatus: number,
): ItemsResult<R> {
  if (items.length === 0) return { kind: 'empty' };
  const records: R[] = [];
  for (const item of items.slice(0, MAX_RECORDS)) {
    const record = read(item);
    if (record) records.push(record);
  }
  if (records.length === 0) return failure('unreadable', httpStatus || null);
  return { kind: 'records', records, total, truncated: records.length < items.length };
}
