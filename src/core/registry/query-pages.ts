// The official query pages a check opens, and what the extension may type into their search box.
// MIIT's page has no per-number address (docs/domain.md §4), so it opens at its start page; the
// police portal's query page takes the 14 digits of the number in its address.
import type { Registry } from '../types.ts';
import { MIIT_PAGE_HOST, PSB_PAGE_HOST } from './calls.ts';
import { psbDigits } from './psb-digits.ts';

export const MIIT_QUERY_PAGE = `https://${MIIT_PAGE_HOST}/`;
export const PSB_QUERY_PAGE = `https://${PSB_PAGE_HOST}/#/query/webSearch`;

/** The query page to open for `number`. */
export function queryPageUrl(registry: Registry, number: string): string {
  if (registry === 'miit') return MIIT_QUERY_PAGE;
  const digits = psbDigits(number);
  return digits.length === 14 ? `${PSB_QUERY_PAGE}?code=${digits}` : PSB_QUERY_PAGE;
}

/** What goes into the search box: the site's registrable domain, else the number itself. */
export function searchText(registry: Registry, domain: string | null, number: string): string {
  if (domain !== null) return domain;
  return registry === 'psb' ? psbDigits(number) : number;
}
