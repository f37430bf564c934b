// The same scan as the content script and the command line, on fetched HTML: DOMParser gives an
// inert document (no script runs, nothing is loaded), collectPage reads it, the core analyses it.
import { analysePage } from '../core/analyse.ts';
import type { PageReport } from '../core/types.ts';
import { scanPage } from '../dom/scan-page.ts';

export function scanHtml(html: string, parser: DOMParser = new DOMParser()): PageReport {
  const doc = parser.parseFromString(html, 'text/html');
  const scan = scanPage(doc);
  return analysePage(scan.blocks, scan.links, scan.truncated, { context: scan.context });
}
