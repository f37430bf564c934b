// Under the header, when the history is on: the other remembered sites with the same filing subject
// or the same operator as this page ("Same filing subject as a.com, b.cn"), each with when it was
// seen, each line linking to the history filtered to that group. When the history is off, one quiet
// line says what turning it on would show. Nothing at all until the answer is there, or when no
// other site matches, so the popup never waits for it.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/types.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import { historyHref } from '../ui/history-link.ts';
import type { SameFilerAnswer } from './api.ts';
import './same-filer.css';

interface Props {
  tabId: number;
  load: (tabId: number) => Promise<SameFilerAnswer>;
  /** The report on screen: a new report (a late footer) asks again. */
  report: PageReport;
}

type Match = NonNullable<Extract<SameFilerAnswer, { enabled: true }>['operator']>;

/** "a.com (seen 3 Mar 2026), b.cn (seen 1 Mar 2026), 2 more" */
function siteList(match: Match): string {
  const sites = match.sites.map((s) =>
    t('sameFilerSite', [
      s.domain,
      new Date(s.lastSeen).toLocaleDateString(t('localeCode').replace('_', '-')),
    ]),
  );
  const more = match.count - match.sites.length;
  if (more > 0) sites.push(t('sameFilerMore', String(more)));
  return sites.join(t('localeCode').startsWith('zh') ? '、' : ', ');
}

function Line({ match, text, href, kind }: { match: Match; text: MessageKey; href: string; kind: string }) {
  return (
    <li>
      <a
        href={href}
        target="_blank"
        rel="noopener"
        data-testid="same-filer-link"
        data-kind={kind}
        data-key={match.key}
      >
        {t(text, siteList(match))}
      </a>
    </li>
  );
}

export function SameFiler({ tabId, load, report }: Props) {
  const [answer, setAnswer] = useState<SameFilerAnswer | null>(null);
  useEffect(() => {
    let live = true;
    load(tabId).then(
      (a) => live && setAnswer(a),
      (error: unknown) => console.error('[icp-lens] same filer', error),
    );
    return () => {
      live = false;
    };
  }, [tabId, load, report]);
  if (!answer) return null;
  if (!answer.enabled)
    return (
      <p class="same-filer same-filer--off" data-testid="same-filer-off">
        {t('sameFilerOff')}
      </p>
    );
  const operatorName = report.operators?.[0]?.name;
  if (answer.subjects.length === 0 && !answer.operator) return null;
  return (
    <ul class="same-filer" data-testid="same-filer">
      {answer.subjects.map((match) => (
        <Line
          key={match.key}
          match={match}
          text="sameSubject"
          kind="subject"
          href={historyHref({ subject: match.key })}
        />
      ))}
      {answer.operator && (
        <Line
          match={answer.operator}
          text="sameOperator"
          kind="operator"
          href={historyHref({ operator: operatorName ?? answer.operator.key })}
        />
      )}
    </ul>
  );
}
