// HTML text → the page report, the way the command line and the library read a page: happy-dom
// (document.ts, loaded on first use so that `--help`, `parseText` and start-up do not pay for it),
// the page scan the content script uses (src/dom, with the operator context), then the core.
import { analysePage } from '../core/analyse.ts';
import type { ParseOptions } from '../core/parse.ts';
import type { PageReport } from '../core/types.ts';
import { scanPage } from '../dom/scan-page.ts';

export async function reportForHtml(
  html: string,
  url: string | null,
  options: ParseOptions = {},
): Promise<PageReport> {
  const { parseHtml } = await import('./document.ts');
  const page = parseHtml(html, url);
  try {
    const scan = scanPage(page.document);
    return analysePage(scan.blocks, scan.links, scan.truncated, { ...options, context: scan.context });
  } finally {
    await page.close();
  }
}
