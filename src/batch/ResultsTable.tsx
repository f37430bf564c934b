// One row per line of the list: what it was, then its numbers, "none found", or its error in words.

import { useEffect, useState } from 'preact/hooks';
import { pageStatus } from '../core/page-status.ts';
import { t } from '../i18n/i18n.ts';
import { historyDomain } from '../storage/history-domain.ts';
import type { RegistryChecks } from '../storage/registry-checks.ts';
import { NumberList } from '../ui/NumberList.tsx';
import { RegistryCell } from '../ui/RegistryCell.tsx';
import { statusText } from '../ui/site-text.ts';
import type { BatchRegistryApi } from './api.ts';
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

/** The verdicts per domain, reloaded whenever the background keeps a new one. */
function useSessionChecks(registry: BatchRegistryApi | undefined) {
  const [checks, setChecks] = useState<ReadonlyMap<string, RegistryChecks>>(new Map());
  useEffect(() => {
    if (!registry) return;
    let live = true;
    const load = () =>
      registry.sites().then(
        (c) => live && setChecks(c),
        () => {},
      );
    const unwatch = registry.watch(() => void load());
    void load();
    return () => {
      live = false;
      unwatch();
    };
  }, [registry]);
  return checks;
}

function RowRegistry({
  row,
  checks,
  registry,
}: {
  row: BatchRow;
  checks: ReadonlyMap<string, RegistryChecks>;
  registry: BatchRegistryApi;
}) {
  if (row.state !== 'done' || !row.report) return null;
  const domain = historyDomain(row.finalUrl ?? row.url ?? undefined);
  return (
    <RegistryCell
      domain={domain}
      licences={row.report.licences}
      checks={domain ? checks.get(domain) : undefined}
      onCheck={(c) => void registry.check(c)}
    />
  );
}

export function ResultsTable({ rows, registry }: { rows: readonly BatchRow[]; registry?: BatchRegistryApi }) {
  const checks = useSessionChecks(registry);
  return (
    <table class="sites" data-testid="results">
      <thead>
        <tr>
          <th scope="col">{t('batchColInput')}</th>
          <th scope="col">{t('batchColResult')}</th>
          {registry && <th scope="col">{t('registryColumn')}</th>}
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
            {registry && (
              <td>
                <RowRegistry row={row} checks={checks} registry={registry} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
