// STUB (being written): turns the blocks of one page into a report.
import type { LinkHint, PageReport, TextBlock } from './types.ts';

export function analysePage(
  blocks: readonly TextBlock[],
  _links: readonly LinkHint[],
  truncated = false,
): PageReport {
  void blocks;
  return { licences: [], primary: null, hints: [], truncated };
}
