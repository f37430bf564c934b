// Text around the page scan's blocks, for the operator finder (src/core/operator).
//
// The page scan sends only runs of text that hold a licence marker, but a footer usually prints its
// copyright line (© 2024 某某有限公司 版权所有) in a paragraph of its own, next to the numbers. This
// reads, for each block, the element it came from widened to its ancestors while their text stays
// short (a footer, not the whole page), with '\n' at block boundaries as the scan does. Each element is
// read once; an element inside one already read is skipped. Bounded in elements, levels and characters.
import type { TextBlock } from '../core/types.ts';
import { cleanText, readRun } from './block-text.ts';
import type { CollectedPage } from './collect.ts';
import { isBlock } from './tags.ts';

export interface ContextLimits {
  /** Most characters of text (textContent) an ancestor may hold to be read. */
  maxChars: number;
  /** Most ancestors climbed above a block's own element. */
  maxLevels: number;
  /** Most context blocks returned. */
  maxBlocks: number;
}

export const DEFAULT_CONTEXT_LIMITS: ContextLimits = { maxChars: 2_000, maxLevels: 3, maxBlocks: 16 };

/** The nearest block-level element at or above `el`. */
function blockOf(el: Element): Element {
  let at: Element = el;
  while (!isBlock(at) && at.parentElement) at = at.parentElement;
  return at;
}

function widen(el: Element, limits: ContextLimits): Element {
  let at = blockOf(el);
  for (let level = 0; level < limits.maxLevels; level++) {
    const parent = at.parentElement;
    if (!parent || parent.localName === 'html') break;
    if ((parent.textContent?.length ?? 0) > limits.maxChars) break;
    at = parent;
  }
  return at;
}

/** Reads an element's text as one block reads it: inline joined, '\n' at block boundaries. */
export function elementText(el: Element, maxChars: number): string {
  const budget = { consumed: new Map(), nodesLeft: 20_000, maxRunChars: maxChars, truncated: false };
  return cleanText(readRun({ container: el.parentNode, nodes: [el], from: 0, to: 0 }, budget, 'footer'));
}

/**
 * Context blocks for the operator finder: ids follow the page's own blocks (page.blocks.length …),
 * region as the block they were read around.
 */
export function operatorContext(
  page: Pick<CollectedPage, 'blocks' | 'anchors'>,
  limits: Partial<ContextLimits> = {},
): TextBlock[] {
  const l = { ...DEFAULT_CONTEXT_LIMITS, ...limits };
  const chosen: Array<{ el: Element; region: TextBlock['region'] }> = [];
  for (const [i, anchor] of page.anchors.entries()) {
    const block = page.blocks[i];
    if (!block) continue;
    const el = widen(anchor, l);
    if (chosen.some((c) => c.el === el || c.el.contains(el))) continue;
    for (let k = chosen.length - 1; k >= 0; k--) if (el.contains(chosen[k]?.el ?? null)) chosen.splice(k, 1);
    if (chosen.length >= l.maxBlocks) break;
    chosen.push({ el, region: block.region });
  }
  const out: TextBlock[] = [];
  for (const { el, region } of chosen) {
    const text = elementText(el, l.maxChars);
    if (text) out.push({ text, region, id: page.blocks.length + out.length });
  }
  return out;
}
