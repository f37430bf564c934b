// Finding the text nodes that may hold a licence number, touching from script only the part of the
// tree that holds a marker. In a content script every node script touches needs a wrapper of its
// own, so the browser does the bulk work: a root's text is read once (textContent), and a child's
// text is known from its parent's text (marker-spans.ts) or read natively.
//
// A hit is what the page scan reads a block around: a text node with a marker, or one that is only
// 备 or 证 (footers spelled one character per element). A lone character gives a block only in a
// run that holds a marker; elsewhere it matters only inside inline content, whose run reads it
// unless its own (empty) block read it first, so lone characters are looked for there and only there.
//
// Subtrees that name themselves a footer are searched first, so a page too big for the node budget
// still has its footer read.
import { hasMarker, isLoneLabelChar } from '../core/markers.ts';
import type { ReadBudget } from './block-text.ts';
import { findSpans, type MarkerSpans, mayHoldMarker, sliceHasMarker, spansOfSlice } from './marker-spans.ts';
import { readText } from './read-text.ts';
import { CDATA_SECTION_NODE, ELEMENT_NODE, isBlock, isSkipped, TEXT_NODE } from './tags.ts';

/** The characters `isLoneLabelChar` accepts: a subtree without any holds no lone label character. */
const LONE_CHAR_RE = /[备備证證]/;

interface Task {
  node: ParentNode;
  /** The node's text and its marker spans; null for an unmarked subtree searched for lone characters. */
  text: string;
  spans: MarkerSpans | null;
  /** Inside an inline element: the whole subtree belongs to a run read from above. */
  inline: boolean;
}

export interface HitSearch {
  budget: ReadBudget;
  /** Searched before everything else (footer subtrees). */
  first(el: Element): boolean;
}

/** Length a child adds to its parent's textContent without reading it, or null for an element. */
function ownLength(node: Node): number | null {
  const type = node.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE) return (node as CharacterData).data.length;
  return type === ELEMENT_NODE ? null : 0; // comments, processing instructions
}

interface Child {
  node: ChildNode;
  /** Offset of the child's text in its parent's text, and the text; null when it holds no marker. */
  from: number;
  text: string | null;
}

interface Children {
  children: Child[];
  /** Text of the children left unread (they hold no marker). */
  middle: string;
}

/**
 * The children of a marked node with their texts, reading as few as possible: children are read
 * from both ends inwards until the unread middle holds no marker; a last unread child is a slice of
 * the parent's text. If the texts do not add up (a custom textContent), every child is read.
 */
function childTexts(text: string, spans: MarkerSpans, kids: ChildNode[]): Children {
  const out: Child[] = kids.map((node) => ({ node, from: -1, text: null }));
  const done = (middle: string) => ({ children: out, middle });
  let lo = 0;
  let hi = kids.length - 1;
  let start = 0;
  let end = text.length;
  let fromBack = true;
  while (lo <= hi && start <= end) {
    const front = kids[lo] as ChildNode;
    const back = kids[hi] as ChildNode;
    const frontLength = ownLength(front);
    const backLength = ownLength(back);
    if (frontLength !== null) {
      out[lo] = { node: front, from: start, text: text.slice(start, start + frontLength) };
      start += frontLength;
      lo++;
    } else if (backLength !== null) {
      end -= backLength;
      out[hi] = { node: back, from: end, text: text.slice(end, end + backLength) };
      hi--;
    } else if (!mayHoldMarker(spans, start, end)) {
      return done(text.slice(start, end));
    } else if (lo === hi) {
      out[lo] = { node: front, from: start, text: text.slice(start, end) };
      return done('');
    } else if (fromBack) {
      const own = readText(back);
      end -= own.length;
      out[hi] = { node: back, from: end, text: own };
      hi--;
      fromBack = false;
    } else {
      const own = readText(front);
      out[lo] = { node: front, from: start, text: own };
      start += own.length;
      lo++;
      fromBack = true;
    }
  }
  if (start <= end) return done('');
  const read = kids.map((node) => ({ node, from: -1, text: readText(node) }));
  return { children: read, middle: '' };
}

export function findTextHits(root: ParentNode, rootText: string, rootSpans: MarkerSpans, search: HitSearch) {
  const hits: Node[] = [];
  const { budget } = search;
  const firstTasks: Task[] = [];
  const tasks: Task[] = [{ node: root, text: rootText, spans: rootSpans, inline: false }];
  const push = (task: Task) =>
    (task.node.nodeType === ELEMENT_NODE && search.first(task.node as Element) ? firstTasks : tasks).push(
      task,
    );

  for (let task = firstTasks.pop() ?? tasks.pop(); task; task = firstTasks.pop() ?? tasks.pop()) {
    // Counted before the children are touched: a node with a million children costs nothing, and
    // what is left of the budget stays for reading the hits found so far.
    const count = task.node.childNodes.length;
    if (count > budget.nodesLeft) {
      budget.truncated = true;
      continue;
    }
    budget.nodesLeft -= count;
    const kids = Array.from(task.node.childNodes);
    if (task.spans === null) searchLoneChars(kids, hits, push);
    else searchMarked(task, task.spans, kids, hits, push);
  }
  return hits;
}

function searchMarked(
  task: Task,
  spans: MarkerSpans,
  kids: ChildNode[],
  hits: Node[],
  push: (task: Task) => void,
): void {
  const { children, middle } = childTexts(task.text, spans, kids);
  const middleLone = LONE_CHAR_RE.test(middle);
  for (const { node, from, text: own } of children) {
    const marked = own !== null && (from < 0 ? hasMarker(own) : sliceHasMarker(spans, from, own));
    if (node.nodeType !== ELEMENT_NODE) {
      if (node.nodeType !== TEXT_NODE) continue; // (CDATA sections count for lengths only)
      if (marked || isLoneLabelChar((node as CharacterData).data)) hits.push(node);
      continue;
    }
    const el = node as Element;
    if (isSkipped(el)) continue;
    const inline = task.inline || !isBlock(el);
    if (marked && own !== null) {
      const childSpans = from < 0 ? findSpans(own) : spansOfSlice(spans, from, own);
      push({ node: el, text: own, spans: childSpans, inline });
    } else if (inline && (own !== null || middleLone)) {
      const t = own ?? readText(el);
      if (LONE_CHAR_RE.test(t)) push({ node: el, text: t, spans: null, inline });
    }
  }
}

/** Lone label characters in an unmarked subtree inside inline content. */
function searchLoneChars(kids: ChildNode[], hits: Node[], push: (task: Task) => void): void {
  for (const node of kids) {
    if (node.nodeType !== ELEMENT_NODE) {
      if (node.nodeType === TEXT_NODE && isLoneLabelChar((node as CharacterData).data)) hits.push(node);
      continue;
    }
    const el = node as Element;
    if (isSkipped(el)) continue;
    const own = readText(el);
    if (LONE_CHAR_RE.test(own)) push({ node: el, text: own, spans: null, inline: true });
  }
}
