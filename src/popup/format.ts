// Small pure helpers for presenting a report.
import type { FoundLicence, PageReport, Province } from '../core/types.ts';

export interface LicenceRow {
  licence: FoundLicence;
  primary: boolean;
  /** Index in report.licences, stable as a key. */
  index: number;
}

/** The licences to show, the primary ICP number first, the rest in page order. */
export function licenceRows(report: PageReport): LicenceRow[] {
  const rows = report.licences.map((licence, index) => ({
    licence,
    index,
    primary: index === report.primary,
  }));
  return [...rows.filter((r) => r.primary), ...rows.filter((r) => !r.primary)];
}

/** "北京市 · Beijing" */
export function provinceText(p: Province): string {
  return `${p.zh} · ${p.en}`;
}

/** Area of a public-security filing below province level, e.g. "海淀区, 北京市"; null if none. */
export function areaText(l: FoundLicence): string | null {
  const a = l.area;
  if (!a) return null;
  const parts = [a.district, a.city].filter((s): s is string => !!s && s !== a.province?.zh);
  return parts.length > 0 ? parts.join(', ') : null;
}
