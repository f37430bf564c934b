// The page scan with the text read around its blocks (operator-context.ts): what the content script
// sends, and what the command line and the batch page analyse, so all of them find the same
// operators on the same page.
import type { TextBlock } from '../core/types.ts';
import { type CollectedPage, type CollectLimits, collectPage } from './collect.ts';
import { operatorContext } from './operator-context.ts';

export interface ScannedPage extends CollectedPage {
  /** Text around the blocks, for the operator finder only; empty when it adds nothing. */
  context: TextBlock[];
}

export function scanPage(doc: Document, limits: Partial<CollectLimits> = {}): ScannedPage {
  const page = collectPage(doc, limits);
  return { ...page, context: operatorContext(page) };
}
