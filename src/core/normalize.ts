// Normalisation before matching (docs/domain.md §3). It works character by character and keeps,
// for every output character, the index of the input character it came from, so that a match in
// the normalised text can be cut out of the text as printed.

/** Traditional characters seen in licence labels and prefixes, mapped to simplified. */
const TRADITIONAL: Record<string, string> = {
  備: '备',
  號: '号',
  證: '证',
  網: '网',
  許: '许',
  經: '经',
  營: '营',
  視: '视',
  聽: '听',
  節: '节',
  傳: '传',
  廣: '广',
  電: '电',
  務: '务',
  業: '业',
  書: '书',
  資: '资',
  醫: '医',
  藥: '药',
  機: '机',
  關: '关',
  監: '监',
  發: '发',
  粵: '粤',
  滬: '沪',
  遼: '辽',
  蘇: '苏',
  閩: '闽',
  贛: '赣',
  魯: '鲁',
  瓊: '琼',
  貴: '贵',
  雲: '云',
  隴: '陇',
  陝: '陕',
  寧: '宁',
  晉: '晋',
};

// Dashes that people type instead of '-': the hyphen family, en and em dashes, minus signs.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
// Zero-width and bidi control characters, used to break up numbers on phishing pages.
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/;
// Spaces that NFKC does not fold to ' ' but that separate digits on real pages.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v\r]/;

export interface Normalized {
  text: string;
  /** map[i] is the index in the input of normalised character i; map[text.length] is input.length. */
  map: ArrayLike<number>;
}

/** Exported for the test that checks the fast path of `normalize` against it, code point by code point. */
export function normalizeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  // Fast path: ASCII and the common CJK block need nothing but the traditional table.
  if (code < 0x80) return ch === '\r' ? '\n' : ch;
  const trad = TRADITIONAL[ch];
  if (trad) return trad;
  if (ZERO_WIDTH.test(ch) || SPACES.test(ch) || DASHES.test(ch)) return unify(ch);
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  // Full-width brackets are kept apart from the rest of NFKC so that 〔〕【】 survive; （） fold to ().
  // What NFKC gives is unified once more: ︱ folds to an em dash, ﹘ to a dash, which must become '-'.
  let out = '';
  for (const c of ch.normalize('NFKC')) out += unify(c);
  return out;
}

/** The steps of normalizeChar other than NFKC, for one character. */
function unify(ch: string): string {
  if (ZERO_WIDTH.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  return TRADITIONAL[ch] ?? ch;
}

/**
 * 1 for each UTF-16 unit `normalizeChar` may change (or that starts a surrogate pair). Everything
 * else (ASCII but CR, CJK ideographs outside the traditional table, kana, Hangul syllables, Latin-1
 * letters, common CJK punctuation) is copied in runs: per-character work on plain prose made
 * normalisation most of the parser's time. test/unit/core/normalize.test.ts checks every code point.
 */
const CHANGING = (() => {
  const table = new Uint8Array(0x10000).fill(1);
  const keep = (from: number, to: number) => table.fill(0, from, to + 1);
  keep(0x00, 0x0c);
  keep(0x0e, 0x7f);
  keep(0xc0, 0xff);
  keep(0x3001, 0x3011);
  keep(0x3014, 0x301f);
  keep(0x3041, 0x3096);
  keep(0x30a1, 0x30fa);
  keep(0x4e00, 0x9fff);
  keep(0xac00, 0xd7a3);
  for (const ch of Object.keys(TRADITIONAL)) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Results of `normalizeChar` for characters met before; bounded so hostile text cannot grow it. */
const memo = new Map<string, string>();
const MEMO_MAX = 4096;

function normalizeCached(ch: string): string {
  let out = memo.get(ch);
  if (out === undefined) {
    out = normalizeChar(ch);
    if (memo.size < MEMO_MAX) memo.set(ch, out);
  }
  return out;
}

/** NFKC, zero-width removal, traditional → simplified, dashes and spaces unified. */
export function normalize(input: string): Normalized {
  const parts: string[] = [];
  let map = new Int32Array(input.length + 1);
  let size = 0;
  const reserve = (n: number) => {
    if (size + n < map.length) return;
    const grown = new Int32Array(Math.max(map.length * 2, size + n + 1));
    grown.set(map);
    map = grown;
  };
  let i = 0;
  const flush = (to: number) => {
    if (to <= i) return;
    parts.push(input.slice(i, to));
    reserve(to - i);
    for (let k = i; k < to; k++) map[size++] = k;
  };
  for (let j = 0; j < input.length; j++) {
    if (CHANGING[input.charCodeAt(j)] === 0) continue;
    flush(j);
    // One code point: a surrogate pair is read whole, a lone surrogate alone (as for…of does).
    const width = (input.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    const out = normalizeCached(input.slice(j, j + width));
    reserve(out.length);
    for (let k = 0; k < out.length; k++) map[size++] = j;
    parts.push(out);
    i = j + width;
    j = i - 1;
  }
  flush(input.length);
  map[size] = input.length;
  return { text: parts.join(''), map: map.subarray(0, size + 1) };
}

/**
 * The canonical form of a number that is "kept as printed" (culture, drug, broadcast … licences):
 * whitespace removed, full-width letters, digits and dashes made half-width, traditional characters
 * simplified, but brackets left in the style they were printed in.
 */
export function canonicalAsPrinted(printed: string): string {
  let out = '';
  for (const ch of printed) {
    const code = ch.codePointAt(0) ?? 0;
    if (/\s/.test(ch) || ZERO_WIDTH.test(ch) || SPACES.test(ch)) continue;
    if (DASHES.test(ch)) out += '-';
    else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0);
    else if (code >= 0x80 && FOLDS_TO_ALNUM.test(normalizeChar(ch))) out += normalizeChar(ch);
    else out += TRADITIONAL[ch] ?? ch;
  }
  return out;
}

/** Digits and letters in other styles (𝟏, ①, ⓐ) are matched as ASCII, so canonical forms use ASCII. */
const FOLDS_TO_ALNUM = /^[0-9A-Za-z]+$/;
