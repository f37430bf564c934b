// What the extension keeps of a registry's answer: the records the official query page received
// (or why there were none), as plain data for messages and storage. The schemas here check such an
// answer again wherever it crosses a boundary (relay → service worker → storage); the parsers in
// miit.ts and psb.ts build it from the raw response bodies.
import * as v from 'valibot';
import {
  MAX_FIELD_CHARS,
  MAX_LINKED_DOMAINS,
  MAX_MESSAGE_CHARS,
  MAX_QUERY_CHARS,
  MAX_RECORDS,
} from './limits.ts';

const Text = v.pipe(v.string(), v.maxLength(MAX_FIELD_CHARS));
const OptionalText = v.nullable(Text);
/** Milliseconds since 1970, as Date.now() gives them. */
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The kind of service a MIIT record is for (its `serviceType`: 1, 6, 7, 8). */
export const MIIT_SERVICES = ['website', 'app', 'mini-program', 'quick-app'] as const;
export type MiitService = (typeof MIIT_SERVICES)[number];

/** One MIIT record: a website, App, mini program or quick app filed under a main licence. */
export const MiitRecordSchema = v.object({
  service: v.picklist(MIIT_SERVICES),
  /** The operator (主办单位名称). */
  unitName: Text,
  /** The operator's kind: 企业, 个人, 事业单位 … */
  natureName: OptionalText,
  /** The entity's number without a site suffix: 京ICP备10046444号, 京ICP证030173号, 粤B2-20090059. */
  mainLicence: Text,
  /** This site's number: the main licence and `-N` (`-NA`/`-NX` for Apps and mini programs). */
  serviceLicence: Text,
  /** Websites: the registrable domain as filed, lower case. null for Apps and mini programs. */
  domain: OptionalText,
  /** The App's or mini program's name; a website's name where the answer has one. */
  serviceName: OptionalText,
  /** When MIIT last updated the record, as MIIT writes it ("2023-10-18 10:27:25"). */
  updateRecordTime: OptionalText,
  /** 限制接入 ("是" / "否"): access to the site is restricted. null when the answer does not say. */
  limitAccess: v.nullable(v.boolean()),
  /** When the extension read the answer. */
  readAt: Time,
});
export type MiitRecord = v.InferOutput<typeof MiitRecordSchema>;

/** The police registry's record of one website. */
export const PsbRecordSchema = v.object({
  /** 网站名称 */
  websiteName: OptionalText,
  /** 网站主域名, lower case. */
  mainDomain: OptionalText,
  /** The other domains filed for the site. */
  linkedDomains: v.pipe(v.array(Text), v.maxLength(MAX_LINKED_DOMAINS)),
  /** 开办者名称 */
  operator: OptionalText,
  /** 开办主体: 企业单位, 个人 … */
  operatorType: OptionalText,
  /** 网站类别: 交互式, 非交互式 … */
  category: OptionalText,
  /** 公安备案号 as given: 京公网安备11010802050023号. */
  number: Text,
  /** 备案地公安机关: the police office the site is filed with. */
  policeOffice: OptionalText,
  /** 联网备案时间 as given ("2025-04-14"). */
  filedOn: OptionalText,
  readAt: Time,
});
export type PsbRecord = v.InferOutput<typeof PsbRecordSchema>;

/**
 * Why a registry gave no usable answer. None of these says anything about the site: the verdict is
 * "try again later" (or "reload the query page" for an expired session).
 */
export const FAILURE_REASONS = [
  'blocked', // an HTML page instead of JSON, HTTP 403/521: the registry's firewall
  'unauthorised', // 401: the query page's session expired
  'rate-limited', // 429: too many queries
  'server-error', // 500 and other server errors
  'captcha', // the CAPTCHA or its signature was not accepted
  'bad-request', // other refusals (415 …)
  'network', // the request failed before any answer came
  'empty-body', // 200 with nothing in it (an overloaded endpoint)
  'too-large', // more than MAX_BODY_CHARS
  'unreadable', // not JSON, or JSON of a shape this version does not know
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const FailureSchema = v.object({
  kind: v.literal('failed'),
  reason: v.picklist(FAILURE_REASONS),
  /** The HTTP status, where there was a response. */
  httpStatus: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999))),
  /** The `code` of the JSON envelope, where there was one. */
  code: v.nullable(v.pipe(v.number(), v.integer())),
  /** The registry's own message ("您目前访问频次过高 …"), shortened. */
  message: v.nullable(v.pipe(v.string(), v.maxLength(MAX_MESSAGE_CHARS))),
});
export type Failure = v.InferOutput<typeof FailureSchema>;

const EmptySchema = v.object({ kind: v.literal('empty') });

function recordsSchema<T extends v.GenericSchema>(record: T) {
  return v.object({
    kind: v.literal('records'),
    records: v.pipe(v.array(record), v.minLength(1), v.maxLength(MAX_RECORDS)),
    /** The number of matches the registry reports (`total`), which may be more than it sent. */
    total: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    /** true when the answer had more items than MAX_RECORDS, or items this version could not read. */
    truncated: v.boolean(),
  });
}

/** The search text the page sent (MIIT `unitName`, police `maindm`), or null when it had none. */
const Query = v.nullable(v.pipe(v.string(), v.maxLength(MAX_QUERY_CHARS)));

export const MiitAnswerSchema = v.object({
  registry: v.literal('miit'),
  call: v.picklist(['list', 'website-detail', 'app-detail']),
  query: Query,
  readAt: Time,
  result: v.variant('kind', [recordsSchema(MiitRecordSchema), EmptySchema, FailureSchema]),
});
export type MiitAnswer = v.InferOutput<typeof MiitAnswerSchema>;

export const PsbAnswerSchema = v.object({
  registry: v.literal('psb'),
  call: v.literal('websearch'),
  query: Query,
  readAt: Time,
  result: v.variant('kind', [recordsSchema(PsbRecordSchema), EmptySchema, FailureSchema]),
});
export type PsbAnswer = v.InferOutput<typeof PsbAnswerSchema>;

export const RegistryAnswerSchema = v.variant('registry', [MiitAnswerSchema, PsbAnswerSchema]);
export type RegistryAnswer = v.InferOutput<typeof RegistryAnswerSchema>;

/** Checks an untrusted answer (from a message or from storage); null when it is not one. */
export function parseRegistryAnswer(raw: unknown): RegistryAnswer | null {
  const result = v.safeParse(RegistryAnswerSchema, raw);
  return result.success ? result.output : null;
}
