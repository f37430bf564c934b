// Which elements start a new block, which are never read, and the node-type numbers we use.
// Numbers instead of Node.TEXT_NODE / NodeFilter.SHOW_TEXT: the same code runs on a browser document
// and on a happy-dom document in Node, where those globals do not exist.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_FRAGMENT_NODE = 11;

export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;

/**
 * Block-level elements: text on either side of one of these is not the same line. Everything else,
 * custom elements included, is read as inline and joined with no separator.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'optgroup',
  'option',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'select',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/**
 * Never read. `noscript`: with scripting on (always, for a content script) its content is not shown.
 * `textarea`: form data, often code or user input, not page text. `iframe`/`object`: their fallback
 * content is not what the visitor sees. Comments and processing instructions are never text nodes.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'iframe',
  'object',
  'head',
  'meta',
  'link',
]);

/** Elements whose alt text is read where they stand. */
export const ALT_TAGS: ReadonlySet<string> = new Set(['img', 'area', 'input']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.localName);
}
