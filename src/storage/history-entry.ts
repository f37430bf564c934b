// One scan as a history entry, and how a new scan of a known site updates it. Pure.
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import { pageStatus } from '../core/page-status.ts';
import type { PageReport } from '../core/types.ts';
import type { HistoryLicence, HistorySite } from './history-schema.ts';
import { isEmptyChecks, mergeChecks } from './registry-checks.ts';

/** More numbers than this on one site are noise (a list page), not its licences. */
export const MAX_LICENCES_PER_SITE = 20;

export function licencesOf(report: PageReport): HistoryLicence[] {
  return report.licences.map((l) => ({
    kind: l.kind,
    number: l.number,
    province: l.province,
    flags: l.flags.map((f) => f.flag),
  }));
}

export function siteEntry(
  domain: string,
  report: PageReport,
  at: number,
  source: HistorySite['source'],
  verdict?: HostingVerdict | null,
): HistorySite {
  const entry: HistorySite = {
    domain,
    firstSeen: at,
    lastSeen: at,
    status: pageStatus(report),
    licences: licencesOf(report).slice(0, MAX_LICENCES_PER_SITE),
    source,
  };
  if (verdict) entry.hosting = { kind: verdict.kind, country: verdict.country };
  const operator = report.operators?.[0];
  if (operator)
    entry.operator = { printed: operator.printed.slice(0, 200), name: operator.name.slice(0, 200) };
  return entry;
}

const key = (l: HistoryLicence) => `${l.kind}\u0000${l.number}`;

/**
 * A later scan of the same site: numbers are the union (newest first), since different pages of a
 * site show different ones; the status and hosting are kept from before when the new scan has none
 * (a page without a footer says nothing about the site); so is the operator. Registry verdicts merge
 * as keepCheck says.
 */
export function mergeEntry(old: HistorySite, next: HistorySite): HistorySite {
  const seen = new Set<string>();
  const licences = [...next.licences, ...old.licences].filter((l) => {
    const k = key(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const merged: HistorySite = {
    domain: old.domain,
    firstSeen: Math.min(old.firstSeen, next.firstSeen),
    lastSeen: Math.max(old.lastSeen, next.lastSeen),
    status: next.status === 'none' ? old.status : next.status,
    licences: licences.slice(0, MAX_LICENCES_PER_SITE),
    source: next.source === 'page' || old.source === 'page' ? 'page' : 'batch',
  };
  const hosting =
    next.hosting && next.hosting.kind !== 'unknown' ? next.hosting : (old.hosting ?? next.hosting);
  if (hosting) merged.hosting = hosting;
  // The latest page that names an operator speaks for the site.
  const operator = next.operator ?? old.operator;
  if (operator) merged.operator = operator;
  const registry = mergeChecks(old.registry, next.registry);
  if (!isEmptyChecks(registry)) merged.registry = registry;
  return merged;
}
