// "Show on page": scroll an element into view and mark it for a moment. Inline styles are saved and
// put back, so the page looks as before once the highlight ends.
const HIGHLIGHT_MS = 2_000;
export const HIGHLIGHT_ATTR = 'data-icp-lens-highlight';

type StyleKey = 'outline' | 'outlineOffset' | 'backgroundColor';
const LOOK: Record<StyleKey, string> = {
  outline: '3px solid #f59e0b',
  outlineOffset: '2px',
  backgroundColor: 'rgba(250, 204, 21, 0.35)',
};

/** false when the element is gone (the page changed since the scan). */
export function highlight(el: Element): boolean {
  if (!el.isConnected) return false;
  const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  const style = (el as HTMLElement).style;
  if (!style || el.hasAttribute(HIGHLIGHT_ATTR)) return true;
  const keys = Object.keys(LOOK) as StyleKey[];
  const saved = keys.map((k) => style[k]);
  for (const k of keys) style[k] = LOOK[k];
  el.setAttribute(HIGHLIGHT_ATTR, '');
  setTimeout(() => {
    keys.forEach((k, i) => {
      style[k] = saved[i] ?? '';
    });
    el.removeAttribute(HIGHLIGHT_ATTR);
  }, HIGHLIGHT_MS);
  return true;
}
