import { useState } from 'preact/hooks';
import { queryPageUrl } from '../core/registry/query-pages.ts';
import type { FoundLicence, Registry } from '../core/types.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import type { PopupApi } from './api.ts';
import { registryAction } from './format.ts';
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

const CHECK_LABELS = {
  miit: 'registryCheckMiitLabel',
  psb: 'registryCheckPsbLabel',
} as const satisfies Record<Registry, MessageKey>;

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
  const link = registryAction(licence);
  const registry = useRegistry();
  const [startedAt, setStartedAt] = useState(0);
  // MIIT and police numbers can be checked (the worker opens the query page and reads its answer);
  // other registries, or a popup without the worker, get the plain link.
  const checkable =
    registry && (link?.registry === 'miit' || link?.registry === 'psb') ? link.registry : null;
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
      {link && (
        <a
          class="button"
          data-testid={`open-${link.registry}`}
          href={checkable ? queryPageUrl(checkable, number) : link.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={checkable ? t(CHECK_LABELS[checkable], number) : link.label}
          onClick={checkable ? check(checkable) : link.copyFirst ? () => void copy() : undefined}
        >
          {checkable === 'miit' ? t('registryCheckMiit') : link.text} ↗
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
