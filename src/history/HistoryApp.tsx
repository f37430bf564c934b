// The history page: what was remembered, searchable, filterable, sortable, grouped by filing
// subject or operator, with a chart by province and CSV/JSON export of what the filters keep. The
// service worker answers each query from the database a page at a time, so 50,000 sites open as
// fast as fifty.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageStatus } from '../core/page-status.ts';
import { LICENCE_KINDS, type LicenceKind } from '../core/types.ts';
import { exportName, toCsv, toJson } from '../export/export.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import { kindLabel, provinceName } from '../i18n/labels.ts';
import { MAX_PAGE_SITES } from '../messaging/history-messages.ts';
import { EMPTY_QUERY, type GroupBy, type Query, SORT_KEYS, type SortKey } from '../storage/history-query.ts';
import type { FilerFilter } from '../ui/history-link.ts';
import { STATUSES, statusText } from '../ui/site-text.ts';
import type { Groups, HistoryApi, SitePage } from './api.ts';
import { GroupList } from './GroupList.tsx';
import { ProvinceChart } from './ProvinceChart.tsx';
import { SitesTable } from './SitesTable.tsx';
import './history.css';

/** Sites shown at first and added by "Show more". */
const PAGE_SIZE = 200;
/** The first rows drawn: a screenful comes on quickly, the rest of the first page right after. */
export const FIRST_ROWS = 40;
/** How long typing may pause before the worker is asked again. */
const TYPING_MS = 150;

const SORT_LABELS: Record<SortKey, MessageKey> = {
  'last-seen': 'historySortLastSeen',
  domain: 'historySortDomain',
  province: 'historySortProvince',
};

type View = 'list' | GroupBy;
const VIEW_LABELS: Record<View, MessageKey> = {
  list: 'historyViewList',
  subject: 'historyViewSubject',
  operator: 'historyViewOperator',
};

const EMPTY_PAGE: SitePage = { total: 0, matched: 0, sites: [], provinces: [], full: false };

/** Every site a query keeps, asked for a page at a time. */
async function everySite(api: HistoryApi, query: Query): Promise<SitePage['sites']> {
  const sites: SitePage['sites'] = [];
  for (;;) {
    const page = await api.page(query, sites.length, MAX_PAGE_SITES);
    sites.push(...page.sites);
    if (page.sites.length === 0 || sites.length >= page.matched) return sites;
  }
}

/** The query the page opens with: everything, or the group a popup link asked for. */
export const initialQuery = (initial: FilerFilter = {}): Query => ({ ...EMPTY_QUERY, ...initial });

interface Props {
  api: HistoryApi;
  initial?: FilerFilter;
  /**
   * The first FIRST_ROWS sites of the initial query, asked for before the page was drawn
   * (main.tsx), so the worker reads them while the page's script runs and paints.
   */
  firstPage?: Promise<SitePage>;
}

export function HistoryApp({ api, initial = {}, firstPage }: Props) {
  const [query, setQuery] = useState<Query>(() => initialQuery(initial));
  const [view, setView] = useState<View>('list');
  const [page, setPage] = useState<SitePage | null>(null);
  const [groups, setGroups] = useState<Groups | null>(null);
  const [remember, setRemember] = useState(true);
  const [changes, setChanges] = useState(0);
  const asked = useRef(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      api.rememberSites().then(
        (on) => live && setRemember(on),
        () => {},
      );
    void load();
    const unwatch = api.watch(() => {
      setChanges((n) => n + 1);
      void load();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    // The first page at once; later queries once typing pauses, and only the newest is shown.
    const opening = !asked.current;
    asked.current = true;
    // The first run answers the initial query, which main.tsx may already have asked.
    const asking = opening ? firstPage : undefined;
    const load = () => {
      (asking ?? api.page(query, 0, FIRST_ROWS))
        .then(async (first) => {
          if (!live) return;
          setPage(first);
          if (first.sites.length < FIRST_ROWS || first.sites.length >= first.matched) return;
          // Should the rest fail, the first rows stay and "Show more" asks again.
          const rest = await api
            .page(query, first.sites.length, PAGE_SIZE - first.sites.length)
            .catch(() => null);
          if (live && rest) setPage({ ...rest, sites: [...first.sites, ...rest.sites] });
        })
        .catch(() => live && setPage(EMPTY_PAGE));
      if (view !== 'list')
        api.groups(view, query).then(
          (g) => live && setGroups(g),
          () => live && setGroups({ groups: [], total: 0 }),
        );
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (asking) load();
    else timer = setTimeout(load, opening ? 0 : TYPING_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, view, changes]);

  const more = async () => {
    if (!page) return;
    const next = await api.page(query, page.sites.length, PAGE_SIZE);
    setPage({ ...next, sites: [...page.sites, ...next.sites] });
  };

  const set = (changes: Partial<Query>) => setQuery((q) => ({ ...q, ...changes }));
  const shown = page?.sites ?? [];
  const matched = page?.matched ?? 0;

  const exportAs = async (ext: 'csv' | 'json') => {
    const sites = await everySite(api, query);
    const now = api.now();
    if (ext === 'csv')
      api.download(exportName('history', 'csv', now), toCsv(sites), 'text/csv;charset=utf-8');
    else api.download(exportName('history', 'json', now), toJson(sites, now), 'application/json');
  };

  return (
    <main class="page" aria-busy={page === null}>
      <h1>{t('historyTitle')}</h1>
      {!remember && (
        <p class="notice" data-testid="history-off">
          {t('historyOff')}{' '}
          <button type="button" data-testid="history-turn-on" onClick={() => api.openOptions()}>
            {t('historyTurnOn')}
          </button>
        </p>
      )}
      {page?.full && (
        <p class="notice" role="alert" data-testid="history-full">
          {t('historyFull')}
        </p>
      )}
      <ProvinceChart
        counts={page?.provinces ?? []}
        selected={query.province}
        onSelect={(province) => set({ province })}
      />
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
          {t('historyFilterOperator')}
          <input
            type="search"
            data-testid="filter-operator"
            value={query.operator}
            onInput={(e) => set({ operator: e.currentTarget.value })}
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
            {(page?.provinces ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {provinceName(c)}
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
            {LICENCE_KINDS.map((k) => (
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
        <label>
          {t('historyView')}
          <select data-testid="view" value={view} onChange={(e) => setView(e.currentTarget.value as View)}>
            {(['list', 'subject', 'operator'] as const).map((k) => (
              <option key={k} value={k}>
                {t(VIEW_LABELS[k])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setQuery({ ...EMPTY_QUERY, sort: query.sort })}>
          {t('historyClearFilters')}
        </button>
      </search>
      {query.subject && (
        <p class="chip" data-testid="subject-filter">
          {t('historySubjectFilter', query.subject)}{' '}
          <button
            type="button"
            aria-label={t('historyRemoveFilter')}
            title={t('historyRemoveFilter')}
            onClick={() => set({ subject: '' })}
          >
            ×
          </button>
        </p>
      )}
      <div class="actions">
        <p role="status" data-testid="showing">
          {page !== null && t('historyShowing', [String(matched), String(page.total)])}
        </p>
        <button
          type="button"
          data-testid="export-csv"
          disabled={matched === 0}
          onClick={() => void exportAs('csv')}
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          data-testid="export-json"
          disabled={matched === 0}
          onClick={() => void exportAs('json')}
        >
          {t('exportJson')}
        </button>
      </div>
      {page !== null && page.total === 0 && <p data-testid="history-empty">{t('historyEmpty')}</p>}
      {page !== null && page.total > 0 && matched === 0 && (
        <p data-testid="history-no-match">{t('historyNoMatch')}</p>
      )}
      {view !== 'list' && groups && (
        <GroupList
          by={view}
          groups={groups}
          onShow={(key) => {
            setView('list');
            set(view === 'subject' ? { subject: key } : { operator: key });
          }}
        />
      )}
      {view === 'list' && shown.length > 0 && (
        <SitesTable sites={shown} {...(api.checkSite ? { onCheck: (c) => void api.checkSite?.(c) } : {})} />
      )}
      {view === 'list' && shown.length < matched && (
        <p>
          <button type="button" data-testid="show-more" onClick={() => void more()}>
            {t('historyShowMore')}
          </button>
        </p>
      )}
    </main>
  );
}
