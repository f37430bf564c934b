import { useState } from 'preact/hooks';
import type { FoundLicence } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import type { PopupApi } from './api.ts';
import { hasMiitQuery, MIIT_QUERY_URL, psbRecordUrl } from './format.ts';

interface Props {
  licence: FoundLicence;
  tabId: number;
  api: PopupApi;
}

type Feedback = 'copied' | 'copy-failed' | 'show-failed' | null;

/**
 * Copy, the official look-ups and "show on page". The registry sites open only on a click, as plain
 * links (the extension itself never contacts them); MIIT has no per-number URL, so its link copies
 * the number first for pasting into the search box.
 */
export function CardActions({ licence, tabId, api }: Props) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const number = licence.number;
  const copy = () =>
    api.copy(number).then(
      () => setFeedback('copied'),
      () => setFeedback('copy-failed'),
    );
  const psbUrl = psbRecordUrl(licence);
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
      {hasMiitQuery(licence) && (
        <a
          class="button"
          data-testid="open-miit"
          href={MIIT_QUERY_URL}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('openMiitLabel', number)}
          onClick={() => void copy()}
        >
          {t('openMiit')} ↗
        </a>
      )}
      {psbUrl && (
        <a
          class="button"
          data-testid="open-psb"
          href={psbUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('openPsbLabel', number)}
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
