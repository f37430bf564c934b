// Turns what the content script collected on one page into a report: every distinct licence in
// the order found (footer first), the page's primary ICP number, and link-only hints.
import { linkHints } from './hints.ts';
import { isPrimaryCandidate } from './kinds.ts';
import { notLinkedNote } from './official-link.ts';
import { findOperators } from './operator/find.ts';
import { type ParseOptions, parseText } from './parse.ts';
import type { FoundLicence, LinkHint, PageReport, TextBlock } from './types.ts';

/** The first primary candidate (an ICP filing or licence) in the footer, else the first on the page. */
export interface AnalyseOptions extends ParseOptions {
  /**
   * Text read around the blocks (the page scan's operator context): searched for operators only,
   * never for licences, so it cannot add a number the blocks do not hold.
   */
  context?: readonly TextBlock[];
}

function primaryIndex(licences: readonly FoundLicence[]): number | null {
  const icp = (l: FoundLicence) => isPrimaryCandidate(l.kind);
  const footer = licences.findIndex((l) => icp(l) && l.region === 'footer');
  if (footer >= 0) return footer;
  const any = licences.findIndex(icp);
  return any >= 0 ? any : null;
}

export function analysePage(
  blocks: readonly TextBlock[],
  links: readonly LinkHint[] = [],
  truncated = false,
  { context = [], ...options }: AnalyseOptions = {},
): PageReport {
  const licences: FoundLicence[] = [];
  const seen = new Set<string>();
  const ordered = [...blocks].sort((a, b) => Number(a.region === 'body') - Number(b.region === 'body'));
  for (const block of ordered) {
    for (const licence of parseText(block.text, options)) {
      const key = `${licence.kind}\u0000${licence.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Only footer numbers have to be linked; a number quoted in body text has no such duty.
      const note =
        block.official && block.region === 'footer' ? notLinkedNote(licence, block.official) : null;
      const flags = note ? [...licence.flags, note] : licence.flags;
      licences.push({ ...licence, flags, region: block.region, block: block.id });
    }
  }
  return {
    licences,
    primary: primaryIndex(licences),
    hints: linkHints(links, licences),
    truncated,
    operators: findOperators(context.length ? [...blocks, ...context] : blocks, licences),
  };
}
