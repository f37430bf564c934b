// Loads a tab's hosting view and shows it in a HostingPanel; shows nothing until it has one (or if
// the background cannot say), so the rest of the popup never waits for it.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/types.ts';
import type { HostingView } from '../messaging/hosting-view.ts';
import { HostingPanel } from './HostingPanel.tsx';

export interface HostingSectionProps {
  tabId: number;
  load: (tabId: number) => Promise<HostingView>;
  /** The report on screen: the verdict depends on it, so a new report reloads the view. */
  report: PageReport | null;
}

export function HostingSection({ tabId, load, report }: HostingSectionProps) {
  const [view, setView] = useState<HostingView | null>(null);
  useEffect(() => {
    let live = true;
    load(tabId).then(
      (v) => live && setView(v),
      (error: unknown) => console.error('[icp-lens] hosting', error),
    );
    return () => {
      live = false;
    };
  }, [tabId, load, report]);
  return view ? <HostingPanel verdict={view.verdict} hosting={view.hosting} /> : null;
}
