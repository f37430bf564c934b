// Moved to src/shared/html-decode.ts so the batch page decodes GBK/GB18030 pages the same way.
export { charsetOf, decodeHtml } from '../shared/html-decode.ts';
