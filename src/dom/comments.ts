// Source templates served as pages (JSX, Vue) can hold a block comment that spans elements:
//   {/* <p>营业执照 | ICP备案号：京ICP备2024000001号</p> */}
// The parser blanks comments inside one block of text, but here the opener sits in the text
// before the element that holds the number. For a hit, look back through the text that precedes
// it, level by level: the nearest "/*" or "*/" decides. Bounded, and run only for hits.
import { TEXT_NODE } from './tags.ts';

const MAX_LEVELS = 8;
const MAX_SIBLINGS = 32;

/** Whether the nearest comment delimiter before `node` opens a block comment. */
export function insideSpanningComment(node: Node): boolean {
  let current: Node | null = node;
  for (let level = 0; current && level < MAX_LEVELS; level++, current = current.parentNode) {
    let sibling = current.previousSibling;
    for (let steps = 0; sibling && steps < MAX_SIBLINGS; steps++, sibling = sibling.previousSibling) {
      if (sibling.nodeType !== TEXT_NODE) continue;
      const data = sibling.nodeValue ?? '';
      if (data.indexOf('*') < 0) continue;
      const open = data.lastIndexOf('/*');
      const close = data.lastIndexOf('*/');
      if (open > close) return true;
      if (close > open) return false;
    }
  }
  return false;
}
