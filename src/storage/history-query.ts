// Search, filters, sort and grouping of the remembered sites, and the per-province counts of the
// history page's chart. Pure: the service worker runs it over the database's records
// (src/storage/history-db), the pages only send a Query.
import { operatorKey, subjectsOf } from '../core/filer.ts';
import type { PageStatus } from '../core/page-status.ts';
import type { LicenceKind } from '../core/types.ts';
import type { HistorySite } from './history-schema.ts';

export type SortKey = 'last-seen' | 'domain' | 'province';
export const SORT_KEYS: readonly SortKey[] = ['last-seen', 'domain', 'province'];

export interface Query {
  text: string;
  /** Province code, 'none' for sites without one, '' for all. */
  province: string;
  kind: LicenceKind | '';
  status: PageStatus | '';
  /** An ICP subject (src/core/filer.ts), exactly; '' for all. */
  subject: string;
  /** Part of the operator's name, loosely (case, width); '' for all. */
  operator: string;
  sort: SortKey;
}

export const EMPTY_QUERY: Query = {
  text: '',
  province: '',
  kind: '',
  status: '',
  subject: '',
  operator: '',
  sort: 'last-seen',
};

/** Whether a query keeps every site (then the newest-first list comes straight from an index). */
export function isUnfiltered(q: Query): boolean {
  return !q.text.trim() && !q.province && !q.kind && !q.status && !q.subject && !q.operator.trim();
}

/** The site's provinces, each once, in the order its numbers name them. */
export function provincesOf(site: HistorySite): { code: string; zh: string; en: string; abbr: string }[] {
  const seen = new Map<string, { code: string; zh: string; en: string; abbr: string }>();
  for (const l of site.licences)
    if (l.province && !seen.has(l.province.code)) seen.set(l.province.code, l.province);
  return [...seen.values()];
}

/** Loose matching: case and full-width/half-width differences do not matter. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function matches(site: HistorySite, q: Query): boolean {
  const text = fold(q.text.trim());
  if (
    text &&
    !fold(site.domain).includes(text) &&
    !site.licences.some((l) => fold(l.number).includes(text)) &&
    !(site.operator && fold(site.operator.printed).includes(text))
  )
    return false;
  if (q.province) {
    const codes = provincesOf(site).map((p) => p.code);
    if (q.province === 'none' ? codes.length > 0 : !codes.includes(q.province)) return false;
  }
  if (q.kind && !site.licences.some((l) => l.kind === q.kind)) return false;
  if (q.status && site.status !== q.status) return false;
  if (q.subject && !subjectsOf(site.licences).includes(q.subject)) return false;
  const operator = operatorKey(q.operator);
  if (operator && !(site.operator && operatorKey(site.operator.name).includes(operator))) return false;
  return true;
}

const firstProvince = (s: HistorySite) => provincesOf(s)[0]?.code ?? '\uffff';
const byDomain = (a: GroupSite, b: GroupSite) => a.domain.localeCompare(b.domain);
export const byLastSeen = (a: GroupSite, b: GroupSite) => b.lastSeen - a.lastSeen || byDomain(a, b);

export function applyQuery(sites: readonly HistorySite[], q: Query): HistorySite[] {
  const out = sites.filter((s) => matches(s, q));
  if (q.sort === 'domain') return out.sort(byDomain);
  if (q.sort === 'province')
    return out.sort((a, b) => firstProvince(a).localeCompare(firstProvince(b)) || byDomain(a, b));
  return out.sort(byLastSeen);
}

export interface ProvinceCount {
  code: string;
  zh: string;
  en: string;
  count: number;
}

/** Sites per province (a site with numbers of two provinces counts for both), most first. */
export function countByProvince(sites: readonly HistorySite[]): ProvinceCount[] {
  const counts = new Map<string, ProvinceCount>();
  for (const site of sites) {
    for (const p of provincesOf(site)) {
      const entry = counts.get(p.code) ?? { code: p.code, zh: p.zh, en: p.en, count: 0 };
      entry.count++;
      counts.set(p.code, entry);
    }
  }
  return sortCounts([...counts.values()]);
}

export const sortCounts = (counts: ProvinceCount[]) =>
  counts.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

export type GroupBy = 'subject' | 'operator';

/** A site as a group lists it. */
export interface GroupSite {
  domain: string;
  lastSeen: number;
}

export interface SiteGroup {
  /** The subject, or the operator's key (src/core/filer.ts operatorKey). */
  key: string;
  /** What to show: the subject, or the operator as the newest site printed it. */
  label: string;
  count: number;
  /** The group's sites, newest first, at most the limit asked for. */
  sites: GroupSite[];
}

/** The keys a site is grouped under. */
export function groupKeys(site: HistorySite, by: GroupBy): string[] {
  if (by === 'subject') return subjectsOf(site.licences);
  return site.operator ? [operatorKey(site.operator.name)] : [];
}

/**
 * Sites that share a subject or an operator with at least one other site, largest group first, at
 * most `maxGroups` groups of at most `maxSites` sites each; `groups` counts them all.
 */
export function groupSites(
  sites: readonly HistorySite[],
  by: GroupBy,
  maxGroups: number,
  maxSites: number,
): { groups: SiteGroup[]; total: number } {
  const buckets = new Map<string, HistorySite[]>();
  for (const site of sites) {
    for (const key of groupKeys(site, by)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(site);
      else buckets.set(key, [site]);
    }
  }
  const shared = [...buckets].filter(([, members]) => members.length > 1);
  shared.sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const groups = shared.slice(0, maxGroups).map(([key, members]): SiteGroup => {
    const newest = members.sort(byLastSeen);
    return {
      key,
      label: by === 'operator' ? (newest[0]?.operator?.printed ?? key) : key,
      count: members.length,
      sites: newest.slice(0, maxSites).map((s) => ({ domain: s.domain, lastSeen: s.lastSeen })),
    };
  });
  return { groups, total: shared.length };
}
