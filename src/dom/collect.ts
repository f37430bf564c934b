// The page scan shared by the content script (browser Document) and the command line (happy-dom).
// Only `doc`'s own APIs are used: no `document`, `window`, `NodeFilter` or `getComputedStyle`, no
// innerText, no layout.
//
// Native first: the content script runs in an isolated world, where every node script touches gets
// a wrapper of its own, so the browser does the bulk work and script touches only what may hold a
// number:
//   1. the root's text is read once (textContent) and searched once for markers; a page without a
//      marker is not descended at all, and a marked one only along its marked subtrees
//      (text-hits.ts), footer subtrees first;
//   2. one selector query finds the elements to look at one by one (candidates.ts): title, aria-label
//      and alt text, registry and number links, possible shadow hosts; on a large page only in its
//      footers and around the text hits, where it would otherwise cost as much as the text read;
//   3. the hits and elements inside footer roots (footer.ts, regions.ts) are read first, in document
//      order, and their blocks get region 'footer'; then the rest of the page; open shadow roots met
//      on the way are scanned the same way after the tree they sit in.
// A hit's run of inline content (block-text.ts) is read once and becomes a block if it holds a digit.
// Hidden text counts: a footer with `display:none` is still printed.
import { hasMarker } from '../core/markers.ts';
import type { LinkHint, OfficialLink, Region, TextBlock } from '../core/types.ts';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_LINKS } from '../messaging/limits.ts';
import { cleanText, findRun, newBudget, type ReadBudget, readRun, windowsAround } from './block-text.ts';
import { findCandidates } from './candidates.ts';
import { insideSpanningComment } from './comments.ts';
import { safeTailRoots } from './footer.ts';
import { linkHintHref } from './links.ts';
import { findSpans, hasSpans } from './marker-spans.ts';
import { RegistryLinks } from './official-links.ts';
import { readText } from './read-text.ts';
import { hostElement, Regions } from './regions.ts';
import { ALT_TAGS, ELEMENT_NODE, isBlock, isSkipped, SHOW_ELEMENT, TEXT_NODE } from './tags.ts';
import { findTextHits } from './text-hits.ts';

export interface PageScan {
  blocks: TextBlock[];
  links: LinkHint[];
  truncated: boolean;
}

export interface CollectedPage extends PageScan {
  /** anchors[i] is the element block i was read from (for "show on page"); never sent. */
  anchors: Element[];
  /** Characters of the body's text, as the scan read it once; never sent. */
  textLength: number;
  /** The page's tail by structure (footer.ts), as the scan found it; never sent. */
  tails: Element[];
}

export interface CollectLimits {
  maxBlocks: number;
  maxBlockChars: number;
  maxLinks: number;
  /**
   * Nodes script touches on the whole page (descent, elements looked at, block reading). A page with
   * more elements than this is looked through for attributes, links and shadow roots only in its
   * footer, and the scan says it was truncated.
   */
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

/**
 * A page with this much text is large: one candidate query over all of it costs about as much as
 * reading its text (15 ms on 100,000 elements), so attributes, links and shadow hosts are looked for
 * only where a number may be (footers, and around the text hits). Only such pages are counted for
 * `maxNodes`: counting costs a pass over the page.
 */
const LARGE_PAGE_CHARS = 256 * 1024;
/** Text hits whose surroundings are looked through on a large page; beyond, the whole page is. */
const MAX_HIT_ROOTS = 256;

const DIGIT_RE = /[0-9０-９]/;
const TITLE_ATTRS = ['title', 'aria-label'] as const;

interface Pending {
  text: string;
  region: Region;
  anchor: Element;
  /** From a title attribute: dropped when some other block already holds the same text. */
  fromAttribute: boolean;
}

/** Whether `el` sits inside an element whose content is never read (script, noscript, object …). */
function insideSkipped(el: Element, root: Node): boolean {
  for (let p = el.parentNode; p && p !== root; p = p.parentNode) {
    if (p.nodeType === ELEMENT_NODE && isSkipped(p as Element)) return true;
  }
  return false;
}

/** The element after `walker`'s current one outside its subtree, or null at the end of the root. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Every element under `root` outside skipped subtrees: when the selector engine gives up. */
function allElements(root: Node, max: number): Element[] {
  const doc = root.ownerDocument;
  if (!doc) return [];
  const out: Element[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  let node = walker.nextNode();
  while (node && out.length < max) {
    if (isSkipped(node as Element)) {
      node = nextOutside(walker);
      continue;
    }
    out.push(node as Element);
    node = walker.nextNode();
  }
  return out;
}

/** The nearest block-level element at or above `node`'s parent, short of `root`. */
function blockAround(node: Node, root: Element): Element | null {
  let el = node.parentElement;
  while (el && el !== root && !isBlock(el)) el = el.parentElement;
  return el && el !== root ? el : null;
}

/** The roots not inside another root. */
export function outermost(roots: Iterable<Element>): Element[] {
  const all = [...roots];
  return all.filter((r) => !all.some((o) => o !== r && o.contains(r)));
}

/** Document order; `a` and `b` are distinct nodes of one tree. */
const byPosition = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4 ? -1 : 1);

class Collector {
  readonly #limits: CollectLimits;
  readonly #budget: ReadBudget;
  readonly #body: Element;
  readonly #tails: Element[];
  readonly #regions: Regions;
  readonly #footer: Pending[] = [];
  readonly #rest: Pending[] = [];
  readonly #links: LinkHint[] = [];
  readonly #hrefs = new Set<string>();
  readonly #registryLinks = new RegistryLinks();
  /** Shadow roots met while reading footer roots, and elsewhere. */
  readonly #shadowQueues: Record<Region, ShadowRoot[]> = { footer: [], body: [] };
  #shadowSeen = 0;
  /** Region forced while reading footer roots and the shadow roots found in them. */
  #forced: Region | null = null;
  #stopped = false;
  #textLength = 0;

  constructor(body: Element, limits: CollectLimits) {
    this.#body = body;
    this.#limits = limits;
    this.#budget = newBudget(limits.maxNodes, limits.maxRunChars);
    this.#tails = safeTailRoots(body);
    this.#regions = new Regions(body, new Set(this.#tails));
  }

  get #blockCount(): number {
    return this.#footer.length + this.#rest.length;
  }

  #regionOf(node: Node): Region {
    return this.#forced ?? this.#regions.of(node);
  }

  #add(text: string, region: Region, anchor: Element, fromAttribute: boolean): void {
    const clean = cleanText(text);
    if (!clean) return;
    const { windows, cut } = windowsAround(clean, this.#limits.maxBlockChars);
    if (cut) this.#budget.truncated = true;
    for (const piece of windows) {
      // Cleaning may have removed the marker (a JSP comment); a number always has a digit.
      if (!DIGIT_RE.test(piece) || !hasMarker(piece)) continue;
      if (this.#blockCount >= this.#limits.maxBlocks) {
        this.#budget.truncated = true;
        this.#stopped = true;
        return;
      }
      (region === 'footer' ? this.#footer : this.#rest).push({ text: piece, region, anchor, fromAttribute });
    }
  }

  /** A text node or an element with marked alt text: read its run once. */
  #hit(node: Node): void {
    if (this.#budget.consumed.has(node) || insideSpanningComment(node)) return;
    const run = findRun(node, this.#budget.consumed);
    const start = run?.nodes[run.from];
    if (!run || !start || this.#budget.consumed.has(start)) return;
    const single = run.from === run.to && start.nodeType === ELEMENT_NODE;
    const anchor = single ? (start as Element) : (hostElement(run.container) ?? hostElement(node));
    if (!anchor) return;
    const region = this.#regionOf(anchor);
    this.#add(readRun(run, this.#budget, region), region, anchor, false);
  }

  /** An element the candidate query returned (or the body): shadow root, alt, title, links. */
  #visitElement(el: Element, root: Node): void {
    let skipped: boolean | undefined;
    // Asked only once something would be taken from the element: most candidates give nothing.
    const readable = () => {
      skipped ??= isSkipped(el) || insideSkipped(el, root);
      return !skipped;
    };
    if (el.shadowRoot && readable()) {
      const queue = this.#shadowQueues[this.#forced ?? 'body'];
      if (this.#shadowSeen++ < this.#limits.maxShadowRoots) queue.push(el.shadowRoot);
      else this.#budget.truncated = true;
    }
    const name = el.localName;
    if (ALT_TAGS.has(name)) {
      const alt = el.getAttribute('alt');
      if (alt && hasMarker(alt) && readable()) this.#hit(el);
    }
    for (const attr of TITLE_ATTRS) {
      const value = el.getAttribute(attr);
      if (value && hasMarker(value) && readable()) this.#add(value, this.#regionOf(el), el, true);
    }
    if (name !== 'a' && name !== 'area') return;
    if (!readable()) return;
    this.#registryLinks.visit(el);
    const href = linkHintHref(el);
    if (href !== null && !this.#hrefs.has(href)) {
      if (this.#links.length >= this.#limits.maxLinks) this.#budget.truncated = true;
      else {
        this.#hrefs.add(href);
        this.#links.push({ href, region: this.#budget.consumed.get(el) ?? this.#regionOf(el) });
      }
    }
  }

  /** Whether an element under `root` is more than the node budget allows to look through. */
  #tooLarge(root: Element, textLength: number): boolean {
    if (textLength < LARGE_PAGE_CHARS) return false;
    return root.getElementsByTagName('*').item(this.#limits.maxNodes) !== null;
  }

  /**
   * Candidates of a large page: in its footers, and in the block around each text hit with the link
   * that wraps it (a registry link around a number). Null when there are too many hits for that.
   */
  #localCandidates(root: Element, hits: readonly Node[], tooLarge: boolean): Element[] | null {
    if (hits.length > MAX_HIT_ROOTS && !tooLarge) return null;
    const roots = new Set<Element>([...this.#tails, ...Array.from(root.getElementsByTagName('footer'))]);
    const links = new Set<Element>();
    for (const hit of hits.slice(0, MAX_HIT_ROOTS)) {
      const block = blockAround(hit, root);
      if (block) roots.add(block);
      const link = hit.parentElement?.closest('a[href], area[href]');
      if (link && link !== root && root.contains(link)) links.add(link);
    }
    const found = new Set(outermost(roots).flatMap((r) => [r, ...(findCandidates(r) ?? [])]));
    for (const link of links) found.add(link);
    return [...found].sort(byPosition);
  }

  /** Elements to look at one by one under `root` (an element or a shadow root), in document order. */
  #candidates(root: Element | ShadowRoot, textLength: number, hits: readonly Node[]): Element[] {
    const isElement = root.nodeType === ELEMENT_NODE;
    if (isElement && textLength >= LARGE_PAGE_CHARS) {
      const tooLarge = this.#tooLarge(root as Element, textLength);
      // A page with more elements than the node budget is said to be truncated.
      if (tooLarge) this.#budget.truncated = true;
      const local = this.#localCandidates(root as Element, hits, tooLarge);
      if (local) return local;
    }
    const found = findCandidates(root) ?? allElements(root, this.#budget.nodesLeft);
    return isElement ? [root as Element, ...found] : found;
  }

  /** Text hits and candidate elements under `root`, in document order. */
  #gather(root: Element | ShadowRoot): Node[] {
    const text = readText(root);
    if (root === this.#body) this.#textLength = text.length;
    const spans = findSpans(text);
    const hits = hasSpans(spans, text.length)
      ? findTextHits(root, text, spans, {
          budget: this.#budget,
          first: (el) => this.#regions.of(el) === 'footer',
        })
      : [];
    const elements = this.#candidates(root, text.length, hits);
    return hits.length ? [...hits, ...elements].sort(byPosition) : elements;
  }

  /** Reads gathered nodes in order, until a cap stops the scan. */
  #read(nodes: readonly Node[], root: Node): void {
    for (const node of nodes) {
      if (this.#stopped) return;
      if (this.#budget.nodesLeft-- <= 0) {
        this.#budget.truncated = true;
        this.#stopped = true;
        return;
      }
      if (node.nodeType === TEXT_NODE) this.#hit(node);
      else this.#visitElement(node as Element, root);
    }
  }

  /** Scans the shadow roots queued for `region` (and any they reveal). */
  #drainShadows(region: Region): void {
    const queue = this.#shadowQueues[region];
    for (let root = queue.shift(); root && !this.#stopped; root = queue.shift())
      this.#read(this.#gather(root), root);
  }

  run(): CollectedPage {
    const byRegion: Record<Region, Node[]> = { footer: [], body: [] };
    for (const node of this.#gather(this.#body)) byRegion[this.#regions.of(node)].push(node);
    this.#forced = 'footer';
    this.#read(byRegion.footer, this.#body);
    this.#drainShadows('footer');
    this.#forced = null;
    this.#read(byRegion.body, this.#body);
    this.#drainShadows('body');
    return this.#result();
  }

  #result(): CollectedPage {
    const all = [...this.#footer, ...this.#rest];
    const kept = all.filter(
      (p) => !p.fromAttribute || !all.some((q) => q !== p && q.text.includes(p.text) && !q.fromAttribute),
    );
    const blocks: TextBlock[] = [];
    const anchors: Element[] = [];
    for (const p of kept) {
      const official: OfficialLink[] = this.#registryLinks.around(p.anchor);
      blocks.push({ text: p.text, region: p.region, id: blocks.length, official });
      anchors.push(p.anchor);
    }
    // Footer links first (a stable sort keeps page order within each region).
    const links = this.#links.sort((a, b) => Number(b.region === 'footer') - Number(a.region === 'footer'));
    return {
      blocks,
      links,
      truncated: this.#budget.truncated,
      anchors,
      textLength: this.#textLength,
      tails: this.#tails,
    };
  }
}

/** Scans `doc` for text that may hold licence numbers. Bounded; `truncated` says a cap was hit. */
export function collectPage(doc: Document, limits: Partial<CollectLimits> = {}): CollectedPage {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { blocks: [], links: [], truncated: false, anchors: [], textLength: 0, tails: [] };
  return new Collector(body, { ...DEFAULT_LIMITS, ...limits }).run();
}
