// The page scan shared by the content script (browser Document) and the command line (happy-dom).
// Only `doc`'s own APIs are used: no `document`, `window`, `NodeFilter` or `getComputedStyle`, no
// innerText, no layout.
//
//   1. footer roots (footer.ts) are walked first, so a page too big for the node budget still has
//      its footer read; their blocks get region 'footer';
//   2. then the rest of the body, skipping the footer roots; region 'body' (or 'footer' for a
//      footer inside a shadow root);
//   3. open shadow roots met on the way are walked after the tree they sit in.
// One TreeWalker per root visits elements and text. A text node (or an alt/title attribute) that
// passes `hasMarker` is a hit; its run of inline content (block-text.ts) is read once and becomes a
// block if it holds a digit. Hidden text counts: a footer with `display:none` is still printed.
import { hasMarker, isLoneLabelChar } from '../core/markers.ts';
import type { LinkHint, OfficialLink, Region, TextBlock } from '../core/types.ts';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_LINKS } from '../messaging/limits.ts';
import { cleanText, findRun, type ReadBudget, readRun, windowsAround } from './block-text.ts';
import { insideSpanningComment } from './comments.ts';
import { findFooterRoots, isFooterElement } from './footer.ts';
import { linkHintHref } from './links.ts';
import { RegistryLinks } from './official-links.ts';
import {
  DOCUMENT_FRAGMENT_NODE,
  ELEMENT_NODE,
  isSkipped,
  SHOW_ELEMENT,
  SHOW_TEXT,
  TEXT_NODE,
} from './tags.ts';

export interface PageScan {
  blocks: TextBlock[];
  links: LinkHint[];
  truncated: boolean;
}

export interface CollectedPage extends PageScan {
  /** anchors[i] is the element block i was read from (for "show on page"); never sent. */
  anchors: Element[];
}

export interface CollectLimits {
  maxBlocks: number;
  maxBlockChars: number;
  maxLinks: number;
  /** Nodes visited on the whole page (walk plus block reading). */
  maxNodes: number;
  /** Raw characters read for one run of inline text. */
  maxRunChars: number;
  maxShadowRoots: number;
}

export const DEFAULT_LIMITS: CollectLimits = {
  maxBlocks: MAX_BLOCKS,
  maxBlockChars: MAX_BLOCK_CHARS,
  maxLinks: MAX_LINKS,
  maxNodes: 200_000,
  maxRunChars: 100_000,
  maxShadowRoots: 256,
};

const DIGIT_RE = /[0-9０-９]/;
const TITLE_ATTRS = ['title', 'aria-label'] as const;
const ALT_TAGS: ReadonlySet<string> = new Set(['img', 'area', 'input']);

interface Pending {
  text: string;
  region: Region;
  anchor: Element;
  /** From a title attribute: dropped when some other block already holds the same text. */
  fromAttribute: boolean;
}

/** The node after the walker's current node and its subtree, or null at the end of the root. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Walks up through shadow hosts: the element a node belongs to for region and anchor purposes. */
function hostElement(node: Node | null): Element | null {
  let n = node;
  while (n && n.nodeType !== ELEMENT_NODE) {
    n = n.nodeType === DOCUMENT_FRAGMENT_NODE ? ((n as ShadowRoot).host ?? null) : n.parentNode;
  }
  return n as Element | null;
}

/**
 * Footer roots, or none when the selector engine gives up: happy-dom's querySelectorAll recurses and
 * overflows the stack on pathologically deep trees. The body walk still reads everything then.
 */
function safeFooterRoots(body: Element): Element[] {
  try {
    return findFooterRoots(body);
  } catch {
    return [];
  }
}

class Collector {
  readonly limits: CollectLimits;
  readonly budget: ReadBudget;
  readonly footerRoots: Set<Element>;
  readonly body: Element;
  readonly footer: Pending[] = [];
  readonly rest: Pending[] = [];
  readonly links: LinkHint[] = [];
  readonly hrefs = new Set<string>();
  readonly shadowQueue: ShadowRoot[] = [];
  readonly registryLinks = new RegistryLinks();
  shadowSeen = 0;
  /** Region forced for the current walk ('footer' while walking footer roots). */
  forced: Region | null = null;
  stopped = false;

  constructor(body: Element, limits: CollectLimits) {
    this.body = body;
    this.limits = limits;
    this.budget = {
      consumed: new Map(),
      nodesLeft: limits.maxNodes,
      maxRunChars: limits.maxRunChars,
      truncated: false,
    };
    this.footerRoots = new Set(safeFooterRoots(body));
  }

  get blockCount(): number {
    return this.footer.length + this.rest.length;
  }

  regionOf(node: Node): Region {
    if (this.forced) return this.forced;
    for (let el = hostElement(node); el && el !== this.body; el = hostElement(el.parentNode)) {
      if (this.footerRoots.has(el) || isFooterElement(el)) return 'footer';
    }
    return 'body';
  }

  add(text: string, region: Region, anchor: Element, fromAttribute: boolean): void {
    const clean = cleanText(text);
    if (!clean) return;
    const { windows, cut } = windowsAround(clean, this.limits.maxBlockChars);
    if (cut) this.budget.truncated = true;
    for (const piece of windows) {
      // Cleaning may have removed the marker (a JSP comment); a number always has a digit.
      if (!DIGIT_RE.test(piece) || !hasMarker(piece)) continue;
      if (this.blockCount >= this.limits.maxBlocks) {
        this.budget.truncated = true;
        this.stopped = true;
        return;
      }
      (region === 'footer' ? this.footer : this.rest).push({ text: piece, region, anchor, fromAttribute });
    }
  }

  /** A text node or an element with marked alt text: read its run once. */
  hit(node: Node): void {
    if (this.budget.consumed.has(node) || insideSpanningComment(node)) return;
    const run = findRun(node, this.budget.consumed);
    const start = run?.nodes[run.from];
    if (!run || !start || this.budget.consumed.has(start)) return;
    const single = run.from === run.to && start.nodeType === ELEMENT_NODE;
    const anchor = single ? (start as Element) : (hostElement(run.container) ?? hostElement(node));
    if (!anchor) return;
    const region = this.regionOf(anchor);
    this.add(readRun(run, this.budget, region), region, anchor, false);
  }

  visitElement(el: Element): void {
    if (el.shadowRoot) {
      if (this.shadowSeen++ < this.limits.maxShadowRoots) this.shadowQueue.push(el.shadowRoot);
      else this.budget.truncated = true;
    }
    const name = el.localName;
    if (ALT_TAGS.has(name)) {
      const alt = el.getAttribute('alt');
      if (alt && hasMarker(alt)) this.hit(el);
    }
    // Most elements have no attribute at all: one call instead of a lookup per name.
    if (!el.hasAttributes()) return;
    for (const attr of TITLE_ATTRS) {
      const value = el.getAttribute(attr);
      if (value && hasMarker(value)) this.add(value, this.regionOf(el), el, true);
    }
    this.registryLinks.visit(el);
    const href = linkHintHref(el);
    if (href !== null && !this.hrefs.has(href)) {
      if (this.links.length >= this.limits.maxLinks) this.budget.truncated = true;
      else {
        this.hrefs.add(href);
        this.links.push({ href, region: this.budget.consumed.get(el) ?? this.regionOf(el) });
      }
    }
  }

  /** Walks one root (an element or a shadow root), skipping script/style/… and, if asked, footer roots. */
  walk(root: Node, skipFooterRoots: boolean): void {
    if (this.stopped) return;
    const doc = root.ownerDocument;
    if (!doc) return;
    if (root.nodeType === ELEMENT_NODE) this.visitElement(root as Element);
    // No filter callback: calling into JS for every node was most of the scan's time in Chromium
    // (bench/scan.ts). Skipped subtrees are stepped over by hand instead.
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    let node = walker.nextNode();
    while (node) {
      if (this.stopped) return;
      const text = node.nodeType === TEXT_NODE;
      if (
        !text &&
        (isSkipped(node as Element) || (skipFooterRoots && this.footerRoots.has(node as Element)))
      ) {
        node = nextOutside(walker);
        continue;
      }
      if (this.budget.nodesLeft-- <= 0) {
        this.budget.truncated = true;
        this.stopped = true;
        return;
      }
      if (text) {
        const data = node.nodeValue;
        if (data && (hasMarker(data) || isLoneLabelChar(data))) this.hit(node);
      } else {
        this.visitElement(node as Element);
      }
      node = walker.nextNode();
    }
  }

  /** Walks the shadow roots queued so far (and any they reveal). */
  drainShadows(skipFooterRoots: boolean): void {
    for (let root = this.shadowQueue.shift(); root && !this.stopped; root = this.shadowQueue.shift()) {
      this.walk(root, skipFooterRoots);
    }
  }

  run(): CollectedPage {
    this.forced = 'footer';
    for (const root of this.footerRoots) this.walk(root, false);
    this.drainShadows(false);
    this.forced = null;
    this.walk(this.body, true);
    this.drainShadows(true);
    return this.result();
  }

  result(): CollectedPage {
    const all = [...this.footer, ...this.rest];
    const kept = all.filter(
      (p) => !p.fromAttribute || !all.some((q) => q !== p && q.text.includes(p.text) && !q.fromAttribute),
    );
    const blocks: TextBlock[] = [];
    const anchors: Element[] = [];
    for (const p of kept) {
      const official: OfficialLink[] = this.registryLinks.around(p.anchor);
      blocks.push({ text: p.text, region: p.region, id: blocks.length, official });
      anchors.push(p.anchor);
    }
    const links = [
      ...this.links.filter((l) => l.region === 'footer'),
      ...this.links.filter((l) => l.region === 'body'),
    ];
    return { blocks, links, truncated: this.budget.truncated, anchors };
  }
}

/** Scans `doc` for text that may hold licence numbers. Bounded; `truncated` says a cap was hit. */
export function collectPage(doc: Document, limits: Partial<CollectLimits> = {}): CollectedPage {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { blocks: [], links: [], truncated: false, anchors: [] };
  return new Collector(body, { ...DEFAULT_LIMITS, ...limits }).run();
}
