import { useState } from 'preact/hooks';
import type { FoundLicence } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import type { PopupApi } from './api.ts';
import { registryAction } from './format.ts';

interface Props {
  licence: FoundLicence;
  tabId: number;
  api: PopupApi;
}

type Feedback = 'copied' | 'copy-failed' | 'show-failed' | null;

/**
 * Copy, the official look-up and "show on page". The registry site opens only on a click, as a plain
 * link (the extension itself never contacts it); a site without per-number URLs (MIIT) gets the
 * number copied first, for pasting into its search box.
 */
export function CardActions({ licence, tabId, api }: Props) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const number = licence.number;
  const copy = () =>
    api.copy(number).then(
      () => setFeedback('copied'),
      () => setFeedback('copy-failed'),
    );
  const registry = registryAction(licence);
  const message =
    feedback === 'copied'
      ? t('copied')
      : feedback === 'copy-failed'
        ? t('copyFailed')
        : feedback === 'show-failed'
          ? t('showFailed')
          : '';
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
      {registry && (
        <a
          class="button"
          data-testid={`open-${registry.registry}`}
          href={registry.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={registry.label}
          onClick={registry.copyFirst ? () => void copy() : undefined}
        >
          {registry.text} ↗
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
