import { t } from '../i18n/i18n.ts';
import type { Site } from '../site/site.ts';

interface Props {
  site: Site | null;
  status: string;
  tone: 'ready' | 'muted' | 'error';
  onSettings: () => void;
  /** The operator the page prints, as printed (the first src/core/operator finds). */
  operator?: string | undefined;
}

/** Site name and one-line status. The status line is a live region so screen readers hear changes. */
export function Header({ site, status, tone, onSettings, operator }: Props) {
  return (
    <header class="header">
      <div class="header__text">
        <h1 class="header__site" data-testid="site" title={site?.name}>
          {site?.name ?? t('thisTab')}
          {site?.local && (
            <span class="tag tag--local" data-testid="local">
              {t('localTag')}
            </span>
          )}
        </h1>
        <p class={`header__status header__status--${tone}`} data-testid="status" role="status">
          {status}
        </p>
        {operator && (
          <p class="header__operator" data-testid="operator">
            {t('headerOperator', operator)}
          </p>
        )}
      </div>
      <button
        type="button"
        class="icon-button"
        onClick={onSettings}
        aria-label={t('settings')}
        title={t('settings')}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M11.5 1h-3l-.5 2.4a7 7 0 0 0-1.7 1L4 3.6 2.5 6.2l1.8 1.6a7 7 0 0 0 0 2l-1.8 1.6L4 14l2.3-.8a7 7 0 0 0 1.7 1l.5 2.4h3l.5-2.4a7 7 0 0 0 1.7-1l2.3.8 1.5-2.6-1.8-1.6a7 7 0 0 0 0-2l1.8-1.6L16 3.6l-2.3.8a7 7 0 0 0-1.7-1zM10 7a3 3 0 1 1 0 6 3 3 0 0 1 0-6"
          />
        </svg>
      </button>
    </header>
  );
}
