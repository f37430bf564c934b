// The footer's owner line when the footer gave the page scan no block: "版权所有 © 2018 运来出行有限公司"
// beside a number left in an HTML comment, or a site outside the mainland that files nothing. The
// scan reads only text holding a licence marker, so without this such a footer's operator is never
// seen. Read only then, and native first: for each footer root the text of the root, or of its last
// part when the root is longer than a block (the copyright line closes a footer), read once.
import { OWNER_CUE_RE } from '../core/operator/owner-cue.ts';
import type { TextBlock } from '../core/types.ts';
import { MAX_BLOCK_CHARS } from '../messaging/limits.ts';
import { type CollectedPage, outermost } from './collect.ts';
import { elementText, type TextLength } from './operator-context.ts';
import { isSkipped } from './tags.ts';

/** Footer roots looked at: the last <footer> elements and the page's tail (else a small body). */
const MAX_ROOTS = 3;
/** A root with more text than this is not a footer but most of the page. */
const MAX_ROOT_CHARS = 16 * 1024;
/** Levels of last children descended into, looking for a block's worth of text. */
const MAX_LEVELS = 4;

/** The last element child that renders something (not a trailing script or style). */
function lastShown(el: Element): Element | null {
  let child = el.lastElementChild;
  while (child && isSkipped(child)) child = child.previousElementSibling;
  return child;
}

/**
 * Owner lines of the page's footer, as context blocks numbered from `firstId`. The tail roots are
 * the scan's own (`page.tails`), not found a second time.
 */
export function footerOwnerLines(
  doc: Document,
  page: Pick<CollectedPage, 'tails'>,
  firstId: number,
  length: TextLength,
): TextBlock[] {
  const body = doc.body;
  if (!body) return [];
  let roots = outermost(new Set([...Array.from(body.getElementsByTagName('footer')), ...page.tails]));
  // A page too small to have a tail by structure (one paragraph) is read whole, as body text.
  const region = roots.length > 0 ? 'footer' : 'body';
  if (roots.length === 0) roots = [body];
  const out: TextBlock[] = [];
  for (const root of roots.slice(-MAX_ROOTS)) {
    let el: Element | null = length(root) <= MAX_ROOT_CHARS ? root : null;
    for (let level = 0; el && length(el) > MAX_BLOCK_CHARS && level < MAX_LEVELS; level++) el = lastShown(el);
    if (!el || length(el) > MAX_BLOCK_CHARS || !OWNER_CUE_RE.test(el.textContent ?? '')) continue;
    const text = elementText(el, MAX_BLOCK_CHARS);
    if (text) out.push({ text, region, id: firstId + out.length });
  }
  return out;
}
