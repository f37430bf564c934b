// One row per line of the list: what it was, then its numbers, "none found", or its error in words.

import { pageStatus } from '../core/page-status.ts';
import { t } from '../i18n/i18n.ts';
import { NumberList } from '../ui/NumberList.tsx';
import { statusText } from '../ui/site-text.ts';
import { errorText } from './error-text.ts';
import type { BatchRow } from './run.ts';

function Result({ row }: { row: BatchRow }) {
  if (row.state === 'pending') return <span class="pill pill--pending">{t('batchPending')}</span>;
  if (row.state === 'running') return <span class="pill pill--pending">{t('batchRunning')}</span>;
  if (row.error)
    return (
      <span class="pill pill--error" data-testid="row-error" data-code={row.error.code}>
        {errorText(row.error)}
      </span>
    );
  const report = row.report;
  if (!report || report.licences.length === 0)
    return <span class="pill pill--none">{t('batchNoLicence')}</span>;
  const status = pageStatus(report);
  const operator = report.operators?.[0]?.printed;
  return (
    <>
      <span class={`pill pill--${status}`}>{statusText(status)}</span>
      {operator && (
        <span class="result__operator" data-testid="row-operator">
          {t('headerOperator', operator)}
        </span>
      )}
      <NumberList licences={report.licences} />
    </>
  );
}

export function ResultsTable({ rows }: { rows: readonly BatchRow[] }) {
  return (
    <table class="sites" data-testid="results">
      <thead>
        <tr>
          <th scope="col">{t('batchColInput')}</th>
          <th scope="col">{t('batchColResult')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} data-testid="result-row" data-input={row.input} data-state={row.state}>
            <th scope="row" class="sites__domain">
              {row.input}
            </th>
            <td>
              <Result row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
