// STUB (being written): shared page scan used by the content script and the command line.
import type { LinkHint, TextBlock } from '../core/types.ts';

export interface PageScan {
  blocks: TextBlock[];
  links: LinkHint[];
  truncated: boolean;
}

export function collectPage(doc: Document): PageScan {
  const text = doc.body?.textContent ?? '';
  return { blocks: [{ text: text.slice(0, 2000), region: 'body', id: 0 }], links: [], truncated: false };
}
