// Everything the readiness check says about one page, from its tally and what else is known of it.
import type { HostingVerdict } from '../hosting/verdict.ts';
import type { PageReport } from '../types.ts';
import { type ReadinessSummary, summarise } from './group.ts';
import type { HostMatcher } from './match.ts';
import type { ReadinessTally } from './tally.ts';
import { type ReadinessVerdict, readinessVerdict } from './verdict.ts';

export interface ReadinessReport extends ReadinessSummary {
  verdict: ReadinessVerdict;
}

export interface ReadinessContext {
  /** The page's host (URL.hostname, punycode); null for a file or standard input. */
  pageHost: string | null;
  /** The hosting verdict, when the page's server location is known or was looked for. */
  hosting: HostingVerdict | null;
  /** The licences found on the page, when it was scanned. */
  report: PageReport | null;
}

export function readinessReport(
  tally: ReadinessTally,
  context: ReadinessContext,
  matcher?: HostMatcher,
): ReadinessReport {
  const summary = summarise(tally, context.pageHost, matcher);
  return { ...summary, verdict: readinessVerdict(summary, context.hosting, context.report) };
}
