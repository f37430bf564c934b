// Which registry links sit around or inside a block, so the core can tell whether a footer number is
// linked to its official site (beian.miit.gov.cn and its old names for ICP numbers, beian.gov.cn /
// beian.mps.gov.cn for police filings). The page walk already visits every link; it keeps the
// registry ones here and matches them to blocks at the end with `contains`, so no extra subtree
// query runs (happy-dom's recursive queries overflow on deep trees). Only link text is kept.
import type { OfficialLink, Registry } from '../core/types.ts';
import { MAX_OFFICIAL_CHARS, MAX_OFFICIAL_LINKS } from '../messaging/limits.ts';

const MIIT_HOST = /^(?:[\w-]+\.)*(?:beian\.miit\.gov\.cn|miitbeian\.gov\.cn|miibeian\.gov\.cn)$/i;
const PSB_HOST = /^(?:[\w-]+\.)*(?:beian\.gov\.cn|beian\.mps\.gov\.cn)$/i;
/** Registry links remembered per page: a footer has a handful; a link farm must not cost much. */
const MAX_REMEMBERED = 64;

/** The registry an href points to, or null. Relative and non-http links never do. */
export function registryOf(href: string | null): Registry | null {
  const host = /^\s*(?:https?:)?\/\/([^/?#:\s]{1,253})/i.exec(href ?? '')?.[1];
  if (!host) return null;
  if (MIIT_HOST.test(host)) return 'miit';
  if (PSB_HOST.test(host)) return 'psb';
  return null;
}

interface Remembered {
  el: Element;
  link: OfficialLink;
}

export class RegistryLinks {
  readonly #links: Remembered[] = [];

  /** Called for every element the walk visits; keeps registry links. */
  visit(el: Element): void {
    if (el.localName !== 'a' || this.#links.length >= MAX_REMEMBERED) return;
    const registry = registryOf(el.getAttribute('href'));
    if (!registry) return;
    // Alt text counts: the police badge image inside the link often carries the number.
    let text = el.textContent ?? '';
    const img = el.querySelector('img[alt]');
    if (img) text += img.getAttribute('alt') ?? '';
    this.#links.push({ el, link: { registry, text: text.replace(/\s+/g, '').slice(0, MAX_OFFICIAL_CHARS) } });
  }

  /** Registry links that wrap `anchor` or sit inside it. */
  around(anchor: Element): OfficialLink[] {
    const out: OfficialLink[] = [];
    for (const { el, link } of this.#links) {
      if (out.length >= MAX_OFFICIAL_LINKS) break;
      if (el === anchor || el.contains(anchor) || anchor.contains(el)) out.push(link);
    }
    return out;
  }
}
