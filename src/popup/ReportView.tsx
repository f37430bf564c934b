import { pageNotes } from '../core/page-notes.ts';
import type { PageReport } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import type { PopupApi } from './api.ts';
import { licenceRows, noteText } from './format.ts';
import { LicenceCard } from './LicenceCard.tsx';

interface Props {
  report: PageReport;
  local: boolean;
  tabId: number;
  api: PopupApi;
}

/** The result for one tab: page-level notes, then one card per licence, primary first. */
export function ReportView({ report, local, tabId, api }: Props) {
  if (report.licences.length === 0) {
    return (
      <>
        <p class="state" data-testid="empty">
          {t(local ? 'statusLocal' : 'statusNone')}
        </p>
        {report.truncated && <p class="note">{t('truncated')}</p>}
      </>
    );
  }
  const notes = pageNotes(report);
  return (
    <>
      {notes.length > 0 && (
        <section class="notes" aria-label={t('notesHeading')} data-testid="page-notes">
          <ul>
            {notes.map((n) => (
              <li key={n.note} data-note={n.note}>
                {noteText(n)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul class="cards" data-testid="licences">
        {licenceRows(report).map((row) => (
          <LicenceCard key={row.index} licence={row.licence} primary={row.primary} tabId={tabId} api={api} />
        ))}
      </ul>
      {report.hints.length > 0 && (
        <section class="hints" aria-label={t('hintsHeading')}>
          <h2 class="hints__title">{t('hintsHeading')}</h2>
          <ul>
            {report.hints.map((h) => (
              <li key={h.number} lang="zh-CN">
                {h.number} <span class="muted">{h.source}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.truncated && <p class="note">{t('truncated')}</p>}
    </>
  );
}
