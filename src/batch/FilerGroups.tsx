// The checked sites grouped by filer: which of the listed domains share an ICP filing subject, and
// which print the same operator, so a pasted list of competitors shows who belongs together.

import type { ExportSite } from '../export/export.ts';
import { t } from '../i18n/i18n.ts';
import { type GroupBy, groupSites } from '../storage/history-query.ts';

/** Groups and their sites shown; a batch holds at most 1,000 sites. */
const MAX_GROUPS = 200;
const MAX_SITES = 1000;

function Groups({ by, sites }: { by: GroupBy; sites: readonly ExportSite[] }) {
  const { groups } = groupSites(sites, by, MAX_GROUPS, MAX_SITES);
  if (groups.length === 0) return null;
  return (
    <>
      <h3>{t(by === 'subject' ? 'batchSameSubjectHeading' : 'batchSameOperatorHeading')}</h3>
      <ul class="filer-groups" data-testid="filer-groups" data-by={by}>
        {groups.map((group) => (
          <li key={group.key} data-testid="filer-group" data-key={group.key} data-count={group.count}>
            <span class="filer-groups__label">{group.label}</span>{' '}
            <span class="filer-groups__count">{t('historyGroupCount', String(group.count))}</span>:{' '}
            {group.sites.map((s) => s.domain).join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}

export function FilerGroups({ sites }: { sites: readonly ExportSite[] }) {
  const read = sites.filter((s) => !s.error);
  const any = (by: GroupBy) => groupSites(read, by, 1, 1).total > 0;
  return (
    <section class="filers" data-testid="filers" aria-labelledby="filers-heading">
      <h2 id="filers-heading">{t('batchFilersHeading')}</h2>
      {any('subject') || any('operator') ? (
        <>
          <Groups by="subject" sites={read} />
          <Groups by="operator" sites={read} />
        </>
      ) : (
        <p data-testid="filers-none">{t('batchNoSharedFiler')}</p>
      )}
    </section>
  );
}
