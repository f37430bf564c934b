// Reading one block: the run of inline content around a node, under its nearest block-level
// ancestor. Inline elements are joined with no separator (`京ICP备<span>12345678</span>号` reads
// whole), `<br>` and block boundaries become '\n', alt text is read where the image stands. The line
// breaks of the source's indentation between tags render as a space: they are read as SOURCE_BREAK,
// so cleanText can tell them from a '\n' the page shows.
import type { Region } from '../core/types.ts';
import { findSpans } from './marker-spans.ts';
import { ALT_TAGS, ELEMENT_NODE, isBlock, isSkipped, TEXT_NODE } from './tags.ts';

/**
 * A run: the sibling nodes `nodes[from..to]` of `container`, none of them block-level. Siblings are
 * walked by index, not by nextSibling: happy-dom (the command line) finds a sibling by searching
 * its parent's child list, which makes long runs quadratic.
 */
export interface Run {
  /** Nearest block-level ancestor, or the shadow root / fragment the run sits in. */
  container: Node | null;
  nodes: ArrayLike<Node>;
  from: number;
  to: number;
}

function isBlockNode(node: Node | undefined): boolean {
  return node !== undefined && node.nodeType === ELEMENT_NODE && isBlock(node as Element);
}

/**
 * The run that contains `node` (a text node or an inline element such as an image). `consumed`
 * says whether a node was read already: checked on the run's top node before its siblings are
 * scanned, so hits in a run that was read (or cut) cost only a walk up, never a sibling scan.
 */
export function findRun(node: Node, consumed: ReadonlyMap<Node, unknown>): Run | null {
  let top = node;
  let parent = node.parentNode;
  while (parent && parent.nodeType === ELEMENT_NODE && !isBlock(parent as Element)) {
    top = parent;
    parent = parent.parentNode;
  }
  if (consumed.has(top)) return null;
  const nodes: ArrayLike<Node> = parent ? parent.childNodes : [top];
  const at = Array.prototype.indexOf.call(nodes, top);
  let from = at;
  while (from > 0 && !isBlockNode(nodes[from - 1])) from--;
  let to = at;
  while (to < nodes.length - 1 && !isBlockNode(nodes[to + 1])) to++;
  return { container: parent, nodes, from, to };
}

/**
 * Stands for a line break of the source's indentation: a control character no page text uses (read as
 * a space anyway). Not a noncharacter such as U+FDD0: Chromium refuses a content script holding one
 * as not UTF-8.
 */
const SOURCE_BREAK = '\u001F';

const hasBreak = (text: string) => text.includes('\n') || text.includes('\r');

/**
 * A text node's value with the whitespace at its edges, when it breaks a line, read as SOURCE_BREAK:
 * that is the indentation between tags. A break inside the text (source code shown as text, whose
 * line comments the parser drops line by line) stays a line break.
 */
function sourceText(value: string): string {
  if (!hasBreak(value)) return value;
  const end = value.trimEnd().length;
  if (end === 0) return SOURCE_BREAK;
  const start = value.length - value.trimStart().length;
  const head = value.slice(0, start);
  const tail = value.slice(end);
  return (
    (hasBreak(head) ? SOURCE_BREAK : head) + value.slice(start, end) + (hasBreak(tail) ? SOURCE_BREAK : tail)
  );
}

/** A fresh budget: `nodes` to visit, `maxRunChars` per run. */
export const newBudget = (nodes: number, maxRunChars: number): ReadBudget => ({
  consumed: new Map(),
  nodesLeft: nodes,
  maxRunChars,
  truncated: false,
});

/** Shared bookkeeping of one page scan. */
export interface ReadBudget {
  /**
   * Every node whose text went into a block, with the block's region: a later hit inside it is
   * already read, and a link inside it shares the block's region.
   */
  consumed: Map<Node, Region>;
  /** Nodes left to visit on the whole page; reading stops at 0. */
  nodesLeft: number;
  /** Raw characters one run may contribute before it is cut. */
  maxRunChars: number;
  /** Set when a cap cut something off. */
  truncated: boolean;
}

/**
 * Raw text of a run (before whitespace collapsing). Iterative, so deep nesting cannot overflow the
 * stack. Skips nodes an earlier block already read (a block nested in an inline element), so no text
 * is sent twice. Does not enter shadow roots: those are walked on their own and give their own blocks.
 */
export function readRun(run: Run, budget: ReadBudget, region: Region): string {
  const parts: string[] = [];
  let size = 0;
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  for (let i = run.from; i <= run.to; i++) {
    const sib = run.nodes[i];
    let node: Node | null = sib ?? null;
    while (node) {
      if (budget.nodesLeft <= 0 || size > budget.maxRunChars) {
        budget.truncated = true;
        // The rest of the run is given up on: mark its top nodes so later hits in it cost nothing.
        for (let j = i; j <= run.to; j++) {
          const rest = run.nodes[j];
          if (rest && !budget.consumed.has(rest)) budget.consumed.set(rest, region);
        }
        return parts.join('');
      }
      budget.nodesLeft--;
      let descend = false;
      if (!budget.consumed.has(node)) {
        // (a consumed node was read before, as part of another block)
        budget.consumed.set(node, region);
        if (node.nodeType === TEXT_NODE) {
          push(sourceText(node.nodeValue ?? ''));
        } else if (node.nodeType === ELEMENT_NODE) {
          const el = node as Element;
          const name = el.localName;
          if (name === 'br') push('\n');
          else if (!isSkipped(el)) {
            if (ALT_TAGS.has(name)) {
              const alt = el.getAttribute('alt');
              if (alt) push(alt);
            }
            if (isBlock(el)) push('\n'); // a block nested in an inline element
            descend = true;
          }
        }
      }
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      // Next node in document order within `sib`, closing nested blocks on the way up.
      while (node && node !== sib && !node.nextSibling) {
        node = node.parentNode;
        if (node && isBlockNode(node)) push('\n');
      }
      node = node && node !== sib ? node.nextSibling : null;
    }
  }
  return parts.join('');
}

const TEMPLATE_COMMENT_RE = /<%--[\s\S]*?--%>/g;
/** A closer and its line before it; a source line ends at SOURCE_BREAK too. */
const TEMPLATE_COMMENT_TAIL_RE = new RegExp(
  `(^|${SOURCE_BREAK})[^\\n\\r\\u2028\\u2029${SOURCE_BREAK}]*?--%>`,
  'gm',
);
/** A run of whitespace, source breaks included. */
const WHITESPACE_RE = new RegExp(`[\\s${SOURCE_BREAK}]+`, 'g');

/**
 * Drops JSP/ASP comments `<%-- … --%>` served raw: source, never what the page means to show.
 * A browser keeps them as text (its parser does not know `<%`), so whole pairs are removed. happy-dom
 * instead reads `<%--` as the start of a tag and swallows it, leaving `…京ICP备…号--%>` behind: so a
 * closer with no opener also drops its line up to the closer.
 */
function dropTemplateComments(raw: string): string {
  if (!raw.includes('--%>')) return raw;
  return raw.replace(TEMPLATE_COMMENT_RE, ' ').replace(TEMPLATE_COMMENT_TAIL_RE, '$1 ');
}

/**
 * Collapses each whitespace run to one space, or one '\n' when it holds a line break the page shows
 * (not a SOURCE_BREAK), and trims.
 */
export function cleanText(raw: string): string {
  const text = dropTemplateComments(raw);
  return text.replace(WHITESPACE_RE, (ws) => (/[\n\r\u2028\u2029]/.test(ws) ? '\n' : ' ')).trim();
}

/** At most this many marker occurrences of one long text get a window. */
export const MAX_WINDOW_MARKERS = 1000;

/**
 * Text longer than `maxChars` is cut into windows of ±`radius` around each marker occurrence, merged
 * while they overlap and fit, so a marker's neighbourhood is never dropped. `cut` says markers beyond
 * MAX_WINDOW_MARKERS were left out.
 */
export function windowsAround(
  text: string,
  maxChars: number,
  radius = 300,
): { windows: string[]; cut: boolean } {
  if (text.length <= maxChars) return { windows: [text], cut: false };
  const r = Math.min(radius, Math.floor(maxChars / 2));
  // The scan's own marker search (marker-spans.ts): one copy of it in the content script.
  const offsets = findSpans(text, MAX_WINDOW_MARKERS + 1).starts;
  const cut = offsets.length > MAX_WINDOW_MARKERS;
  const windows: string[] = [];
  let from = -1;
  let to = -1;
  for (const offset of offsets.slice(0, MAX_WINDOW_MARKERS)) {
    const s = Math.max(0, offset - r);
    const e = Math.min(text.length, offset + r);
    if (from >= 0 && s <= to && e - from <= maxChars) {
      to = e;
      continue;
    }
    if (from >= 0) windows.push(text.slice(from, to).trim());
    from = s;
    to = e;
  }
  if (from >= 0) windows.push(text.slice(from, to).trim());
  return { windows, cut };
}
