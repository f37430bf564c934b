// Small pure helpers for presenting a report.

import { isIcpNumber } from '../core/kinds.ts';
import { type RegistryLink, registryLink } from '../core/official-link.ts';
import type { PageNote } from '../core/page-notes.ts';
import { hasCommercialLicence, pageStatus, primaryOf } from '../core/page-status.ts';
import type { FoundLicence, PageReport, Province } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import { provinceName, registryLinkText, serviceText } from '../i18n/labels.ts';

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
  // The primary number is the licence, and no non-commercial ICP filing is beside it.
  if (primary.commercial && !report.licences.some((l) => isIcpNumber(l.kind) && !l.commercial))
    return t('statusCommercialOnly', province);
  if (hasCommercialLicence(report)) return t('statusCommercial', province);
  return t('statusFiling', province);
}

export function noteText(n: PageNote): string {
  if (n.note === 'provinces-differ')
    return t('noteProvincesDiffer', [provinceName(n.icp), provinceName(n.psb)]);
  return t('noteSeveralSubjects', String(n.subjects.length));
}

export interface RegistryAction extends RegistryLink {
  text: string;
  /** Accessible label naming the number. */
  label: string;
}

/** The card's link to the number's official registry (kinds.ts), or null when there is none. */
export function registryAction(l: FoundLicence): RegistryAction | null {
  const link = registryLink(l);
  if (!link) return null;
  const [text, label] = registryLinkText(link.registry, l.number);
  return { ...link, text, label };
}
