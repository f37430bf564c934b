// Which part of the page a node is in: 'footer' when it, or an element above it (through shadow
// hosts, up to the body), is one of the page's structural tail sections (footer.ts) or names itself
// a footer. Answers are kept per element, so the many hits and links of one footer cost one walk up.
import type { Region } from '../core/types.ts';
import { isFooterElement } from './footer.ts';
import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE } from './tags.ts';

/** Walks up through shadow hosts: the element a node belongs to for region and anchor purposes. */
export function hostElement(node: Node | null): Element | null {
  let n = node;
  while (n && n.nodeType !== ELEMENT_NODE) {
    n = n.nodeType === DOCUMENT_FRAGMENT_NODE ? ((n as ShadowRoot).host ?? null) : n.parentNode;
  }
  return n as Element | null;
}

export class Regions {
  readonly #body: Element;
  readonly #tails: ReadonlySet<Element>;
  readonly #known = new Map<Element, Region>();

  constructor(body: Element, tails: ReadonlySet<Element>) {
    this.#body = body;
    this.#tails = tails;
  }

  of(node: Node): Region {
    const path: Element[] = [];
    let region: Region = 'body';
    for (let el = hostElement(node); el && el !== this.#body; el = hostElement(el.parentNode)) {
      const known = this.#known.get(el);
      if (known) {
        region = known;
        break;
      }
      path.push(el);
      if (this.#tails.has(el) || isFooterElement(el)) {
        region = 'footer';
        break;
      }
    }
    for (const el of path) this.#known.set(el, region);
    return region;
  }
}
