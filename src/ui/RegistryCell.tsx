// The registry column of the history and batch tables: the verdicts kept for the site, each in a
// few words (the full sentence as its tooltip and for screen readers), and the actions that start
// a check of the row's number on MIIT or the police registry. Test hooks: data-testid
// registry-short (data-registry, data-outcome), row-check-miit, row-check-psb.
import type { LicenceKind, Registry } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import type { RegistryCheck, RegistryChecks } from '../storage/registry-checks.ts';
import { outcomeText, shortVerdict, verdictTone } from './registry-text.ts';
import './registry-cell.css';

/** A check a row asks for: the site, the number and the row's other numbers. */
export interface RowCheck {
  domain: string;
  registry: Registry;
  number: string;
  numbers: string[];
}

interface Props {
  /** The site's registrable domain; null when it cannot be checked (not a public site). */
  domain: string | null;
  licences: readonly { kind: LicenceKind; number: string }[];
  checks: RegistryChecks | undefined;
  onCheck?: (check: RowCheck) => void;
}

const REGISTRIES: readonly Registry[] = ['miit', 'psb'];

/** The numbers a row can be checked by: its first ICP number, its first complete police number. */
export function rowNumbers(licences: Props['licences']): Partial<Record<Registry, string>> {
  const miit = licences.find((l) => l.kind === 'icp-filing' || l.kind === 'icp-license');
  const psb = licences.find((l) => l.kind === 'psb' && l.number.replace(/\D/g, '').length === 14);
  return { ...(miit ? { miit: miit.number } : {}), ...(psb ? { psb: psb.number } : {}) };
}

export function RegistryCell({ domain, licences, checks, onCheck }: Props) {
  const kept: Array<RegistryCheck | undefined> = [checks?.miit, checks?.psb];
  const numbers = rowNumbers(licences);
  const start = (registry: Registry, number: string) =>
    domain &&
    onCheck?.({
      domain,
      registry,
      number,
      numbers: licences.map((l) => l.number).filter((n) => n !== number),
    });
  return (
    <div class="registry-cell">
      {kept.map(
        (check) =>
          check && (
            <span
              key={check.verdict.registry}
              class={`registry-cell__verdict registry-cell__verdict--${verdictTone(check.verdict)}`}
              data-testid="registry-short"
              data-registry={check.verdict.registry}
              data-outcome={check.verdict.outcome.code}
              title={outcomeText(check.verdict, check.number)}
            >
              {shortVerdict(check.verdict)}
              <span class="registry-cell__sr">: {outcomeText(check.verdict, check.number)}</span>
            </span>
          ),
      )}
      {domain && onCheck && (numbers.miit || numbers.psb) && (
        <span class="registry-cell__actions">
          {REGISTRIES.map((registry) => {
            const number = numbers[registry];
            return (
              number && (
                <button
                  key={registry}
                  type="button"
                  class="registry-cell__check"
                  data-testid={`row-check-${registry}`}
                  aria-label={t('registryRowCheckLabel', [number, domain])}
                  onClick={() => start(registry, number)}
                >
                  {t(registry === 'miit' ? 'registryCheckMiit' : 'openPsb')} ↗
                </button>
              )
            );
          })}
        </span>
      )}
    </div>
  );
}
