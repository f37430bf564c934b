// Properties of the core that must hold for any input, checked with generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { normalize } from '../../../src/core/normalize.ts';
import { parseText, parseTextLocated } from '../../../src/core/parse.ts';
import type { LicenceKind } from '../../../src/core/types.ts';
import { anyText, licenceish } from '../../support/arbitraries.ts';

const YEAR = { year: 2026 };

const BARE_LABELS: Partial<Record<LicenceKind, (digits: string) => string>> = {
  psb: (n) => `公网安备${n}号`,
  'news-license': (n) => `互联网新闻信息服务许可证${n}`,
  'av-license': (n) => `信息网络传播视听节目许可证${n}`,
  'broadcast-license': (n) => `节目制作经营许可证${n}`,
  // A performance licence without its brackets (京演311) is a number only after its label.
  'performance-license': (n) => `营业性演出许可证${n}`,
};
const RUNS = { numRuns: 2_000 };

describe('core properties', () => {
  it('never throws, and every span lies inside the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const l of parseTextLocated(text, YEAR)) {
          expect(l.start).toBeGreaterThanOrEqual(0);
          expect(l.end).toBeLessThanOrEqual(text.length);
          expect(l.start).toBeLessThanOrEqual(l.end);
        }
        analysePage([{ text, region: 'footer', id: 0 }], [{ href: text, region: 'body' }], false, YEAR);
      }),
      RUNS,
    );
  });

  it('normalising twice changes nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalize(text).text;
        expect(normalize(once).text).toBe(once);
      }),
      RUNS,
    );
  });

  it('the map points every normalised character at an input position, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: out, map } = normalize(text);
        expect(map.length).toBe(out.length + 1);
        expect(map[out.length]).toBe(text.length);
        for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] as number);
      }),
      RUNS,
    );
  });

  it('every canonical number parses back to itself', () => {
    fc.assert(
      fc.property(licenceish, (text) => {
        for (const l of parseText(text, YEAR)) {
          // Some canonical forms leave out the label (test/fixtures/corpus/README.md: a PSB number with no province
          // character is the bare digits, news and audio-visual licences are their digits, 京字第N号
          // follows 节目制作经营许可证): those must read back under their label.
          const direct = parseText(l.number, YEAR);
          const label = BARE_LABELS[l.kind];
          const again = direct.length === 0 && label ? parseText(label(l.number), YEAR) : direct;
          expect(
            again.map((a) => [a.kind, a.number]),
            `${l.number} from ${JSON.stringify(text)}`,
          ).toEqual([[l.kind, l.number]]);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
