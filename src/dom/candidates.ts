// Elements the page scan looks at one by one, found natively with one selector query instead of a
// walk over every element: those with a title, aria-label or alt text (a number may be printed only
// there), links that may name a registry or carry a number (links.ts and official-links.ts decide),
// and possible shadow hosts (shadow content is in no textContent). The selector is coarse; the scan
// checks each element it returns.

/** Every LINK_RE alternative and every registry host contains one of these. */
const LINK_SELECTORS = ['a[href*="beian" i]', 'a[href*="code=" i]', 'area[href]'];
const TEXT_ATTRIBUTE_SELECTORS = ['[title]', '[aria-label]', 'img[alt]', 'area[alt]', 'input[alt]'];
/**
 * Shadow hosts: custom elements (a name with a hyphen, which no built-in element has) are found by
 * excluding the common built-in names; built-ins that may host a shadow root are looked at when they
 * have no children of their own, as an app's mount point does.
 */
export const SHADOW_HOST_SELECTOR = ':not(:defined)';

export const CANDIDATE_SELECTOR = [...TEXT_ATTRIBUTE_SELECTORS, ...LINK_SELECTORS, SHADOW_HOST_SELECTOR].join(
  ',',
);

/** Candidates under `root` in document order, or null when the selector engine gave up. */
export function findCandidates(root: ParentNode): Element[] | null {
  try {
    return Array.from(root.querySelectorAll(CANDIDATE_SELECTOR));
  } catch {
    // happy-dom's querySelectorAll recurses and overflows the stack on pathologically deep trees.
    return null;
  }
}
