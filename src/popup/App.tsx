import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/types.ts';
import { S } from '../shared/strings.ts';
import { ReportView } from './ReportView.tsx';
import './popup.css';

type State = { status: 'loading' } | { status: 'ready'; report: PageReport | null } | { status: 'error' };

/** The popup. `load` fetches the report of the tab to show (null: nothing known). */
export function App({ load }: { load: () => Promise<PageReport | null> }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    load().then(
      (report) => live && setState({ status: 'ready', report }),
      (error: unknown) => {
        console.error('[icp-lens] popup', error);
        if (live) setState({ status: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">{S.appName}</h1>
      </header>
      {state.status === 'loading' && (
        <p class="status" data-testid="loading">
          {S.loading}
        </p>
      )}
      {state.status === 'error' && (
        <p class="status status--error" data-testid="error">
          {S.error}
        </p>
      )}
      {state.status === 'ready' && <ReportView report={state.report} />}
    </main>
  );
}
