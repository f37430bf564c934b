// Shared vocabulary of the core. Everything here is plain data, safe to JSON-serialise and to
// keep in storage.session.
import type { Operator } from './operator/types.ts';

/** Every kind of number, as data so run-time schemas can list them (report-schema.ts, history-schema.ts). */
export const LICENCE_KINDS = [
  'icp-filing', // X ICP备 12345678 号[-N[A|X]]: non-commercial record
  'icp-license', // X ICP证 030173 号: commercial ICP licence
  'psb', // X公网安备 11010502030143 号: public-security filing
  'telecom-license', // [X|合字] B2-20090059[-N]: value-added telecom licence
  'culture-license', // X网文〔2013〕0934-983号
  'av-license', // 信息网络传播视听节目许可证 0109362
  'broadcast-license', // （沪）字第1248号: radio & TV programme production
  'online-publishing-license', // （总）网出证（京）字第049号, 新出网证（京）字129号
  'publication-license', // 新出发京批字第直0673号: publication retail
  'drug-info-license', // （京）-经营性-2024-0502
  'medical-device-platform-filing', // （苏）网械平台备字（2018）第00052号
  'news-license', // 互联网新闻信息服务许可证 11220180940
  'algorithm-filing', // 网信算备330109094482246341270号
  'ai-model-filing', // Beijing-YunQue-20230821
  'novelty-icp', // 萌ICP备20252020号: a joke registry, never a government filing
] as const;

export type LicenceKind = (typeof LICENCE_KINDS)[number];

export const FLAGS = [
  'malformed',
  'dummy',
  'legacy-format',
  'prefix-code-mismatch',
  'novelty',
  'english-form',
  'not-linked', // footer ICP filing / PSB number not inside a link to its official registry site
] as const;

export type Flag = (typeof FLAGS)[number];

export interface FlagNote {
  flag: Flag;
  /** One short sentence in English saying why; the UI may translate by flag. */
  reason: string;
}

export interface Province {
  /** GB/T 2260 two-digit code, e.g. "11". */
  code: string;
  /** GB/T 2260 short name, e.g. "京". */
  abbr: string;
  zh: string;
  en: string;
}

/** What a PSB area code (first six digits) names. */
export interface AreaInfo {
  code: string;
  province: Province | null;
  city: string | null;
  district: string | null;
  /** false for police-zone codes that no GB/T 2260 list contains (510190, 440491 …). */
  known: boolean;
}

export type ServiceType = 'website' | 'app' | 'mini-program' | 'quick-app' | 'other';

export interface Licence {
  kind: LicenceKind;
  /** Canonical form: half-width, no spaces, 号 before the site suffix. */
  number: string;
  /** The text as printed on the page (trimmed). */
  printed: string;
  /** Province named by the number itself (prefix character, bracketed province or code). */
  province: Province | null;
  /** The prefix character(s) as printed after normalisation (蜀, 川, 合字, 萌 …), where there is one. */
  prefix?: string;
  /** true for commercial licences (ICP证, B2 …), false for filings. */
  commercial: boolean;
  flags: FlagNote[];
  /** ICP and telecom numbers: the subject number without the site suffix. */
  subject?: string;
  /** Site (service) sequence from the `-N` suffix. */
  sequence?: number;
  service?: ServiceType;
  /** Year encoded in the number (filing year, licence year), where it has one. */
  year?: number;
  /** PSB numbers: the area the six-digit code names. */
  area?: AreaInfo;
  /** Telecom licences: the categories, e.g. ["B1", "B2"]. */
  categories?: string[];
}

export type Region = 'footer' | 'body';

/** The registry site a link points to: MIIT's filing site, or the police (PSB) filing portal. */
export type Registry = 'miit' | 'psb';

/** Text of a link to an official registry site that contains or wraps a block. */
export interface OfficialLink {
  registry: Registry;
  text: string;
}

/** A piece of page text the content script found, with where it was found. */
export interface TextBlock {
  text: string;
  region: Region;
  /** Index of the block in the order the content script reported it; lets "show on page" find it. */
  id: number;
  /**
   * Registry links around or inside the block. Absent when the scanner did not look (older callers);
   * an empty array means it looked and found none.
   */
  official?: OfficialLink[];
}

/** A link target that may carry a number (recordcode=…, code=…): reported as a hint only. */
export interface LinkHint {
  href: string;
  region: Region;
}

export interface FoundLicence extends Licence {
  region: Region;
  /** id of the TextBlock it was read from. */
  block: number;
}

export interface Hint {
  kind: LicenceKind;
  number: string;
  /** Where it came from, e.g. "recordcode in https://www.beian.gov.cn/…". */
  source: string;
}

export interface PageReport {
  licences: FoundLicence[];
  /** Index into licences of the page's primary ICP number, or null. */
  primary: number | null;
  hints: Hint[];
  /** true when the page was too large to scan in full. */
  truncated: boolean;
  /** Who the page names as the site's operator or owner, best first (src/core/operator). */
  operators?: Operator[];
}
