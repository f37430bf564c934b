// One registry verdict under a card: the verdict's sentence, its notes, the record's details and
// when it was read. Loaded after the first render (use-later.ts), with its texts and stylesheet.
import { t } from '../i18n/i18n.ts';
import type { RegistryCheck } from '../storage/registry-checks.ts';
import {
  accessRestricted,
  noteText,
  outcomeText,
  recordFacts,
  registryHeading,
  verdictTone,
} from '../ui/registry-text.ts';
import { when } from '../ui/site-text.ts';
import './registry.css';

export function Verdict({ check }: { check: RegistryCheck }) {
  const verdict = check.verdict;
  const facts = recordFacts(verdict);
  return (
    <section
      class={`verdict verdict--${verdictTone(verdict)}`}
      data-testid="registry-verdict"
      data-registry={verdict.registry}
      data-outcome={verdict.outcome.code}
      data-tone={verdictTone(verdict)}
      aria-label={registryHeading(verdict.registry)}
    >
      <h3 class="verdict__heading">{registryHeading(verdict.registry)}</h3>
      <p class="verdict__text" data-testid="registry-verdict-text" lang={t('localeCode').replace('_', '-')}>
        {outcomeText(verdict, check.number)}
      </p>
      {verdict.notes.map((note) => (
        <p key={note.code} class="verdict__note" data-note={note.code}>
          {noteText(note)}
        </p>
      ))}
      {accessRestricted(verdict) && <p class="verdict__note">{t('registryLimitAccess')}</p>}
      {facts.length > 0 && (
        <dl class="verdict__facts" data-testid="registry-facts">
          {facts.map((f) => (
            <div key={f.label} class="verdict__fact">
              <dt>{f.label}</dt>
              <dd lang="zh-CN">{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="verdict__when">{t('registryReadAt', when(verdict.readAt))}</p>
    </section>
  );
}
