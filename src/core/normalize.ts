// Normalisation before matching (icp-domain.md §3). It works character by character and keeps,
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
  map: number[];
}

function normalizeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  // Fast path: ASCII and the common CJK block need nothing but the traditional table.
  if (code < 0x80) return ch === '\r' ? '\n' : ch;
  const trad = TRADITIONAL[ch];
  if (trad) return trad;
  if (ZERO_WIDTH.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  // Full-width brackets are kept apart from the rest of NFKC so that 〔〕【】 survive; （） fold to ().
  const folded = ch.normalize('NFKC');
  return folded.length > 0 ? (TRADITIONAL[folded] ?? folded) : folded;
}

/** NFKC, zero-width removal, traditional → simplified, dashes and spaces unified. */
export function normalize(input: string): Normalized {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of input) {
    const out = normalizeChar(ch);
    for (let k = 0; k < out.length; k++) map.push(i);
    text += out;
    i += ch.length;
  }
  map.push(input.length);
  return { text, map };
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
    else out += TRADITIONAL[ch] ?? ch;
  }
  return out;
}
