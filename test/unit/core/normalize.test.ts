// The fast path of normalize (runs of characters it copies) against normalizeChar, for every code
// point: a character wrongly listed as "never changes" would silently skip normalisation.
import { describe, expect, it } from 'vitest';
import { normalize, normalizeChar } from '../../../src/core/normalize.ts';

describe('normalize', () => {
  it('gives what normalizeChar gives, for every code point', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (normalize(`a${ch}b`).text !== `a${normalizeChar(ch)}b`) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  }, 60_000); // 1.1 million code points: a few seconds, more on a busy machine

  it('maps each output character to the input character it came from', () => {
    const { text, map } = normalize('京\u200bＩＣＰ備㍢\r\n');
    expect(text).toBe('京ICP备10点\n\n');
    expect([...Array.from(map)]).toEqual([0, 2, 3, 4, 5, 6, 6, 6, 7, 8, 9]);
  });

  it('keeps lone surrogates and reads pairs whole', () => {
    expect(normalize('\ud800x\udc00').text).toBe('\ud800x\udc00');
    expect(normalize('𝟏𝟐').text).toBe('12');
    expect(Array.from(normalize('𝟏𝟐').map)).toEqual([0, 2, 4]);
  });
});
