// The history page: what was remembered, searchable, filterable, sortable, with a chart by province
// and CSV/JSON export of what is shown.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LicenceKind } from '../core/types.ts';
import { exportName, toCsv, toJson } from '../export/export.ts';
import { type MessageKey, prefersChinese, t } from '../i18n/i18n.ts';
import { kindLabel } from '../shared/labels.ts';
import type { PageStatus } from '../shared/page-status.ts';
import type { HistorySite } from '../storage/history-schema.ts';
import { STATUSES, statusText } from '../ui/site-text.ts';
import type { HistoryApi } from './api.ts';
import { applyQuery, countByProvince, EMPTY_QUERY, type Query, SORT_KEYS, type SortKey } from './filter.ts';
import { ProvinceChart } from './ProvinceChart.tsx';
import { SitesTable } from './SitesTable.tsx';
import './history.css';

const SORT_LABELS: Record<SortKey, MessageKey> = {
  'last-seen': 'historySortLastSeen',
  domain: 'historySortDomain',
  province: 'historySortProvince',
};

export function HistoryApp({ api }: { api: HistoryApi }) {
  const [sites, setSites] = useState<HistorySite[] | null>(null);
  const [remember, setRemember] = useState(true);
  const [query, setQuery] = useState<Query>(EMPTY_QUERY);

  useEffect(() => {
    let live = true;
    const load = () => {
      api.read().then(
        (s) => live && setSites(s),
        () => live && setSites([]),
      );
      api.rememberSites().then(
        (on) => live && setRemember(on),
        () => {},
      );
    };
    load();
    const unwatch = api.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [api]);

  const all = sites ?? [];
  const shown = useMemo(() => applyQuery(all, query), [all, query]);
  const counts = useMemo(() => countByProvince(all), [all]);
  const kinds = useMemo(
    () => [...new Set(all.flatMap((s) => s.licences.map((l) => l.kind)))].sort() as LicenceKind[],
    [all],
  );
  const set = (changes: Partial<Query>) => setQuery((q) => ({ ...q, ...changes }));
  const zh = prefersChinese();

  const exportAs = (ext: 'csv' | 'json') => {
    const now = api.now();
    if (ext === 'csv')
      api.download(exportName('history', 'csv', now), toCsv(shown), 'text/csv;charset=utf-8');
    else api.download(exportName('history', 'json', now), toJson(shown, now), 'application/json');
  };

  return (
    <main class="page" aria-busy={sites === null}>
      <h1>{t('historyTitle')}</h1>
      {!remember && (
        <p class="notice" data-testid="history-off">
          {t('historyOff')}{' '}
          <button type="button" data-testid="history-turn-on" onClick={() => api.openOptions()}>
            {t('historyTurnOn')}
          </button>
        </p>
      )}
      <ProvinceChart counts={counts} selected={query.province} onSelect={(province) => set({ province })} />
      <search class="toolbar">
        <label>
          {t('historySearch')}
          <input
            type="search"
            data-testid="search"
            value={query.text}
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('historyFilterProvince')}
          <select
            data-testid="filter-province"
            value={query.province}
            onChange={(e) => set({ province: e.currentTarget.value })}
          >
            <option value="">{t('historyAll')}</option>
            {counts.map((c) => (
              <option key={c.code} value={c.code}>
                {zh ? c.zh : c.en}
              </option>
            ))}
            <option value="none">{t('historyNoProvince')}</option>
          </select>
        </label>
        <label>
          {t('historyFilterKind')}
          <select
            data-testid="filter-kind"
            value={query.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as LicenceKind | '' })}
          >
            <option value="">{t('historyAll')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('historyFilterStatus')}
          <select
            data-testid="filter-status"
            value={query.status}
            onChange={(e) => set({ status: e.currentTarget.value as PageStatus | '' })}
          >
            <option value="">{t('historyAll')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusText(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('historySort')}
          <select
            data-testid="sort"
            value={query.sort}
            onChange={(e) => set({ sort: e.currentTarget.value as SortKey })}
          >
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(SORT_LABELS[k])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setQuery({ ...EMPTY_QUERY, sort: query.sort })}>
          {t('historyClearFilters')}
        </button>
      </search>
      <div class="actions">
        <p role="status" data-testid="showing">
          {sites !== null && t('historyShowing', [String(shown.length), String(all.length)])}
        </p>
        <button
          type="button"
          data-testid="export-csv"
          disabled={shown.length === 0}
          onClick={() => exportAs('csv')}
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          data-testid="export-json"
          disabled={shown.length === 0}
          onClick={() => exportAs('json')}
        >
          {t('exportJson')}
        </button>
      </div>
      {sites !== null && all.length === 0 && <p data-testid="history-empty">{t('historyEmpty')}</p>}
      {all.length > 0 && shown.length === 0 && <p data-testid="history-no-match">{t('historyNoMatch')}</p>}
      {shown.length > 0 && (
        <SitesTable sites={shown} {...(api.checkSite ? { onCheck: (c) => void api.checkSite?.(c) } : {})} />
      )}
    </main>
  );
}
