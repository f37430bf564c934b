// Where the licence markers of a text are: [start, end) of each match of the marker pre-filter,
// found in one pass of the regex. An element's text (textContent) is the concatenation of its
// children's texts, so the spans of a parent's text say which child holds a marker without running
// the regex again over the child, and hand the child its own spans.
//
// Why a slice can be judged from its parent's spans: if a child's text holds a marker, the parent's
// left-to-right search either finds that match or a match that starts earlier and runs into the
// child (an overlap). So a child no span touches holds no marker, a span inside the child is a
// marker of the child, and only a span across the child's edge needs the child's own text. That
// holds because a marker never looks outside its own match (no lookbehind, lookahead, \b or
// anchors; test/unit/dom/marker-spans.test.ts checks the kinds table for them).
import { hasMarker, MARKER_SOURCE } from '../core/markers.ts';

export interface MarkerSpans {
  /** The text searched. */
  text: string;
  starts: number[];
  ends: number[];
  /** Offsets from here on were not searched (too many spans): they may hold markers. */
  searchedTo: number;
}

/** Spans kept per text; a page full of markers is then searched again slice by slice. */
export const MAX_SPANS = 4096;

const MARKER_G = new RegExp(MARKER_SOURCE, 'g');

export function findSpans(text: string, max = MAX_SPANS): MarkerSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  MARKER_G.lastIndex = 0;
  for (let m = MARKER_G.exec(text); m !== null; m = MARKER_G.exec(text)) {
    if (starts.length >= max) {
      MARKER_G.lastIndex = 0;
      return { text, starts, ends, searchedTo: m.index };
    }
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (m[0].length === 0) MARKER_G.lastIndex++;
  }
  return { text, starts, ends, searchedTo: text.length };
}

export const hasSpans = (s: MarkerSpans, length: number): boolean =>
  s.starts.length > 0 || s.searchedTo < length;

/** Index of the first span that ends after `from`. */
function firstEndingAfter(s: MarkerSpans, from: number): number {
  let lo = 0;
  let hi = s.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.ends[mid] as number) > from) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether some span touches [from, to), or part of it was not searched. */
export function mayHoldMarker(s: MarkerSpans, from: number, to: number): boolean {
  if (to > s.searchedTo) return true;
  const i = firstEndingAfter(s, from);
  return i < s.starts.length && (s.starts[i] as number) < to;
}

/**
 * The spans of the slice [from, to), shifted to start at 0, or null when a span crosses one of its
 * edges or part of it was not searched (then only the slice's own text can tell).
 */
export function sliceSpans(s: MarkerSpans, from: number, to: number): MarkerSpans | null {
  if (to > s.searchedTo) return null;
  const first = firstEndingAfter(s, from);
  if (first < s.starts.length && (s.starts[first] as number) < from) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = first; i < s.starts.length && (s.starts[i] as number) < to; i++) {
    if ((s.ends[i] as number) > to) return null;
    starts.push((s.starts[i] as number) - from);
    ends.push((s.ends[i] as number) - from);
  }
  return { text: s.text.slice(from, to), starts, ends, searchedTo: to - from };
}

/** The spans of `slice`, which is [from, from + slice.length) of the parent's text. */
export function spansOfSlice(parent: MarkerSpans, from: number, slice: string): MarkerSpans {
  return sliceSpans(parent, from, from + slice.length) ?? findSpans(slice);
}

/** Whether `slice` ([from, …) of the parent's text) holds a marker, running the regex only when needed. */
export function sliceHasMarker(parent: MarkerSpans, from: number, slice: string): boolean {
  const own = sliceSpans(parent, from, from + slice.length);
  return own ? own.starts.length > 0 : hasMarker(slice);
}
