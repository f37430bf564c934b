// Link hints: an <a href> whose target may carry a licence number. The core decides what is in it;
// this only keeps the candidates small and few.
import { MAX_HREF_CHARS } from '../messaging/limits.ts';

/** recordcode=…, code=… (beian.mps.gov.cn#/query/webSearch?code=…), and the registries' hosts. */
const LINK_RE = /recordcode=|[?&#;]code=|beian\.miit|miit?beian|beian\.gov\.cn|beian\.mps\.gov\.cn/i;

/** The href to report for this element, or null when it is not a hint. */
export function linkHintHref(el: Element): string | null {
  const name = el.localName;
  if (name !== 'a' && name !== 'area') return null;
  const href = el.getAttribute('href')?.trim();
  if (!href || !LINK_RE.test(href)) return null;
  return href.length > MAX_HREF_CHARS ? href.slice(0, MAX_HREF_CHARS) : href;
}
