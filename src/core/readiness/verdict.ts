// The one-line readiness verdict: codes and parameters, no text (the locale files have the words).
// It has two parts:
//   lead     where the page is hosted and whether it shows an ICP number (the hosting verdict of
//            src/core/hosting/verdict.ts; without a known location, the licence status alone)
//   problem  the worst thing a visitor in mainland China meets, in this order:
//              1. site           the page's own host is on a failing list entry (vercel.app …)
//              2. held-up        blocked render-blocking resources: the page hangs until they time out
//              3. feature-fails  blocked features: reCAPTCHA, maps, video … do not work
//              4. held-up        unreliable render-blocking resources: the page may hang
//              5. feature-fails  unreliable features
//              6. tracking-only  only analytics or ads miss the visit
//              7. likely-works   nothing listed fails
// `more` counts the other affected hosts, so a text can say "and 3 more".
import { type HostingVerdict, showsIcpNumber, type VerdictKind } from '../hosting/verdict.ts';
import type { PageReport } from '../types.ts';
import type { AffectedHost, ReadinessSummary } from './group.ts';
import type { FailingStatus, Feature } from './types.ts';

export const LEADS = [
  'mainland-filed',
  'mainland-no-number',
  'outside-no-number',
  'outside-with-number',
  'local',
  'icp-shown',
  'no-icp',
] as const;
export type ReadinessLead = (typeof LEADS)[number];

/** What a held-up host holds the page up with, for the text. */
export type HeldUpWhat = 'fonts' | 'stylesheets' | 'scripts' | 'resources';

export type ReadinessProblem =
  | { code: 'likely-works' }
  | { code: 'site'; status: FailingStatus; host: string; suffix: string; name: string }
  | { code: 'held-up'; status: FailingStatus; host: string; name: string; what: HeldUpWhat }
  | { code: 'feature-fails'; status: FailingStatus; host: string; name: string; feature: Feature }
  | { code: 'tracking-only'; status: FailingStatus; host: string; name: string };

export type ProblemCode = ReadinessProblem['code'];

export interface ReadinessVerdict {
  lead: ReadinessLead | null;
  /** Country of the server when the hosting verdict knows it (CN, HK, JP …). */
  country: string | null;
  problem: ReadinessProblem;
  /** Affected hosts (the site's own included) besides the one the problem names. */
  more: number;
}

/** The tone of a lead, for the joining words ("…, but …" after good news, "…; …" otherwise). */
export function leadIsWarning(lead: ReadinessLead | null): boolean {
  return lead === 'mainland-no-number';
}

function leadOf(hosting: HostingVerdict | null, report: PageReport | null): ReadinessLead | null {
  if (hosting && hosting.kind !== 'unknown') return hosting.kind satisfies Exclude<VerdictKind, 'unknown'>;
  if (report) return showsIcpNumber(report) ? 'icp-shown' : 'no-icp';
  return null;
}

export function heldUpWhat(host: Pick<AffectedHost, 'category' | 'types'>): HeldUpWhat {
  if (host.category === 'fonts' || host.types.includes('font')) return 'fonts';
  if (host.types.includes('stylesheet')) return 'stylesheets';
  if (host.types.includes('script')) return 'scripts';
  return 'resources';
}

function problemOf(summary: ReadinessSummary): ReadinessProblem {
  const { site } = summary;
  if (site)
    return { code: 'site', status: site.status, host: site.host, suffix: site.suffix, name: site.name };
  const first = (list: AffectedHost[], status: FailingStatus) => list.find((h) => h.status === status);
  const heldUp = (h: AffectedHost): ReadinessProblem => ({
    code: 'held-up',
    status: h.status,
    host: h.host,
    name: h.name,
    what: heldUpWhat(h),
  });
  const fails = (h: AffectedHost): ReadinessProblem => ({
    code: 'feature-fails',
    status: h.status,
    host: h.host,
    name: h.name,
    feature: h.feature ?? 'content',
  });
  for (const status of ['blocked', 'unreliable-or-slow'] as const) {
    const held = first(summary.heldUp, status);
    if (held) return heldUp(held);
    const failing = first(summary.featuresFail, status);
    if (failing) return fails(failing);
  }
  const tracking = summary.trackingOnly[0];
  if (tracking)
    return { code: 'tracking-only', status: tracking.status, host: tracking.host, name: tracking.name };
  return { code: 'likely-works' };
}

export function readinessVerdict(
  summary: ReadinessSummary,
  hosting: HostingVerdict | null,
  report: PageReport | null,
): ReadinessVerdict {
  const problem = problemOf(summary);
  const affected =
    (summary.site ? 1 : 0) +
    summary.heldUp.length +
    summary.featuresFail.length +
    summary.trackingOnly.length;
  return {
    lead: leadOf(hosting, report),
    country: hosting?.country ?? null,
    problem,
    more: problem.code === 'likely-works' ? 0 : Math.max(0, affected - 1),
  };
}
