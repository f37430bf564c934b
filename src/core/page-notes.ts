// Findings about a page as a whole rather than one number: an ICP number and a police filing from
// different provinces, or ICP numbers of several subjects (operators) on one page. Both are common
// on copied footers and worth a look, not proof of anything.
import type { FoundLicence, PageReport, Province } from './types.ts';

export type PageNote =
  | { note: 'provinces-differ'; icp: Province; psb: Province }
  | { note: 'several-subjects'; subjects: string[] };

function subjectOf(l: FoundLicence): string {
  return l.subject ?? l.number.replace(/-\d+[A-Z]?$/, '');
}

export function pageNotes(report: PageReport): PageNote[] {
  const notes: PageNote[] = [];
  const primary = report.primary === null ? undefined : report.licences[report.primary];
  const psb = report.licences.find((l) => l.kind === 'psb' && l.province);
  if (primary?.province && psb?.province && primary.province.code !== psb.province.code) {
    notes.push({ note: 'provinces-differ', icp: primary.province, psb: psb.province });
  }
  const subjects = [...new Set(report.licences.filter((l) => l.kind === 'icp-filing').map(subjectOf))];
  // An ICP licence (证) next to a filing (备) is normal for one operator, so only filings count.
  if (subjects.length > 1) notes.push({ note: 'several-subjects', subjects });
  return notes;
}
