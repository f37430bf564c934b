// The hosting verdict: where the page was served from, combined with the ICP numbers it shows.
// An ICP filing is needed exactly when a site is served from mainland China (docs/domain.md §7), so:
//
//   served from        ICP number shown   verdict
//   mainland China     yes                mainland-filed
//   mainland China     no                 mainland-no-number   (warn: it may be in an image)
//   elsewhere          no                 outside-no-number    (none needed)
//   elsewhere          yes                outside-with-number  (neutral: overseas CDN, copied number …)
//   own network        either             local                (no verdict)
//   not known          either             unknown
import { isIcpNumber } from '../kinds.ts';
import type { PageReport } from '../types.ts';
import { unfileableTld } from './tld.ts';
import type { Hosting } from './types.ts';

export const VERDICT_KINDS = [
  'mainland-filed',
  'mainland-no-number',
  'outside-no-number',
  'outside-with-number',
  'local',
  'unknown',
] as const;

export type VerdictKind = (typeof VERDICT_KINDS)[number];

export const UNKNOWN_REASONS = ['cached', 'not-observed', 'unlisted'] as const;

export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export interface HostingVerdict {
  kind: VerdictKind;
  /** Country code of the server (CN, HK, MO, TW, JP …) when one is known. */
  country: string | null;
  /** Why the location is unknown; only for kind 'unknown'. */
  reason: UnknownReason | null;
  /** The page's TLD when it is not one that can be filed in China: a hint, never an accusation. */
  unfileableTld: string | null;
}

/** Whether the page shows an ICP number proper; joke registries do not count. */
export function showsIcpNumber(report: PageReport | null): boolean {
  return (report?.licences ?? []).some((l) => isIcpNumber(l.kind));
}

export function hostingVerdict(
  hosting: Hosting | null,
  report: PageReport | null,
  host: string | null,
): HostingVerdict {
  const tld = unfileableTld(host);
  const unknown = (reason: UnknownReason): HostingVerdict => ({
    kind: 'unknown',
    country: null,
    reason,
    unfileableTld: tld,
  });
  const place = hosting?.place ?? null;
  if (!hosting || !place) return unknown(hosting?.cached ? 'cached' : 'not-observed');
  if (place.kind === 'unlisted') return unknown('unlisted');
  // Local hosts never carry filings, and their names say nothing about a registry either.
  if (place.kind === 'local') return { kind: 'local', country: null, reason: null, unfileableTld: null };

  const numbered = showsIcpNumber(report);
  const mainland = place.country === 'CN';
  const kind: VerdictKind = mainland
    ? numbered
      ? 'mainland-filed'
      : 'mainland-no-number'
    : numbered
      ? 'outside-with-number'
      : 'outside-no-number';
  return { kind, country: place.country, reason: null, unfileableTld: tld };
}
