// The one classification the badge colour, the popup's status line and the card accents share:
// what kind of page this is at a glance. "Commercial" is Licence.commercial everywhere, so the badge,
// the status line and the cards give one answer. Pure, so it is tested without a browser.
import type { Flag, FoundLicence, PageReport } from './types.ts';

export type PageStatus = 'filing' | 'commercial' | 'flagged' | 'none';

/** Flags that make a number suspicious (orange), as opposed to merely informational. */
export const WARNING_FLAGS: ReadonlySet<Flag> = new Set([
  'dummy',
  'malformed',
  'novelty',
  'prefix-code-mismatch',
]);

export function isSuspicious(l: FoundLicence): boolean {
  return l.kind === 'novelty-icp' || l.flags.some((f) => WARNING_FLAGS.has(f.flag));
}

export function primaryOf(report: PageReport | null): FoundLicence | null {
  if (!report || report.primary === null) return null;
  return report.licences[report.primary] ?? null;
}

/** A commercial licence anywhere on the page: an ICP licence (证), a telecom, culture … licence. */
export function hasCommercialLicence(report: PageReport): boolean {
  return report.licences.some((l) => l.commercial);
}

/** Needs a primary ICP number: a page with other licences only is 'none'. */
export function pageStatus(report: PageReport | null): PageStatus {
  const primary = primaryOf(report);
  if (!report || !primary) return 'none';
  if (isSuspicious(primary)) return 'flagged';
  return hasCommercialLicence(report) ? 'commercial' : 'filing';
}

/** The accent of one card. */
export function licenceTone(l: FoundLicence): 'flagged' | 'commercial' | 'filing' {
  if (isSuspicious(l)) return 'flagged';
  return l.commercial ? 'commercial' : 'filing';
}
