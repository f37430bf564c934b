// The `icp-lens` package's library entry: the command line's parser and page scan as two functions.
//
//   import { parseText, scanHtml } from 'icp-lens';
//   parseText('京ICP备16045689号-1');          // → [{ kind: 'icp-filing', number: …, province: …, flags: [] … }]
//   await scanHtml(html, { url: 'https://example.cn/' });   // → the entry `icp-lens scan --json` prints
//
// Built into lib/index.js with its types by scripts/build-package.mjs.
import {
  type JsonEntry,
  type JsonFlags,
  type JsonLicence,
  type JsonOperator,
  licenceToJson,
  resultToJson,
} from '../cli/format.ts';
import { MAX_INPUT_BYTES } from '../cli/input.ts';
import { reportForHtml } from '../cli/page-report.ts';
import { parseText as parseCore } from '../core/parse.ts';
import type { Licence as CoreLicence } from '../core/types.ts';

export type {
  AreaInfo,
  Flag,
  Hint,
  LicenceKind,
  Province,
  Region,
  ServiceType,
} from '../core/types.ts';
export { FLAGS, LICENCE_KINDS } from '../core/types.ts';

/** A licence number found in text: its kind, canonical form, province, decoded parts and flags. */
export type Licence = JsonFlags<CoreLicence>;

/**
 * A licence found on a page: a `Licence` with the region it was printed in (`footer` or `body`) and
 * `linked: false` when a footer ICP or PSB number is not inside a link to its registry.
 */
export type PageLicence = JsonLicence;

/** Who a page names as the site's operator or owner: the name as printed and normalised, how it was read. */
export type PageOperator = JsonOperator;
export type { OperatorSource } from '../core/operator/types.ts';
export { OPERATOR_SOURCES } from '../core/operator/types.ts';

/** What `scanHtml` and `icp-lens scan --json` give for one page. Fields may be added, never removed. */
export type ScanEntry = Extract<JsonEntry, { licences: unknown }>;

/** An input that could not be read or analysed; `error` says why in words. */
export type ErrorEntry = Extract<JsonEntry, { error: string }>;

export interface ParseTextOptions {
  /** The current year, for the plausibility checks of years in numbers (default: the clock's). */
  year?: number;
}

export interface ScanHtmlOptions extends ParseTextOptions {
  /** The page's URL: the base for its relative links (registry links, `recordcode=` hints). */
  url?: string;
  /** What to put in the entry's `input` field (default: `url`, else `-` as for standard input). */
  input?: string;
}

function requireString(value: unknown, fn: string, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${name} must be a string, got ${typeof value}`);
  return value;
}

/** Every licence number in `text`, in the order printed. */
export function parseText(text: string, options: ParseTextOptions = {}): Licence[] {
  return parseCore(requireString(text, 'parseText', 'text'), options).map(licenceToJson);
}

/**
 * Scans an HTML page as the command line does (footer first, no script run, nothing loaded) and
 * resolves to its entry: licences, link-only hints, the index of the primary ICP number, whether the
 * page was too large to read in full. A page that cannot be analysed gives an `ErrorEntry`; only a
 * non-string `html` rejects.
 */
export async function scanHtml(html: string, options: ScanHtmlOptions = {}): Promise<ScanEntry | ErrorEntry> {
  requireString(html, 'scanHtml', 'html');
  const input = options.input ?? options.url ?? '-';
  if (html.length > MAX_INPUT_BYTES) {
    return { input, error: `${input}: the page is larger than ${MAX_INPUT_BYTES} characters` };
  }
  try {
    return resultToJson({ input, report: await reportForHtml(html, options.url ?? null, options) });
  } catch (error) {
    return {
      input,
      error: `failed to analyse ${input}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
