// One input of `icp-lens audit`: read it as `scan` does, find the licences and the resources the
// static HTML loads, tally them as the extension tallies a tab's requests, and judge the page.
import { analysePage } from '../../core/analyse.ts';
import { type ReadinessReport, readinessReport } from '../../core/readiness/report.ts';
import { addRequest, emptyTally } from '../../core/readiness/tally.ts';
import type { PageReport } from '../../core/types.ts';
import { collectPage } from '../../dom/collect.ts';
import { parseHtml } from '../document.ts';
import { type HostingResult, pageHosting, pageHostOf, type ResolveHost } from '../hosting.ts';
import { InputError, type ReadOptions, readInput } from '../input.ts';
import { pageResources } from './resources.ts';

export interface AuditOk {
  input: string;
  /** The page URL after redirects; null for standard input. */
  url: string | null;
  /** The page's host; null for a file or standard input. */
  host: string | null;
  licences: PageReport;
  /** Only with --hosting. */
  hosting: HostingResult | null;
  readiness: ReadinessReport;
  /** Resources read from the HTML, to any host. */
  resources: number;
  /** The page had more resources or CSS than is read. */
  truncated: boolean;
}

export type AuditResult = AuditOk | { input: string; error: string };

export interface AuditOptions extends ReadOptions {
  /** Resolve the page's host and place it; null to leave hosting out. */
  resolve: ResolveHost | null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Never throws: failures become `{ error }`. */
export async function auditInput(input: string, options: AuditOptions): Promise<AuditResult> {
  let source: Awaited<ReturnType<typeof readInput>>;
  try {
    source = await readInput(input, options);
  } catch (error) {
    return {
      input,
      error: error instanceof InputError ? error.message : `cannot read ${input}: ${describe(error)}`,
    };
  }
  const page = parseHtml(source.html, source.url);
  let licences: PageReport;
  let found: ReturnType<typeof pageResources>;
  try {
    const scan = collectPage(page.document);
    licences = analysePage(scan.blocks, scan.links, scan.truncated);
    found = pageResources(page.document, source.url);
  } catch (error) {
    return { input, error: `failed to analyse ${input}: ${describe(error)}` };
  } finally {
    await page.close();
  }
  const host = pageHostOf(source.url);
  const tally = emptyTally();
  for (const resource of found.resources) addRequest(tally, resource);
  const hosting = options.resolve
    ? await pageHosting(host, licences, options.resolve, options.timeoutMs)
    : null;
  return {
    input,
    url: source.url,
    host,
    licences,
    hosting,
    readiness: readinessReport(tally, {
      pageHost: host,
      hosting: hosting?.verdict ?? null,
      report: licences,
    }),
    resources: found.resources.length,
    truncated: found.truncated || tally.dropped > 0,
  };
}
