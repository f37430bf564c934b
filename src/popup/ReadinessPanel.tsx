// "Visitors in mainland China": the one-line verdict (hosting, licences and what the page loads,
// src/i18n/readiness-text.ts), and behind a disclosure the listed hosts the page loaded from,
// grouped by what breaks: each with its host, what it is, how often it was asked and the usual
// alternative. Everything comes in as props (ReadinessSection fetches it). Test hooks: data-testid
// readiness, readiness-verdict, readiness-toggle, readiness-hosts, readiness-group (data-group),
// readiness-host (data-host, data-status), readiness-list; data-problem on the panel.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AffectedHost, AffectedSite, Group as GroupId } from '../core/readiness/group.ts';
import type { ReadinessReport } from '../core/readiness/report.ts';
import type { FailingStatus } from '../core/readiness/types.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';
import { verdictLine } from '../i18n/readiness-text.ts';
import type { Seen } from '../messaging/readiness-view.ts';
import './readiness-panel.css';

export interface ReadinessPanelProps {
  readiness: ReadinessReport;
  seen: Seen;
  /** The host list's date. */
  list: string;
  /** Where the panel's ids start, so two panels never share one. */
  idPrefix?: string;
}

const STATUS_KEYS: Readonly<Record<FailingStatus, MessageKey>> = {
  blocked: 'readinessStatusBlocked',
  'unreliable-or-slow': 'readinessStatusUnreliable',
};

/** How the verdict reads: fine, a doubt, or a problem. */
function toneOf(readiness: ReadinessReport): 'ok' | 'warn' | 'bad' {
  const { problem } = readiness.verdict;
  if (problem.code === 'likely-works' || problem.code === 'tracking-only') return 'ok';
  return problem.status === 'blocked' ? 'bad' : 'warn';
}

const requestsText = (n: number) => (n === 1 ? t('readinessOneRequest') : t('readinessRequests', String(n)));

/** "reCAPTCHA · Google (www.google.com/recaptcha …)", or the service alone where it names itself. */
const whatItIs = (name: string, service: string) =>
  service.toLowerCase().startsWith(name.toLowerCase()) ? service : `${name} · ${service}`;

interface EntryProps {
  where: string;
  name: string;
  service: string;
  status: FailingStatus;
  requests: number | null;
  alternative: string;
  /** The entry above that already gave the same alternative, if any. */
  sameAs: string | null;
}

function Entry({ where, name, service, status, requests, alternative, sameAs }: EntryProps) {
  return (
    <li class="readiness-host" data-testid="readiness-host" data-host={where} data-status={status}>
      <div class="readiness-host__top">
        <code class="readiness-host__name">{where}</code>
        <span class={`readiness-host__status readiness-host__status--${status}`}>
          {t(STATUS_KEYS[status])}
        </span>
        {requests !== null && (
          <span class="readiness-host__count" data-testid="readiness-requests">
            {requestsText(requests)}
          </span>
        )}
      </div>
      <p class="readiness-host__service">{whatItIs(name, service)}</p>
      {alternative && (
        <p class="readiness-host__instead">
          {sameAs ? t('readinessInsteadSame', sameAs) : t('readinessInstead', alternative)}
        </p>
      )}
    </li>
  );
}

/** Renders entries in display order; the same advice is written out once, then referred to. */
function entries() {
  const advisedBy = new Map<string, string>();
  const entry = (where: string, h: AffectedHost | AffectedSite, requests: number | null) => {
    const sameAs = advisedBy.get(h.alternative) ?? null;
    if (h.alternative && !sameAs) advisedBy.set(h.alternative, where);
    return (
      <Entry
        key={where}
        where={where}
        name={h.name}
        service={h.service}
        status={h.status}
        requests={requests}
        alternative={h.alternative}
        sameAs={sameAs}
      />
    );
  };
  return {
    host: (h: AffectedHost) => entry(h.host + (h.rule ?? ''), h, h.requests),
    site: (site: AffectedSite) => entry(site.host, site, null),
  };
}

function Group({ id, title, children }: { id: string; title: MessageKey; children: ComponentChildren }) {
  return (
    <div class="readiness__group" data-testid="readiness-group" data-group={id}>
      <h3 class="readiness__group-title">{t(title)}</h3>
      <ul class="readiness__hosts">{children}</ul>
    </div>
  );
}

export function ReadinessPanel({ readiness, seen, list, idPrefix = 'readiness' }: ReadinessPanelProps) {
  const [open, setOpen] = useState(false);
  const { site, heldUp, featuresFail, trackingOnly } = readiness;
  const count = (site ? 1 : 0) + heldUp.length + featuresFail.length + trackingOnly.length;
  const headingId = `${idPrefix}-heading`;
  const hostsId = `${idPrefix}-hosts`;
  const entry = entries();
  const groups: Array<[GroupId, MessageKey, AffectedHost[]]> = [
    ['held-up', 'readinessGroupHeldUp', heldUp],
    ['features-fail', 'readinessGroupFeaturesFail', featuresFail],
    ['tracking-only', 'readinessGroupTrackingOnly', trackingOnly],
  ];
  return (
    <section
      class={`readiness readiness--${seen === 'none' ? 'muted' : toneOf(readiness)}`}
      data-testid="readiness"
      data-problem={readiness.verdict.problem.code}
      aria-labelledby={headingId}
    >
      <h2 class="readiness__heading" id={headingId}>
        {t('readinessHeading')}
      </h2>
      {seen === 'none' ? (
        <p class="readiness__verdict" data-testid="readiness-not-seen">
          {t('readinessNotSeen')}
        </p>
      ) : (
        <p class="readiness__verdict" data-testid="readiness-verdict">
          {verdictLine(readiness.verdict)}
        </p>
      )}
      {seen === 'part' && <p class="readiness__note">{t('readinessPartlySeen')}</p>}
      {count > 0 && (
        <button
          type="button"
          class="readiness__toggle"
          data-testid="readiness-toggle"
          aria-expanded={open}
          aria-controls={hostsId}
          onClick={() => setOpen(!open)}
        >
          <span class="readiness__chevron" aria-hidden="true" />
          {t('readinessHostsToggle', String(count))}
        </button>
      )}
      {count > 0 && (
        <div id={hostsId} data-testid="readiness-hosts" hidden={!open}>
          {site && (
            <Group id="site" title="readinessGroupSite">
              {entry.site(site)}
            </Group>
          )}
          {groups.map(
            ([id, title, hosts]) =>
              hosts.length > 0 && (
                <Group key={id} id={id} title={title}>
                  {hosts.map(entry.host)}
                </Group>
              ),
          )}
          {readiness.dropped > 0 && (
            <p class="readiness__note">{t('readinessDropped', String(readiness.dropped))}</p>
          )}
        </div>
      )}
      <p class="readiness__list" data-testid="readiness-list">
        {t('readinessListNote', [String(readiness.requests), list])}
      </p>
    </section>
  );
}
