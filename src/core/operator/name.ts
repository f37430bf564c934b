// The normalised form of an operator's name.

const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True when the name is written in Chinese characters (else it is a Latin-script name). */
export function isChineseName(name: string): boolean {
  return HAN.test(name);
}

/**
 * Full-width letters and digits half-width (NFKC), zero-width characters dropped, round brackets in
 * one style (full-width in a Chinese name, ASCII in a Latin one), no space next to a Chinese character
 * or bracket, other spaces collapsed to one and trimmed.
 */
export function normalizeName(printed: string): string {
  const chinese = isChineseName(printed);
  let out = '';
  for (const ch of printed) {
    if (ZERO_WIDTH.test(ch)) continue;
    let c = ch.normalize('NFKC');
    if (/^\s$/.test(c)) c = ' ';
    else if (c === '(' || c === '\uFE59') c = chinese ? '（' : '(';
    else if (c === ')' || c === '\uFE5A') c = chinese ? '）' : ')';
    out += c;
  }
  out = out.replace(/\s+/g, ' ').trim();
  return out.replace(/ (?=[\u3400-\u9fff（）])|(?<=[\u3400-\u9fff（）]) /g, '');
}

/** The key two names are the same under: case and spaces do not count. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}
