// A cheap pre-filter: could this piece of text contain a licence number?
// The content script runs it on every text node of every page, so it must be one linear-time regex
// and liberal: a false positive costs one block sent to the background, whose parser is precise;
// a false negative loses a number for good. Shared by the content script and the command line.
import { KINDS, type KindRow } from './kinds.ts';

/** Every row's marker words, each once, as one alternation. */
export function markerSourceOf(rows: readonly Pick<KindRow, 'markers'>[]): string {
  return [...new Set(rows.flatMap((row) => row.markers))].join('|');
}

/**
 * The build writes markerSourceOf(KINDS) into the bundles as a literal (vite.config.ts), so the
 * content script does not carry the whole kinds table (about 2 KB) for its marker words alone.
 */
declare const __ICP_MARKER_SOURCE__: string | undefined;

/**
 * Every row's marker words (src/core/kinds.ts), each once, as one alternation: could this text hold
 * a number of any kind?
 */
export const MARKER_SOURCE =
  typeof __ICP_MARKER_SOURCE__ === 'string' ? __ICP_MARKER_SOURCE__ : markerSourceOf(KINDS);

/** Non-global: safe to share, `test` keeps no state. */
export const MARKER_RE = new RegExp(MARKER_SOURCE);

/** True when `text` could contain a licence number (a liberal test; the parser decides). */
export function hasMarker(text: string): boolean {
  return MARKER_RE.test(text);
}

/** Start offsets of every marker occurrence in `text` (used to cut long text into windows). */
export function markerOffsets(text: string, limit = 1000): number[] {
  const re = new RegExp(MARKER_SOURCE, 'g');
  const out: number[] = [];
  for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * A text node that is only 备 or 证: footers obfuscated one character per element
 * (`<span>粤</span><span>I</span>…<span>备</span>`) have no whole label in any one text node, so
 * the page scan treats such a lone label character as a hit and reads the run around it.
 */
export function isLoneLabelChar(text: string): boolean {
  return text.length <= 8 && /^\s*[备備证證]\s*$/.test(text);
}
