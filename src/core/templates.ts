// Numbers inside comments and template expressions are not printed on the page (docs/domain.md §4;
// test/fixtures/corpus/README.md, "What counts as printed"). We blank those spans out with a character no pattern matches, keeping
// the text's length so positions still map back to the printed text.

const BLANK = '\u0001';

// [open, close, blank to the end when unclosed]
const PAIRS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['<!--', '-->', true],
  ['<%--', '--%>', true],
  ['/*', '*/', true],
  ['<%', '%>', false],
  ['<?', '?>', false],
  ['{{', '}}', false],
  ['{%', '%}', false],
  ['{#', '#}', false],
  ['${', '}', false],
];

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = BLANK;
}

/** Blanks comments, template expressions and `//` line comments; linear in the text length. */
export function maskTemplates(text: string): string {
  if (!/<!--|<%|<\?|\{\{|\{%|\{#|\$\{|\/\*|\/\//.test(text)) return text;
  const chars = text.split('');
  for (const [open, close, toEnd] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + open.length);
      if (end < 0) {
        if (toEnd) blank(chars, start, text.length);
        break;
      }
      blank(chars, start, end + close.length);
      from = end + close.length;
    }
  }
  // `// …` to the end of the line, when the slashes start the line or follow white space
  // (so the `//` of a URL is left alone).
  const lineComment = /(^|[ \t\n])\/\/[^\n]*/g;
  for (const m of text.matchAll(lineComment)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    blank(chars, start, start + m[0].length - (m[1]?.length ?? 0));
  }
  return chars.join('');
}
