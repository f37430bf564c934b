// The page scan with the text read around its blocks (operator-context.ts) and, when the footer
// gave no block, its owner line (footer-owner.ts): what the content script sends, and what the
// command line and the batch page analyse, so all of them find the same operators on the same page.
import type { TextBlock } from '../core/types.ts';
import { type CollectedPage, type CollectLimits, collectPage } from './collect.ts';
import { footerOwnerLines } from './footer-owner.ts';
import { operatorContext, textLengths } from './operator-context.ts';

export interface ScannedPage extends CollectedPage {
  /** Text around the blocks and the footer's owner line, for the operator finder only. */
  context: TextBlock[];
}

export function scanPage(doc: Document, limits: Partial<CollectLimits> = {}): ScannedPage {
  const page = collectPage(doc, limits);
  const length = textLengths(page, doc.body);
  const context = operatorContext(page, length);
  if (!page.blocks.some((b) => b.region === 'footer'))
    context.push(...footerOwnerLines(doc, page, page.blocks.length + context.length, length));
  return { ...page, context };
}
