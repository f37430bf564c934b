// Loads a tab's hosting view and shows it in a HostingPanel; shows nothing until it has an answer
// (or if the background cannot say), so the rest of the popup never waits for it. A build that
// watches no responses answers "not available", which gets one plain sentence instead of a verdict.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import type { HostingAnswer } from './api.ts';
import { HostingPanel } from './HostingPanel.tsx';

export interface HostingSectionProps {
  tabId: number;
  load: (tabId: number) => Promise<HostingAnswer>;
  /** The report on screen: the verdict depends on it, so a new report reloads the view. */
  report: PageReport | null;
}

export function HostingSection({ tabId, load, report }: HostingSectionProps) {
  const [answer, setAnswer] = useState<HostingAnswer | null>(null);
  useEffect(() => {
    let live = true;
    load(tabId).then(
      (a) => live && setAnswer(a),
      (error: unknown) => console.error('[icp-lens] hosting', error),
    );
    return () => {
      live = false;
    };
  }, [tabId, load, report]);
  if (!answer) return null;
  if (!answer.available)
    return (
      <section
        class="hosting"
        data-testid="hosting"
        data-verdict="not-available"
        aria-label={t('hostingHeading')}
      >
        <h2 class="hosting__heading">{t('hostingHeading')}</h2>
        <p class="hosting__verdict" data-testid="hosting-verdict">
          {t('hostingNotAvailable')}
        </p>
      </section>
    );
  return <HostingPanel verdict={answer.verdict} hosting={answer.hosting} />;
}
