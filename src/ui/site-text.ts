// Short labels shared by the history and the batch pages.
import type { VerdictKind } from '../core/hosting/verdict.ts';
import type { PageStatus } from '../core/page-status.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';

const STATUS_KEYS: Record<PageStatus, MessageKey> = {
  filing: 'pageStatusFiling',
  commercial: 'pageStatusCommercial',
  flagged: 'pageStatusFlagged',
  none: 'pageStatusNone',
};

const HOSTING_KEYS: Record<VerdictKind, MessageKey> = {
  'mainland-filed': 'hostShortMainlandFiled',
  'mainland-no-number': 'hostShortMainlandNoNumber',
  'outside-no-number': 'hostShortOutsideNoNumber',
  'outside-with-number': 'hostShortOutsideWithNumber',
  local: 'hostShortLocal',
  unknown: 'hostShortUnknown',
};

export const STATUSES: readonly PageStatus[] = ['filing', 'commercial', 'flagged', 'none'];
export const statusText = (s: PageStatus): string => t(STATUS_KEYS[s]);
export const hostingText = (k: VerdictKind): string => t(HOSTING_KEYS[k]);

let dateTime: Intl.DateTimeFormat | null = null;

/**
 * A date and time in the browser's language. One formatter for the page: toLocaleString builds
 * a new one on every call, which made a table of 200 sites take a quarter of a second to draw.
 */
export function when(ms: number): string {
  dateTime ??= new Intl.DateTimeFormat(t('localeCode').replace('_', '-'), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return dateTime.format(ms);
}
