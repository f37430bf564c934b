// A batch row's error in the user's words.
import { t } from '../i18n/i18n.ts';
import type { BatchError } from './fetch-page.ts';

export type ErrorText = (error: BatchError) => string;

export function errorText(error: BatchError): string {
  switch (error.code) {
    case 'invalid':
      return t('batchErrInvalid');
    case 'timeout':
      return t('batchErrTimeout', String(error.seconds));
    case 'dns':
      return t('batchErrDns');
    case 'refused':
      return t('batchErrRefused');
    case 'redirects':
      return t('batchErrRedirects');
    case 'network':
      return t('batchErrNetwork', error.detail);
    case 'http':
      return t('batchErrHttp', String(error.status));
    case 'not-html':
      return t('batchErrNotHtml', error.type);
    case 'too-large':
      return t('batchErrTooLarge', String(Math.round(error.bytes / 1024 / 1024)));
    case 'cancelled':
      return t('batchErrCancelled');
    case 'stopped':
      return t('batchErrStopped');
    case 'analyse':
      return t('batchErrAnalyse');
  }
}
