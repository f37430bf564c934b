import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/types.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import { type Site, siteOf } from '../site/site.ts';
import type { PopupApi } from './api.ts';
import { statusLine } from './format.ts';
import { Header } from './Header.tsx';
import { ReportView } from './ReportView.tsx';
import { RegistryProvider } from './registry-context.tsx';
import { unavailableReason } from './unavailable.ts';
import { useLater } from './use-later.ts';
import './popup.css';

export type View =
  | { state: 'loading' }
  | { state: 'no-tab' }
  | { state: 'error' }
  | { state: 'scanning'; site: Site | null }
  | { state: 'unavailable'; site: Site | null; reason: MessageKey }
  | { state: 'ready'; site: Site | null; report: PageReport };

/** What a tab shows now: its stored report, else "scanning" when our content script is there. */
export async function loadView(api: PopupApi, tabId: number): Promise<View> {
  const [{ report, url, site: named }, tabUrl] = await Promise.all([api.result(tabId), api.tabUrl(tabId)]);
  // The background names the site of a scanned page; before a scan, the host has to do.
  const site = named ?? siteOf(tabUrl ?? url);
  if (report) return { state: 'ready', site, report };
  if (await api.contentReachable(tabId)) return { state: 'scanning', site };
  return { state: 'unavailable', site, reason: unavailableReason(tabUrl, await api.fileAccess()) };
}

function statusOf(view: View): string {
  switch (view.state) {
    case 'loading':
    case 'scanning':
      return t('statusScanning');
    case 'no-tab':
      return t('noTab');
    case 'error':
      return t('statusError');
    case 'unavailable':
      return t('statusUnavailable');
    case 'ready':
      return statusLine(view.report, view.site?.local ?? false);
  }
}

/** The popup. Every state keeps the same header, so nothing jumps when data arrives. */
export function App({ api }: { api: PopupApi }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    const fail = (error: unknown) => {
      console.error('[icp-lens] popup', error);
      if (live) setView({ state: 'error' });
    };
    const refresh = (id: number) => loadView(api, id).then((v) => live && setView(v), fail);
    api.targetTab().then((id) => {
      if (!live) return;
      if (id === null) return setView({ state: 'no-tab' });
      setTabId(id);
      // A late footer or a single-page-app navigation updates the popup while it is open.
      unwatch = api.watch(id, () => void refresh(id));
      return refresh(id);
    }, fail);
    return () => {
      live = false;
      unwatch();
    };
  }, [api]);

  // The sections beside the cards load once there is a report to show them for.
  const later = useLater(view.state === 'ready');
  const site = 'site' in view ? view.site : null;
  const tone = view.state === 'ready' ? 'ready' : view.state === 'error' ? 'error' : 'muted';
  return (
    <main class="popup" aria-busy={view.state === 'loading' || view.state === 'scanning'}>
      <Header
        site={site}
        status={statusOf(view)}
        tone={tone}
        onSettings={() => api.openOptions()}
        operator={view.state === 'ready' ? view.report.operators?.[0]?.printed : undefined}
      />
      {view.state === 'ready' && tabId !== null && later && api.sameFiler && (
        <later.SameFiler tabId={tabId} load={api.sameFiler} report={view.report} />
      )}
      <div class="popup__body">
        {(view.state === 'loading' || view.state === 'scanning') && (
          <p class="state" data-testid={view.state === 'loading' ? 'loading' : 'scanning'}>
            <span class="spinner" aria-hidden="true" />
            {t('statusScanning')}
          </p>
        )}
        {view.state === 'error' && (
          <p class="state state--error" data-testid="error">
            {t('statusError')}
          </p>
        )}
        {view.state === 'no-tab' && (
          <p class="state" data-testid="no-tab">
            {t('noTab')}
          </p>
        )}
        {view.state === 'unavailable' && (
          <p class="state" data-testid="unavailable" data-reason={view.reason}>
            {t(view.reason)}
          </p>
        )}
        {view.state === 'ready' && tabId !== null && (
          <RegistryProvider tabId={tabId} api={api}>
            <ReportView report={view.report} local={view.site?.local ?? false} tabId={tabId} api={api} />
          </RegistryProvider>
        )}
        {view.state === 'ready' && tabId !== null && later && api.hosting && (
          <later.HostingSection tabId={tabId} load={api.hosting} report={view.report} />
        )}
        {view.state === 'ready' && tabId !== null && later && api.readiness && !view.site?.local && (
          <later.ReadinessSection tabId={tabId} api={api.readiness} report={view.report} />
        )}
      </div>
      <footer class="popup__footer">
        <a href="../history/index.html" target="_blank" rel="noopener" data-testid="history-link">
          {t('historyLink')}
        </a>
        <a href="../batch/index.html" target="_blank" rel="noopener" data-testid="batch-link">
          {t('batchLink')}
        </a>
      </footer>
    </main>
  );
}
