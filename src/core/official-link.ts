// The display rules want the ICP filing number linked to beian.miit.gov.cn and the police filing
// number linked to the PSB portal. The page scan reports the text of registry links around each
// block; a number counts as linked when one of the right registry's link texts holds its digits.
import type { FlagNote, Licence, LicenceKind, OfficialLink, Registry } from './types.ts';

/** Kinds whose number should link to a registry; other kinds have no such duty. */
const REGISTRY_OF: Partial<Record<LicenceKind, Registry>> = {
  'icp-filing': 'miit',
  psb: 'psb',
};

/** The digits that identify a number: the subject body without the site suffix. */
function keyDigits(licence: Licence): string {
  const base = licence.kind === 'icp-filing' ? (licence.subject ?? licence.number) : licence.number;
  return base.replace(/\D/g, '');
}

/** A not-linked note when `licence` should be linked and none of `links` holds it; else null. */
export function notLinkedNote(licence: Licence, links: readonly OfficialLink[]): FlagNote | null {
  const registry = REGISTRY_OF[licence.kind];
  if (!registry) return null;
  const digits = keyDigits(licence);
  if (digits.length === 0) return null;
  const linked = links.some((l) => l.registry === registry && l.text.replace(/\D/g, '').includes(digits));
  if (linked) return null;
  const site = registry === 'miit' ? 'beian.miit.gov.cn' : 'the police filing portal';
  return { flag: 'not-linked', reason: `the number is not inside a link to ${site}` };
}
