// The URLs a piece of CSS loads: `@import` (a stylesheet the page waits for), `url()` inside
// `@font-face` (fonts) and any other `url()` (images). Page text is untrusted, so this is a bounded,
// linear scan: comments are dropped with indexOf, every quantifier has a limit, and at most `max`
// references are returned. CSS escapes are not decoded (a URL written with them is missed).

export type CssRefKind = 'import' | 'font' | 'image';

export interface CssRef {
  url: string;
  kind: CssRefKind;
}

/** Longest URL read from CSS; a longer one is not a URL anyone loads. */
const MAX_URL = 4096;
// Whitespace runs are bounded and unquoted URLs cannot hold "(", so no match attempt backtracks
// over more than a few thousand characters (an unbounded `\s*` on both sides of an empty URL is
// quadratic on a run of spaces; "url(url(url(…" would be too).
const URL_FN = /url\(\s{0,64}(?:"([^"\n]{0,4096})"|'([^'\n]{0,4096})'|([^()\s'"]{0,4096}))\s{0,64}\)/gi;
const IMPORT =
  /@import\s{1,64}(?:url\(\s{0,64})?(?:"([^"\n]{0,4096})"|'([^'\n]{0,4096})'|([^()\s'";]{1,4096}))/gi;
const IMPORT_BEFORE = /@import\s*$/i;

export function withoutComments(css: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = css.indexOf('/*', at);
    if (open === -1) return out + css.slice(at);
    out += `${css.slice(at, open)} `;
    const close = css.indexOf('*/', open + 2);
    if (close === -1) return out;
    at = close + 2;
  }
}

/** [start, end) of each `@font-face { … }` block (they hold no nested braces). */
function fontFaceBlocks(css: string): Array<[number, number]> {
  const lower = css.toLowerCase();
  const blocks: Array<[number, number]> = [];
  for (let at = lower.indexOf('@font-face'); at !== -1; at = lower.indexOf('@font-face', at + 1)) {
    const open = lower.indexOf('{', at);
    if (open === -1) break;
    const close = lower.indexOf('}', open);
    blocks.push([open, close === -1 ? lower.length : close]);
    if (close === -1) break;
    at = close;
  }
  return blocks;
}

export function cssReferences(css: string, max = 1_000): CssRef[] {
  const text = withoutComments(css);
  const refs: CssRef[] = [];
  const push = (url: string | undefined, kind: CssRefKind) => {
    const trimmed = url?.trim() ?? '';
    if (trimmed && trimmed.length <= MAX_URL && refs.length < max) refs.push({ url: trimmed, kind });
  };
  for (const m of text.matchAll(IMPORT)) {
    if (refs.length >= max) return refs;
    push(m[1] ?? m[2] ?? m[3], 'import');
  }
  const fonts = fontFaceBlocks(text);
  let block = 0;
  for (const m of text.matchAll(URL_FN)) {
    if (refs.length >= max) break;
    const at = m.index;
    // url() of an @import was counted above.
    if (IMPORT_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    while (block < fonts.length && (fonts[block] as [number, number])[1] < at) block++;
    const inFont = block < fonts.length && (fonts[block] as [number, number])[0] < at;
    push(m[1] ?? m[2] ?? m[3], inFont ? 'font' : 'image');
  }
  return refs;
}
