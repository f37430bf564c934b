// Shared vocabulary of the core. Everything here is plain data, safe to JSON-serialise and to
// keep in storage.session.

import { KINDS, type LicenceKind } from './kinds.ts';
import type { Operator } from './operator/types.ts';

export type { LicenceKind } from './kinds.ts';

/** Every kind of number (one per row of src/core/kinds.ts), as data so run-time schemas can list them. */
export const LICENCE_KINDS: readonly LicenceKind[] = KINDS.map((row) => row.id);

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
