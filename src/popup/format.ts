// Small pure helpers for presenting a report.

import type { PageNote } from '../core/page-notes.ts';
import type { FoundLicence, PageReport, Province } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import { provinceName, serviceText } from '../shared/labels.ts';
import { hasCommercialLicence, pageStatus, primaryOf } from '../shared/page-status.ts';

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

/** The decoded parts of a number, one short line each. */
export function licenceParts(l: FoundLicence): string[] {
  const parts: string[] = [];
  if (l.sequence !== undefined) {
    const site = t('partSite', String(l.sequence));
    parts.push(`${site} · ${serviceText(l.service ?? 'website')}`);
  } else if (l.service) parts.push(serviceText(l.service));
  if (l.subject && l.subject !== l.number) parts.push(t('partSubject', l.subject));
  if (l.year !== undefined)
    parts.push(t(l.kind === 'icp-filing' ? 'partFiledIn' : 'partYear', String(l.year)));
  if (l.area) {
    const a = l.area;
    if (!a.known) parts.push(t('partAreaUnknown', a.code));
    else {
      const names = [a.province?.zh, a.city, a.district].filter(
        (s, i, all): s is string => !!s && all.indexOf(s) === i,
      );
      if (names.length > 0) parts.push(t('partArea', names.join(' ')));
    }
  }
  if (l.categories && l.categories.length > 0) parts.push(t('partCategories', l.categories.join(', ')));
  return parts;
}

/** The one-line summary under the site name. */
export function statusLine(report: PageReport, local: boolean): string {
  const primary = primaryOf(report);
  if (report.licences.length === 0) return t(local ? 'statusLocal' : 'statusNone');
  if (!primary) return t('statusNoIcp');
  const status = pageStatus(report);
  if (status === 'flagged') return t('statusFlagged');
  const province = primary.province ? provinceName(primary.province) : t('provinceNone');
  if (primary.kind === 'icp-license' && !report.licences.some((l) => l.kind === 'icp-filing'))
    return t('statusCommercialOnly', province);
  if (hasCommercialLicence(report)) return t('statusCommercial', province);
  return t('statusFiling', province);
}

export function noteText(n: PageNote): string {
  if (n.note === 'provinces-differ')
    return t('noteProvincesDiffer', [provinceName(n.icp), provinceName(n.psb)]);
  return t('noteSeveralSubjects', String(n.subjects.length));
}

/** The police portal's record page for a 14-digit PSB number, or null. */
export function psbRecordUrl(l: FoundLicence): string | null {
  if (l.kind !== 'psb') return null;
  const digits = l.number.replace(/\D/g, '');
  return digits.length === 14 ? `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}` : null;
}

export const MIIT_QUERY_URL = 'https://beian.miit.gov.cn/';

/** Numbers the MIIT filing query knows: ICP filings and ICP licences. */
export function hasMiitQuery(l: FoundLicence): boolean {
  return l.kind === 'icp-filing' || l.kind === 'icp-license';
}
