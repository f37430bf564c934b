// A node's text as textContent gives it (every descendant text node, in order, script and style
// included), read natively in one call. happy-dom (the command line) computes textContent
// recursively and overflows the stack on very deep trees; the same text is then gathered by walking.
import { SHOW_TEXT } from './tags.ts';

export function readText(node: Node): string {
  try {
    return node.textContent ?? '';
  } catch {
    const doc = node.ownerDocument;
    if (!doc) return '';
    const walker = doc.createTreeWalker(node, SHOW_TEXT);
    const parts: string[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) parts.push(t.nodeValue ?? '');
    return parts.join('');
  }
}
