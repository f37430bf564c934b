// Footer detection without layout (docs/domain.md §4): <footer> and the contentinfo landmark,
// elements whose class or id names a footer, and the tail of the page found by structure.
import { isSkipped } from './tags.ts';

/** `bottom` counts unless it is a layout utility (border-bottom, fixed-bottom, Tailwind bottom-0). */
const BOTTOM_UTILITY_RE =
  /(?:^|[:_-])(?:border|rounded|fixed|sticky|align|valign|margin|padding|dropup|place|inset|scroll|text|bg|mb|pb|mt|pt)-bottom|(?:^|:)-?bottom-(?:\d|\[|px|auto|full)/;

/** A footer-ish class or id token. `icp` must start a word, so `topicpage` does not count. */
function tokenIsFooter(token: string): boolean {
  const lower = token.toLowerCase();
  if (/foot|copy|beian|record/.test(lower)) return true;
  if (/(?:^|[^a-z])icp/.test(lower) || /Icp|ICP/.test(token)) return true;
  return lower.includes('bottom') && !BOTTOM_UTILITY_RE.test(lower);
}

/** True for an element that names itself a footer (tag, landmark role, class or id). */
export function isFooterElement(el: Element): boolean {
  const name = el.localName;
  if (name === 'footer' || name.includes('footer')) return true;
  if (el.getAttribute('role')?.toLowerCase() === 'contentinfo') return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (tokens.length > 1000) return false;
  for (const token of tokens.split(/\s+/)) {
    if (token && tokenIsFooter(token)) return true;
  }
  return false;
}

/**
 * The last (at most `max`) children that render something: not a script/style/template, not an
 * empty placeholder (modal roots …). Read by index from the end, so a container with thousands of
 * children costs only a few steps.
 */
function lastMeaningfulChildren(el: Element, max: number): Element[] {
  const out: Element[] = [];
  const kids = el.children;
  for (let i = kids.length - 1, seen = 0; i >= 0 && out.length < max && seen < 256; i--, seen++) {
    const c = kids[i];
    if (c && !isSkipped(c) && c.localName !== 'br' && c.firstChild) out.unshift(c);
  }
  return out;
}

const MAIN_CONTENT = 'main, article, h1, [role="main" i]';

/**
 * The last part of the page by structure, standing in for "the bottom 30%": descend through
 * single-child wrappers (`<div id="app">`) and through a last child that still holds the main content,
 * then take the last one or two sections.
 */
export function tailRoots(body: Element): Element[] {
  let container = body;
  for (let depth = 0; depth < 8; depth++) {
    const kids = lastMeaningfulChildren(container, 5);
    const last = kids[kids.length - 1];
    if (!last) return [];
    if (kids.length === 1 || last.querySelector(MAIN_CONTENT)) {
      container = last;
      continue;
    }
    const prev = kids[kids.length - 2];
    return kids.length >= 5 && prev && !prev.querySelector(MAIN_CONTENT) ? [prev, last] : [last];
  }
  return [];
}

/** Tail roots, or none when the selector engine gives up (happy-dom on pathologically deep trees). */
export function safeTailRoots(body: Element): Element[] {
  try {
    return tailRoots(body);
  } catch {
    return [];
  }
}
