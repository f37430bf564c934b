// Search, filters and sort of the history page, and the per-province counts of its chart. Pure.
import type { PageStatus } from '../core/page-status.ts';
import type { LicenceKind } from '../core/types.ts';
import type { HistorySite } from '../storage/history-schema.ts';

export type SortKey = 'last-seen' | 'domain' | 'province';
export const SORT_KEYS: readonly SortKey[] = ['last-seen', 'domain', 'province'];

export interface Query {
  text: string;
  /** Province code, 'none' for sites without one, '' for all. */
  province: string;
  kind: LicenceKind | '';
  status: PageStatus | '';
  sort: SortKey;
}

export const EMPTY_QUERY: Query = { text: '', province: '', kind: '', status: '', sort: 'last-seen' };

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
  if (text && !fold(site.domain).includes(text) && !site.licences.some((l) => fold(l.number).includes(text)))
    return false;
  if (q.province) {
    const codes = provincesOf(site).map((p) => p.code);
    if (q.province === 'none' ? codes.length > 0 : !codes.includes(q.province)) return false;
  }
  if (q.kind && !site.licences.some((l) => l.kind === q.kind)) return false;
  if (q.status && site.status !== q.status) return false;
  return true;
}

const firstProvince = (s: HistorySite) => provincesOf(s)[0]?.code ?? '\uffff';

export function applyQuery(sites: readonly HistorySite[], q: Query): HistorySite[] {
  const out = sites.filter((s) => matches(s, q));
  const byDomain = (a: HistorySite, b: HistorySite) => a.domain.localeCompare(b.domain);
  if (q.sort === 'domain') return out.sort(byDomain);
  if (q.sort === 'province')
    return out.sort((a, b) => firstProvince(a).localeCompare(firstProvince(b)) || byDomain(a, b));
  return out.sort((a, b) => b.lastSeen - a.lastSeen || byDomain(a, b));
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
  return [...counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
