// The remembered sites as a table: one row per site, its numbers listed in the row.

import { t } from '../i18n/i18n.ts';
import type { HistorySite } from '../storage/history-schema.ts';
import { NumberList } from '../ui/NumberList.tsx';
import { RegistryCell, type RowCheck } from '../ui/RegistryCell.tsx';
import { hostingText, statusText, when } from '../ui/site-text.ts';

export function SitesTable({
  sites,
  onCheck,
}: {
  sites: readonly HistorySite[];
  /** Starts a registry check of a row's number (absent: no check actions). */
  onCheck?: (check: RowCheck) => void;
}) {
  return (
    <table class="sites" data-testid="sites">
      <thead>
        <tr>
          <th scope="col">{t('historyColDomain')}</th>
          <th scope="col">{t('historyColStatus')}</th>
          <th scope="col">{t('historyColOperator')}</th>
          <th scope="col">{t('historyColLicences')}</th>
          <th scope="col">{t('historyColHosting')}</th>
          <th scope="col">{t('registryColumn')}</th>
          <th scope="col">{t('historyColFirstSeen')}</th>
          <th scope="col">{t('historyColLastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((site) => (
          <tr key={site.domain} data-testid="site-row" data-domain={site.domain} data-status={site.status}>
            <th scope="row" class="sites__domain">
              {site.domain}
              {site.source === 'batch' && <span class="sites__source">{t('historySourceBatch')}</span>}
            </th>
            <td>
              <span class={`pill pill--${site.status}`}>{statusText(site.status)}</span>
            </td>
            <td data-testid="site-operator">{site.operator?.printed ?? '—'}</td>
            <td>
              <NumberList licences={site.licences} />
            </td>
            <td>{site.hosting ? hostingText(site.hosting.kind) : '—'}</td>
            <td>
              <RegistryCell
                domain={site.domain}
                licences={site.licences}
                checks={site.registry}
                {...(onCheck ? { onCheck } : {})}
              />
            </td>
            <td>{when(site.firstSeen)}</td>
            <td>{when(site.lastSeen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
