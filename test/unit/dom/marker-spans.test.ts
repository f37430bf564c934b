// The page scan judges a child's text from its parent's marker spans (src/dom/marker-spans.ts);
// here those answers are checked against running the marker test on the child's own text, for
// texts split into children at random. If the marker regex ever looks further around a match than
// the spans allow for, these properties fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds.ts';
import { hasMarker } from '../../../src/core/markers.ts';
import {
  findSpans,
  MAX_SPANS,
  mayHoldMarker,
  sliceHasMarker,
  sliceSpans,
} from '../../../src/dom/marker-spans.ts';

/** Pieces of marker forms and their neighbours; short texts, so splits land on every edge. */
const PIECES = [
  'ICP',
  'I',
  'CP',
  '备案',
  '证',
  '网安',
  '许可',
  'B2-',
  '1',
  'ab',
  '-M-20240101',
  'Public Security',
  ' ',
  '京',
];

/** A text cut into consecutive children, mostly where its pieces meet: [text, boundaries]. */
const splitText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((pieces) => {
    let text = '';
    const bounds = [0];
    for (const [piece, cut] of pieces) {
      text += piece;
      if (cut && text.length > (bounds.at(-1) as number)) bounds.push(text.length);
    }
    if ((bounds.at(-1) as number) < text.length) bounds.push(text.length);
    return { text, bounds };
  });

const children = ({ text, bounds }: { text: string; bounds: number[] }) =>
  bounds.slice(1).map((end, i) => ({ from: bounds[i] as number, slice: text.slice(bounds[i], end) }));

describe('marker spans', () => {
  it('say whether a child holds a marker', () => {
    fc.assert(
      fc.property(splitText, (split) => {
        const spans = findSpans(split.text);
        for (const { from, slice } of children(split)) {
          expect(sliceHasMarker(spans, from, slice)).toBe(hasMarker(slice));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('give a child the spans its own search finds', () => {
    fc.assert(
      fc.property(splitText, (split) => {
        const spans = findSpans(split.text);
        for (const { from, slice } of children(split)) {
          const own = sliceSpans(spans, from, from + slice.length);
          if (own) expect([own.starts, own.ends]).toEqual([findSpans(slice).starts, findSpans(slice).ends]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never call a run of children unmarked when one of them holds a marker', () => {
    fc.assert(
      fc.property(splitText, (split) => {
        const spans = findSpans(split.text);
        const kids = children(split);
        for (let a = 0; a < kids.length; a++) {
          for (let b = a; b < kids.length; b++) {
            const start = kids[a]?.from as number;
            const end = (kids[b]?.from as number) + (kids[b]?.slice.length as number);
            if (mayHoldMarker(spans, start, end)) continue;
            for (const kid of kids.slice(a, b + 1)) expect(hasMarker(kid.slice)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('find a match that starts inside a word an earlier match ran into', () => {
    // 'ICP' is a match, and so is 'b-M-20240101': the parent's spans hold both.
    const spans = findSpans('ICPab-M-20240101');
    expect(spans.starts).toEqual([0, 4]);
    expect(sliceHasMarker(spans, 3, 'ab-M-20240101')).toBe(true);
    expect(mayHoldMarker(spans, 3, 16)).toBe(true);
  });

  it('rely on markers that never look outside their own match', () => {
    // A lookaround, \b or an anchor would make a child's match depend on its neighbours' text.
    for (const marker of KINDS.flatMap((row) => row.markers))
      expect(marker, marker).not.toMatch(/\(\?<?[=!]|\\[bB]|(?<!\[)\^|\$/);
  });

  it('stop at the span cap and leave the rest to be searched again', () => {
    const text = '网安 '.repeat(MAX_SPANS + 10);
    const spans = findSpans(text);
    expect(spans.starts).toHaveLength(MAX_SPANS);
    expect(spans.searchedTo).toBeLessThan(text.length);
    expect(mayHoldMarker(spans, text.length - 3, text.length)).toBe(true);
    expect(sliceHasMarker(spans, text.length - 3, text.slice(-3))).toBe(true);
  });
});
