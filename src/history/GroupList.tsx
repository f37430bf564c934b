// Sites that share a filing subject or an operator, one expandable group each (largest first):
// the summary names the subject or operator and counts its sites; opened, it lists them with when
// each was last seen, and offers to filter the list to them.
import { t } from '../i18n/i18n.ts';
import type { GroupBy } from '../storage/history-query.ts';
import { when } from '../ui/site-text.ts';
import type { Groups } from './api.ts';

interface Props {
  by: GroupBy;
  groups: Groups;
  onShow: (key: string) => void;
}

export function GroupList({ by, groups, onShow }: Props) {
  if (groups.total === 0)
    return (
      <p data-testid="groups-none" data-by={by}>
        {t('historyGroupsNone')}
      </p>
    );
  return (
    <section class="groups" data-testid="groups" data-by={by} aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t(by === 'subject' ? 'historyViewSubject' : 'historyViewOperator')}</h2>
      <p class="groups__count">
        {t('historyGroupsShowing', [String(groups.groups.length), String(groups.total)])}
      </p>
      {groups.groups.map((group) => (
        <details
          key={group.key}
          class="group"
          data-testid="group"
          data-key={group.key}
          data-count={group.count}
        >
          <summary>
            <span class="group__label">{group.label}</span>{' '}
            <span class="group__count">{t('historyGroupCount', String(group.count))}</span>
          </summary>
          <ul class="group__sites">
            {group.sites.map((site) => (
              <li key={site.domain} data-testid="group-site" data-domain={site.domain}>
                {t('sameFilerSite', [site.domain, when(site.lastSeen)])}
              </li>
            ))}
            {group.count > group.sites.length && (
              <li>{t('sameFilerMore', String(group.count - group.sites.length))}</li>
            )}
          </ul>
          <button type="button" data-testid="group-show" onClick={() => onShow(group.key)}>
            {t('historyGroupShowSites')}
          </button>
        </details>
      ))}
    </section>
  );
}
