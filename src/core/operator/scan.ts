// Operator names in one piece of text (a block of the page scan, or any footer text).
//
// The text is normalised and masked as the licence parser does it (normalize.ts, templates.ts), then
// every character gets a role: part of a licence number, of a cue word (版权所有, 主办单位, ©,
// 技术支持 …), a year, a filler (space, punctuation), or other text. Names are found in what is
// left: a Chinese name is a run of characters ending in an entity suffix (有限公司, 大学, 局 …), an
// English one a few capitalised words before Co., Ltd., Inc. …. A name's source comes from the
// nearest cue on either side, with only fillers (and at most one line break) between; a name right
// before a licence number (maybe with its label between) is `before-number`. Every step is one pass
// over the text or a walk bounded by a constant, so the whole is linear in the text's length.
import { normalize } from '../normalize.ts';
import { maskTemplates } from '../templates.ts';
import type { LicenceKind } from '../types.ts';
import { isChineseName, nameKey, normalizeName } from './name.ts';
import type { OperatorSource } from './types.ts';
import {
  AUTHORITY_RE,
  CUE_KINDS,
  CUE_RE,
  type CueKind,
  EN_CONNECTORS,
  EN_OF_NOUNS,
  EN_PLACEHOLDER_RE,
  EN_STOPWORDS,
  EN_SUFFIX_RE,
  fold,
  LEADING_PHRASE_RE,
  looksLikePersonalName,
  MAX_EN_WORDS,
  MAX_NUMBER_LABEL,
  MAX_ZH_NAME,
  MIN_HEAD,
  MIN_WEAK_HEAD_BEFORE_NUMBER,
  NUMBER_LABEL_RE,
  PLACEHOLDER_RE,
  PROSE_RE,
  SUFFIXES,
  YEAR_RE,
} from './vocabulary.ts';

/** A licence number's place in the text given to `scanText`. */
export interface NumberSpan {
  start: number;
  end: number;
  kind: LicenceKind;
}

/** An operator found in one text, with its span in that text. */
export interface TextOperator {
  printed: string;
  name: string;
  kind: 'organisation' | 'person';
  source: OperatorSource;
  start: number;
  end: number;
  /** Lower is better: the source's rank (an ICP number counts more than other numbers). */
  rank: number;
}

/**
 * Most characters of one text read. A block of the page scan holds at most MAX_BLOCK_CHARS (2 000)
 * and a footer's text is short; the rest of a longer text is not read, so hostile text costs little.
 */
export const MAX_TEXT = 50_000;

/** Most characters walked between a name and its cue or number (spaces, punctuation, years). */
const MAX_GAP = 120;

// Character roles.
const OTHER = 0;
const FILLER = 1;
const NEWLINE = 2;
const CUE = 3;
const NUMBER = 4;
const NAME = 5;

const RANK: Record<OperatorSource, number> = {
  'filer-label': 0,
  'sponsor-label': 1,
  'operator-label': 2,
  'owner-label': 3,
  'before-number': 4,
  copyright: 5,
  'near-number': 7,
};
/** A name before a number other than an ICP one ranks after a copyright line. */
const BEFORE_OTHER_NUMBER = 6;
const ICP_KINDS: ReadonlySet<LicenceKind> = new Set(['icp-filing', 'icp-license']);
const LABEL_SOURCES: ReadonlySet<OperatorSource> = new Set([
  'filer-label',
  'sponsor-label',
  'operator-label',
  'owner-label',
  'copyright',
]);

interface Cue {
  start: number;
  end: number;
  kind: CueKind;
}

interface Candidate {
  start: number;
  end: number;
  person: boolean;
  /** Counts without a cue (strong suffix). */
  strong: boolean;
  /** A weak suffix of one or two characters after a head shorter than MIN_WEAK_HEAD_BEFORE_NUMBER. */
  short: boolean;
}

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Characters a name is made of (Chinese characters, letters, digits, round brackets, ·, &). */
function isNameChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (isHan(code)) return true;
  return /[A-Za-z0-9()·•・&]/.test(ch);
}

/** Index in the normalised text of each index of the original text. */
function inverseMap(map: ArrayLike<number>, inputLength: number, outputLength: number): Int32Array {
  const inv = new Int32Array(inputLength + 1).fill(-1);
  for (let k = outputLength; k >= 0; k--) inv[map[k] ?? inputLength] = k;
  for (let i = inputLength - 1; i >= 0; i--) if (inv[i] === -1) inv[i] = inv[i + 1] ?? outputLength;
  return inv;
}

class TextScan {
  readonly text: string;
  readonly map: ArrayLike<number>;
  /** Normalised, masked and folded: what every pattern is matched on. */
  readonly f: string;
  readonly role: Uint8Array;
  /** Index into `cues` (CUE) or `numbers` (NUMBER) for each character. */
  readonly ref: Int32Array;
  readonly cues: Cue[] = [];
  readonly numbers: readonly NumberSpan[];
  readonly candidates: Candidate[] = [];
  inList: Uint8Array | null = null;

  constructor(whole: string, numbers: readonly NumberSpan[]) {
    const text = whole.length > MAX_TEXT ? whole.slice(0, MAX_TEXT) : whole;
    this.text = text;
    const normal = normalize(text);
    this.map = normal.map;
    this.f = fold(maskTemplates(normal.text));
    const n = this.f.length;
    this.role = new Uint8Array(n);
    this.ref = new Int32Array(n).fill(-1);
    this.numbers = numbers;
    const inv = inverseMap(normal.map, text.length, n);
    for (const [i, s] of numbers.entries()) {
      const a = inv[Math.max(0, Math.min(s.start, text.length))] ?? 0;
      const b = inv[Math.max(0, Math.min(s.end, text.length))] ?? n;
      this.role.fill(NUMBER, a, b);
      this.ref.fill(i, a, b);
    }
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.role[i] !== OTHER) return false;
    return true;
  }

  markCues(): void {
    for (const m of this.f.matchAll(CUE_RE)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const kind = CUE_KINDS[group - 1];
      if (!kind || end === start || !this.free(start, end)) continue;
      this.role.fill(CUE, start, end);
      this.ref.fill(this.cues.length, start, end);
      this.cues.push({ start, end, kind });
    }
    for (const m of this.f.matchAll(YEAR_RE)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (this.free(start, end)) this.role.fill(FILLER, start, end);
    }
    for (let i = 0; i < this.f.length; i++) {
      if (this.role[i] !== OTHER) continue;
      const ch = this.f[i] as string;
      if (ch === '\n') this.role[i] = NEWLINE;
      else if (!isNameChar(ch)) this.role[i] = FILLER;
    }
  }

  add(start: number, end: number, person: boolean, strong: boolean, short = false): void {
    this.role.fill(NAME, start, end);
    this.ref.fill(this.candidates.length, start, end);
    this.candidates.push({ start, end, person, strong, short });
  }

  // ---- English names ----

  /** A word of an English name ends at `end` (exclusive): its start, or -1. */
  wordBefore(end: number): number {
    let w = end;
    while (w > 0 && end - w < 40) {
      const ch = this.f[w - 1] as string;
      const r = this.role[w - 1];
      if (r === OTHER && /[A-Za-z0-9()&]/.test(ch)) w--;
      else if (r === FILLER && /[.'’\-()&]/.test(ch)) w--;
      else break;
    }
    // Quotes and dots may sit inside a word (O'Neil, Amazon.com), not at its start.
    while (w < end && !/[A-Za-z0-9(]/.test(this.f[w] as string)) w++;
    return w < end ? w : -1;
  }

  findEnglish(): void {
    for (const m of this.f.matchAll(EN_SUFFIX_RE)) {
      const sufStart = m.index ?? 0;
      let end = sufStart + m[0].length;
      if (!this.englishFree(sufStart, end)) continue;
      const strong = m[1] !== undefined;
      let start = sufStart;
      let words = 0;
      let pos = sufStart;
      for (let k = 0; k < MAX_EN_WORDS; k++) {
        let q = pos;
        while (q > 0 && pos - q < 2 && this.f[q - 1] === ' ' && this.role[q - 1] === FILLER) q--;
        if (q === pos) break;
        const w = this.wordBefore(q);
        if (w < 0) break;
        const word = this.f.slice(w, q);
        const lower = word.toLowerCase();
        if (EN_STOPWORDS.has(lower) && !EN_CONNECTORS.has(lower)) break;
        if (EN_CONNECTORS.has(lower)) {
          pos = w;
          continue;
        }
        if (!/^[A-Z0-9(]/.test(word) || !/[A-Za-z]/.test(word)) break;
        words++;
        start = w;
        pos = w;
      }
      const of = EN_OF_NOUNS.test(m[0]) ? this.ofTail(end) : end;
      if (words === 0 && of === end) continue;
      end = of;
      if (!this.englishFree(start, end) || EN_PLACEHOLDER_RE.test(this.f.slice(start, end))) continue;
      this.add(start, end, false, strong);
    }
  }

  /** Roles inside an English name: words, spaces and punctuation, no cue, number or other name. */
  englishFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const r = this.role[i];
      if (r !== OTHER && r !== FILLER) return false;
    }
    return true;
  }

  /** "University" + " of Hong Kong": the end of the "of …" tail, or `end` when there is none. */
  ofTail(end: number): number {
    const m =
      /^ (?:of|for) ((?:(?:of|and|&|the|for|[A-Z][A-Za-z.&'-]{0,30}) ){0,7}[A-Z][A-Za-z.&'-]{0,30})/.exec(
        this.f.slice(end, end + 300),
      );
    return m ? end + m[0].length : end;
  }

  // ---- Chinese names ----

  findChinese(): void {
    let previous: { start: number; end: number } | null = null;
    for (let i = 0; i < this.f.length; ) {
      if (this.role[i] !== OTHER) {
        i++;
        continue;
      }
      let j = i;
      while (j < this.f.length && this.role[j] === OTHER) j++;
      const joined = previous !== null && previous.end === i - 1 && /[ \n]/.test(this.f[i - 1] ?? '');
      if (!this.chineseRun(i, j, joined ? previous : null)) previous = { start: i, end: j };
      else previous = null;
      i = j;
    }
  }

  /** Reads a name from the run [a, b); `before` is the run right before it, one space away. */
  chineseRun(a: number, b: number, before: { start: number; end: number } | null): boolean {
    let s = a;
    let e = b;
    if (e - s > MAX_ZH_NAME * 2) return false;
    while (s < e && /[0-9·•・&)]/.test(this.f[s] as string)) s++;
    while (e > s && /[(·•・&]/.test(this.f[e - 1] as string)) e--;
    const lead = LEADING_PHRASE_RE.exec(this.f.slice(s, e));
    if (lead && e - s - lead[0].length >= 3) s += lead[0].length;
    let body = this.f.slice(s, e);
    if (!/[\u3400-\u9fff]/.test(body)) return false;
    // Brackets must pair up inside the name: 北京某某（集团）有限公司.
    if (!balanced(body)) return false;
    // A bracketed place after the suffix belongs to the name: 香港中文大学（深圳）.
    const tail = /\([^()]{1,12}\)$/.exec(body);
    const stem = tail && tail.index > 0 ? body.slice(0, tail.index) : body;
    const suffix = SUFFIXES.find(([suf]) => stem.endsWith(suf));
    if (!suffix) {
      if (!looksLikePersonalName(body)) return false;
      this.add(s, e, true, false);
      return true;
    }
    let head = stem.length - suffix[0].length;
    if (head < MIN_HEAD && before) {
      // 北京某某科技 有限公司: a name split by a space or a tag boundary.
      const prev = this.f.slice(before.start, before.end);
      if (/[\u3400-\u9fff]$/.test(prev) && !PROSE_RE.test(prev)) {
        head += before.end - before.start;
        body = prev + body;
        s = before.start;
      }
    }
    if (head < MIN_HEAD || body.length > MAX_ZH_NAME) return false;
    if (PROSE_RE.test(body) || PLACEHOLDER_RE.test(body)) return false;
    const short = !suffix[1] && suffix[0].length <= 2 && head < MIN_WEAK_HEAD_BEFORE_NUMBER;
    this.add(s, e, false, suffix[1], short);
    return true;
  }

  // ---- context ----

  /** The nearest cue, number or text on one side of [start, end), across fillers and one line break. */
  neighbour(start: number, end: number, step: -1 | 1): { role: number; at: number } {
    let i = step < 0 ? start - 1 : end;
    let breaks = 0;
    while (i >= 0 && i < this.f.length && Math.abs(i - (step < 0 ? start : end)) <= MAX_GAP) {
      const r = this.role[i] as number;
      if (r === FILLER) i += step;
      else if (r === NEWLINE && breaks++ === 0) i += step;
      else return { role: r, at: i };
    }
    return { role: -1, at: i };
  }

  /** True when the cue at `cue` is followed by a colon: a label for what comes after it only. */
  colonAfter(cue: Cue): boolean {
    return /^\s?[:：]/.test(this.f.slice(cue.end, cue.end + 3));
  }

  /** The number right after `end`, maybe behind a short label (ICP备案号：), or null. */
  numberAfter(end: number): NumberSpan | null {
    let i = end;
    let breaks = 0;
    let label = '';
    while (i < this.f.length && i - end <= MAX_GAP) {
      const r = this.role[i];
      if (r === NUMBER) {
        if (label && !NUMBER_LABEL_RE.test(label)) return null;
        return this.numbers[this.ref[i] ?? -1] ?? null;
      }
      if (r === NEWLINE && breaks++ > 0) return null;
      if (r === OTHER) {
        label += this.f[i];
        if (label.length > MAX_NUMBER_LABEL) return null;
      } else if (r !== FILLER && r !== NEWLINE) return null;
      i++;
    }
    return null;
  }

  /** The source and rank of a candidate, or null when it is not an operator. */
  /**
   * The cues before [start, end): the nearest one and those chained to it by fillers only
   * (版权所有 © 2024 X gives both 版权所有 and ©).
   */
  cuesBefore(start: number): Cue[] {
    const out: Cue[] = [];
    let at = start;
    for (let k = 0; k < 4; k++) {
      const left = this.neighbour(at, at, -1);
      const cue = left.role === CUE ? this.cues[this.ref[left.at] ?? -1] : undefined;
      if (!cue) break;
      out.push(cue);
      at = cue.start;
    }
    return out;
  }

  /**
   * For each character, whether a list label (友情链接：) is the last cue before it on its line with
   * no number between: names in such a list are other parties'. One pass.
   */
  listed(): Uint8Array {
    const out = new Uint8Array(this.f.length);
    let inList = 0;
    for (let i = 0; i < this.f.length; i++) {
      const r = this.role[i];
      if (r === NEWLINE || r === NUMBER) inList = 0;
      else if (r === CUE) inList = this.cues[this.ref[i] ?? -1]?.kind.list ? 1 : 0;
      out[i] = inList;
    }
    return out;
  }

  judge(c: Candidate): { source: OperatorSource; rank: number } | null {
    const found: Array<{ source: OperatorSource; rank: number; person: boolean }> = [];
    for (const cue of this.cuesBefore(c.start)) {
      if (cue.kind.side === 'before') continue;
      const effect = cue.kind.effect;
      if (effect === 'exclude') return null;
      if (effect !== 'connector') found.push({ source: effect, rank: RANK[effect], person: cue.kind.person });
    }
    if (this.inList?.[c.start]) return null;
    const right = this.neighbour(c.start, c.end, 1);
    if (right.role === CUE) {
      const cue = this.cues[this.ref[right.at] ?? -1];
      if (cue && cue.kind.side !== 'after' && !(cue.kind.side === 'both' && this.colonAfter(cue))) {
        const effect = cue.kind.effect;
        if (effect === 'exclude') return null;
        if (effect !== 'connector')
          found.push({ source: effect, rank: RANK[effect], person: cue.kind.person });
      }
    }
    const number = this.numberAfter(c.end);
    if (number && !c.short) {
      const rank = ICP_KINDS.has(number.kind) ? RANK['before-number'] : BEFORE_OTHER_NUMBER;
      found.push({ source: 'before-number', rank, person: false });
    }
    const usable = c.person ? found.filter((f) => f.person) : found;
    if (usable.length === 0) {
      if (!c.strong || c.person || this.numbers.length === 0) return null;
      usable.push({ source: 'near-number', rank: RANK['near-number'], person: false });
    }
    const best = usable.reduce((a, b) => (b.rank < a.rank ? b : a));
    const folded = this.f.slice(c.start, c.end);
    if (AUTHORITY_RE.test(folded) && !LABEL_SOURCES.has(best.source)) return null;
    return { source: best.source, rank: best.rank };
  }

  run(): TextOperator[] {
    this.markCues();
    this.findEnglish();
    this.findChinese();
    this.inList = this.listed();
    const out: TextOperator[] = [];
    for (const c of this.candidates) {
      const verdict = this.judge(c);
      if (!verdict) continue;
      const start = this.map[c.start] ?? 0;
      const end = this.map[c.end] ?? this.text.length;
      const printed = this.text.slice(start, end).trim();
      const name = normalizeName(printed);
      if (!name) continue;
      out.push({ printed, name, kind: c.person ? 'person' : 'organisation', ...verdict, start, end });
    }
    return out;
  }
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Orders operators best first and keeps each name once: by `order`, then Chinese names before Latin
 * ones (a filing is made in the Chinese legal name; an English name next to it is mostly its
 * translation), then by rank, then as found.
 */
export function rankOperators<T extends TextOperator>(ops: readonly T[], order: (op: T) => number): T[] {
  const sorted = [...ops].sort(
    (a, b) =>
      order(a) - order(b) ||
      Number(!isChineseName(a.name)) - Number(!isChineseName(b.name)) ||
      a.rank - b.rank,
  );
  const seen = new Set<string>();
  return sorted.filter((op) => {
    const key = nameKey(op.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Operators in `text`, unranked (rankOperators orders them). `numbers` are the licence numbers
 * printed in it, as spans in `text`: names right before one, or standing alone beside them, need them.
 */
export function scanText(text: string, numbers: readonly NumberSpan[]): TextOperator[] {
  return new TextScan(text, numbers).run();
}
