import type { PageReport } from '../core/types.ts';
import { S } from '../shared/strings.ts';
import { licenceRows } from './format.ts';
import { LicenceCard } from './LicenceCard.tsx';

/** The result for one tab; null or an empty report shows the empty state. */
export function ReportView({ report }: { report: PageReport | null }) {
  if (!report || report.licences.length === 0) {
    return (
      <>
        <p class="empty" data-testid="empty">
          {S.empty}
        </p>
        {report?.truncated && <p class="note">{S.truncated}</p>}
      </>
    );
  }
  return (
    <>
      <ul class="cards" data-testid="licences">
        {licenceRows(report).map((row) => (
          <LicenceCard key={row.index} licence={row.licence} primary={row.primary} />
        ))}
      </ul>
      {report.truncated && <p class="note">{S.truncated}</p>}
    </>
  );
}
