// The registry a kind's numbers belong to (the registry column of kinds.ts): the duty to link a
// footer number to its site, and the look-up link the popup offers.
//
// The display rules want the ICP filing number linked to beian.miit.gov.cn and the police filing
// number linked to the PSB portal. The page scan reports the text of registry links around each
// block; a number counts as linked when one of the right registry's link texts holds its digits.
import { kindRow, REGISTRIES, type RegistryId } from './kinds.ts';
import type { FlagNote, Licence, OfficialLink } from './types.ts';

/** The digits that identify a number: the subject body without the site suffix. */
function keyDigits(licence: Licence): string {
  return (licence.subject ?? licence.number).replace(/\D/g, '');
}

/** A not-linked note when `licence` should be linked and none of `links` holds it; else null. */
export function notLinkedNote(licence: Licence, links: readonly OfficialLink[]): FlagNote | null {
  const { registry, mustLink } = kindRow(licence.kind);
  if (!registry || !mustLink) return null;
  const digits = keyDigits(licence);
  if (digits.length === 0) return null;
  const linked = links.some((l) => l.registry === registry && l.text.replace(/\D/g, '').includes(digits));
  if (linked) return null;
  return { flag: 'not-linked', reason: `the number is not inside a link to ${REGISTRIES[registry].name}` };
}

export interface RegistryLink {
  registry: RegistryId;
  url: string;
  /** The site has no per-number page: the number is copied for pasting into its search. */
  copyFirst: boolean;
}

/** Where the number can be looked up, or null (no registry, or a number its per-number page cannot take). */
export function registryLink(licence: Licence): RegistryLink | null {
  const registry = kindRow(licence.kind).registry;
  if (!registry) return null;
  const site = REGISTRIES[registry];
  if (site.digits === undefined) return { registry, url: site.url, copyFirst: true };
  const digits = licence.number.replace(/\D/g, '');
  return digits.length === site.digits ? { registry, url: site.url + digits, copyFirst: false } : null;
}
