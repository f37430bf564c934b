// What an official registry said about the number on this card, once the user checked it: the
// verdict's sentence, its notes, the record's details and when it was read. Announced politely
// when it arrives while the popup is open. Test hooks: data-testid registry-verdict (with
// data-registry, data-outcome, data-tone), registry-verdict-text, registry-facts. The verdict
// itself (Verdict.tsx) loads after the first render: a card shows no verdict before a check.
import type { FoundLicence } from '../core/types.ts';
import type { RegistryCheck } from '../storage/registry-checks.ts';
import { useRegistry } from './registry-context.tsx';
import { useLater } from './use-later.ts';

/** The verdicts for this card's number (MIIT, police), or nothing. */
export function CardVerdict({ licence }: { licence: FoundLicence }) {
  const registry = useRegistry();
  const all: Array<RegistryCheck | undefined> = [registry?.checks.miit, registry?.checks.psb];
  const checks = all.filter((c): c is RegistryCheck => c !== undefined && c.number === licence.number);
  const later = useLater(checks.length > 0);
  return (
    <div class="verdicts" aria-live="polite">
      {later && checks.map((check) => <later.Verdict key={check.verdict.registry} check={check} />)}
    </div>
  );
}
