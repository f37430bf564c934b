// The answer to get-readiness: the tab's tally, the page's licences and its hosting verdict, judged
// together (src/core/readiness/report.ts). Only for http(s) pages that are not on a local address;
// a tally recorded for another origin than the page on screen is not used.
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import { HOST_LIST } from '../core/readiness/hosts.ts';
import { readinessReport } from '../core/readiness/report.ts';
import { emptyTally } from '../core/readiness/tally.ts';
import type { ReadinessView } from '../messaging/readiness-view.ts';
import { siteOf } from '../site/site.ts';
import type { ReadinessDoc } from '../storage/readiness-state.ts';
import type { TabState } from '../storage/tab-state.ts';

function webUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

export function readinessAnswer(
  doc: ReadinessDoc | null,
  state: TabState | null,
  hosting: HostingVerdict | null,
): ReadinessView {
  const page = webUrl(state?.url ?? doc?.url);
  if (!page || siteOf(page.href)?.local !== false) return { applies: false };
  const fits = doc !== null && webUrl(doc.url)?.origin === page.origin;
  const tally = fits ? doc.tally : emptyTally();
  return {
    applies: true,
    seen: !fits ? 'none' : doc.fromStart ? 'all' : 'part',
    list: HOST_LIST.date,
    readiness: readinessReport(tally, {
      pageHost: page.hostname,
      hosting,
      report: state?.report ?? null,
    }),
  };
}
