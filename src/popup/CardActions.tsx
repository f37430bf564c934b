import { useState } from 'preact/hooks';
import { queryPageUrl } from '../core/registry/query-pages.ts';
import type { FoundLicence, Registry } from '../core/types.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import type { PopupApi } from './api.ts';
import { hasMiitQuery, psbRecordUrl } from './format.ts';
import { useRegistry } from './registry-context.tsx';

interface Props {
  licence: FoundLicence;
  tabId: number;
  api: PopupApi;
}

type Feedback = 'copied' | 'copy-failed' | 'show-failed' | 'check-started' | 'check-failed' | null;

const FEEDBACK_KEYS = {
  copied: 'copied',
  'copy-failed': 'copyFailed',
  'show-failed': 'showFailed',
  'check-started': 'registryCheckStarted',
  'check-failed': 'registryCheckFailed',
} as const satisfies Record<NonNullable<Feedback>, MessageKey>;

/**
 * Copy, the official look-ups and "show on page". The registry sites open only on a click (the
 * extension itself never contacts them). "Check on MIIT" and "Police record" copy the number and
 * ask the worker to start a check, which opens the query page; its answer then shows under the
 * card. Without the worker they are plain links.
 */
export function CardActions({ licence, tabId, api }: Props) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const number = licence.number;
  const copy = () =>
    api.copy(number).then(
      () => setFeedback('copied'),
      () => setFeedback('copy-failed'),
    );
  const psbUrl = psbRecordUrl(licence) && queryPageUrl('psb', number);
  const registry = useRegistry();
  const [startedAt, setStartedAt] = useState(0);
  const check = (which: Registry) => (event: MouseEvent) => {
    if (!registry) return void copy();
    // The worker opens the page, so it knows which tab the answers will come from.
    event.preventDefault();
    api.copy(number).catch(() => {});
    setStartedAt(Date.now());
    registry.check(which, number).then(
      (opened) => setFeedback(opened ? 'check-started' : 'check-failed'),
      () => setFeedback('check-failed'),
    );
  };
  // Once the answer is under the card, the hint to go and search has done its job.
  const answered = [registry?.checks.miit, registry?.checks.psb].some(
    (c) => c?.number === number && c.verdict.readAt >= startedAt,
  );
  const message = feedback && !(feedback === 'check-started' && answered) ? t(FEEDBACK_KEYS[feedback]) : '';
  return (
    <div class="actions">
      <button
        type="button"
        class="button"
        data-testid="copy"
        data-copied={feedback === 'copied' ? 'true' : undefined}
        aria-label={t('copyLabel', number)}
        onClick={copy}
      >
        {feedback === 'copied' ? t('copied') : t('copy')}
      </button>
      {hasMiitQuery(licence) && (
        <a
          class="button"
          data-testid="open-miit"
          href={queryPageUrl('miit', number)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('registryCheckMiitLabel', number)}
          onClick={check('miit')}
        >
          {t('registryCheckMiit')} ↗
        </a>
      )}
      {psbUrl && (
        <a
          class="button"
          data-testid="open-psb"
          href={psbUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('registryCheckPsbLabel', number)}
          onClick={check('psb')}
        >
          {t('openPsb')} ↗
        </a>
      )}
      <button
        type="button"
        class="button"
        data-testid="show-on-page"
        aria-label={t('showOnPageLabel', number)}
        onClick={() =>
          api.showBlock(tabId, licence.block).then(
            (ok) => setFeedback(ok ? null : 'show-failed'),
            () => setFeedback('show-failed'),
          )
        }
      >
        {t('showOnPage')}
      </button>
      <span class="actions__feedback" role="status" data-testid="feedback">
        {message}
      </span>
    </div>
  );
}
