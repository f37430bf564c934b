// Loads a tab's readiness answer and shows it in a ReadinessPanel; asks again whenever the tab's
// tally is written (more requests arrived while the popup is open) or the report on screen changes.
// Shows nothing until it has an answer, nor when the check does not apply (a local address, a page
// that is not http(s), a build without webRequest), so the rest of the popup never waits for it.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/types.ts';
import type { ReadinessView } from '../messaging/readiness-view.ts';
import type { ReadinessApi } from './api.ts';
import { ReadinessPanel } from './ReadinessPanel.tsx';

export interface ReadinessSectionProps {
  tabId: number;
  api: ReadinessApi;
  /** The report on screen: the verdict depends on it. */
  report: PageReport | null;
}

export function ReadinessSection({ tabId, api, report }: ReadinessSectionProps) {
  const [view, setView] = useState<ReadinessView | null>(null);
  useEffect(() => {
    let live = true;
    // Answers can overtake each other; only the newest asked is shown.
    let asked = 0;
    const refresh = () => {
      const mine = ++asked;
      api.load(tabId).then(
        (answer) => live && mine === asked && setView(answer),
        (error: unknown) => console.error('[icp-lens] readiness', error),
      );
    };
    const unwatch = api.watch(tabId, refresh);
    refresh();
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId, api, report]);
  if (!view?.applies) return null;
  return <ReadinessPanel readiness={view.readiness} seen={view.seen} list={view.list} />;
}
