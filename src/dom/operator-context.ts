// Text around the page scan's blocks, for the operator finder (src/core/operator).
//
// The page scan sends only runs of text that hold a licence marker, but a footer usually prints its
// copyright line (© 2024 某某有限公司 版权所有) in a paragraph of its own, next to the numbers. This
// reads, for each block, the element it came from widened to its ancestors while their text stays
// short (a footer, not the whole page), with '\n' at block boundaries as the scan does. Each element is
// read once; an element inside one already read is skipped. Bounded in elements, levels and
// characters.
//
// Native first, as the scan: lengths come from textContent (each element's once per call; the body's
// from the scan, which read it already), and script walks only the few elements chosen, each at most
// one block's worth of text long.
import type { Region, TextBlock } from '../core/types.ts';
import { MAX_BLOCK_CHARS, MAX_CONTEXT_BLOCKS } from '../messaging/limits.ts';
import { cleanText, newBudget, readRun } from './block-text.ts';
import type { CollectedPage } from './collect.ts';
import { isBlock } from './tags.ts';

/** Most characters of text (textContent) an element may hold to be read: one block's worth. */
const MAX_CHARS = MAX_BLOCK_CHARS;
/** Most ancestors climbed above a block's own element. */
const MAX_LEVELS = 3;

/** An element's textContent length, each read once per scan. */
export type TextLength = (el: Element) => number;

/** Lengths read once per element; the body's from the scan, which read it already. */
export function textLengths(
  page: Pick<CollectedPage, 'anchors'> & Partial<Pick<CollectedPage, 'textLength'>>,
  body?: Element | null,
): TextLength {
  const lengths = new Map<Element, number>();
  const root = body ?? page.anchors[0]?.ownerDocument?.body;
  if (root && page.textLength !== undefined) lengths.set(root, page.textLength);
  return (el) => lengths.get(el) ?? lengths.set(el, el.textContent?.length ?? 0).get(el) ?? 0;
}

/** The nearest block-level element at or above `el`. */
function blockOf(el: Element): Element {
  let at: Element = el;
  while (!isBlock(at) && at.parentElement) at = at.parentElement;
  return at;
}

/**
 * A footer landmark holds its own copyright line: the page around it would only add its other text.
 * (Not every footer-ish class: `<p class="copyright">` is small, and its operator may sit beside it.)
 */
const isLandmarkFooter = (el: Element) =>
  el.localName === 'footer' || el.getAttribute('role')?.toLowerCase() === 'contentinfo';

/**
 * The largest element around `el` whose text stays within MAX_CHARS, at most MAX_LEVELS above its
 * block and never above a footer landmark; null when even the block holds more (its own text is
 * all there is to read).
 */
export function widen(el: Element, length: TextLength): Element | null {
  let at = blockOf(el);
  if (length(at) > MAX_CHARS) return null;
  for (let level = 0; level < MAX_LEVELS && !isLandmarkFooter(at); level++) {
    const parent = at.parentElement;
    if (!parent || parent.localName === 'html' || length(parent) > MAX_CHARS) break;
    at = parent;
  }
  return at;
}

/** Reads an element's text as one block reads it: inline joined, '\n' at block boundaries. */
export function elementText(el: Element, maxChars: number): string {
  const run = { container: el.parentNode, nodes: [el], from: 0, to: 0 };
  return cleanText(readRun(run, newBudget(20_000, maxChars), 'footer'));
}

/**
 * Context blocks for the operator finder: ids follow the page's own blocks (page.blocks.length …),
 * region as the block they were read around. A context that reads no more than a block does is left
 * out, so a page whose numbers stand alone sends none.
 */
export function operatorContext(
  page: Pick<CollectedPage, 'blocks' | 'anchors'> & Partial<Pick<CollectedPage, 'textLength'>>,
  length: TextLength = textLengths(page),
): TextBlock[] {
  // Widened elements in page order, each with its block's region; none inside another.
  const chosen = new Map<Element, Region>();
  page.anchors.forEach((anchor, i) => {
    const block = page.blocks[i];
    const el = block && chosen.size < MAX_CONTEXT_BLOCKS ? widen(anchor, length) : null;
    if (!block || !el || [...chosen.keys()].some((c) => c.contains(el))) return;
    for (const c of chosen.keys()) if (el.contains(c)) chosen.delete(c);
    chosen.set(el, block.region);
  });
  const own = new Set(page.blocks.map((b) => b.text));
  const out: TextBlock[] = [];
  for (const [el, region] of chosen) {
    const text = elementText(el, MAX_CHARS).slice(0, MAX_BLOCK_CHARS);
    if (text && !own.has(text)) out.push({ text, region, id: page.blocks.length + out.length });
  }
  return out;
}
