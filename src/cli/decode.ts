// Moved to src/net/html-decode.ts so the batch page decodes GBK/GB18030 pages the same way.
export { charsetOf, decodeHtml } from '../net/html-decode.ts';
