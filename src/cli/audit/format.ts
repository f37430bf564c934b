// Output of `icp-lens audit`: a table per input, one JSON array, or CSV with one row per affected host.
import type { AffectedHost, AffectedSite } from '../../core/readiness/group.ts';
import { HOST_LIST } from '../../core/readiness/hosts.ts';
import type { ReadinessVerdict } from '../../core/readiness/verdict.ts';
import { csvRow } from '../../export/csv.ts';
import { verdictLine } from '../../i18n/readiness-text.ts';
import { type JsonLicence, licenceToJson } from '../format.ts';
import type { HostingResult } from '../hosting.ts';
import type { AuditResult } from './audit.ts';

const label = (input: string) => (input === '-' ? '<stdin>' : input);

/** Where a path rule applies, it is part of what is named: www.google.com/recaptcha/. */
const where = (h: Pick<AffectedHost, 'host' | 'rule'>) => h.host + (h.rule ?? '');

function placeText(hosting: HostingResult): string {
  if (!hosting.hosting) return hosting.error ?? 'unknown';
  const { ip, place } = hosting.hosting;
  const others = hosting.addresses.length > 1 ? ` (+${hosting.addresses.length - 1} more)` : '';
  let at = 'not in the IP table';
  if (place?.kind === 'country') at = place.country === 'CN' ? 'mainland China (CN)' : place.country;
  else if (place?.kind === 'local') at = `local network (${place.range})`;
  return `${ip}${others}, ${at}`;
}

function requestsText(h: AffectedHost): string {
  const types = h.types.join(', ');
  if (h.requests === 0) return `hint only (${types})`;
  return `${h.requests} request${h.requests === 1 ? '' : 's'} (${types})`;
}

/** `shown` holds the alternatives printed so far: the same advice is given once per page. */
function hostLines(title: string, hosts: readonly AffectedHost[], shown: Set<string>): string[] {
  if (hosts.length === 0) return [];
  const lines = [`  ${title}:`];
  for (const h of hosts) {
    const what = h.feature && h.feature !== 'content' ? `, ${h.feature}` : '';
    lines.push(`    ${where(h)}  ${h.name}${what}  ${h.status}  ${requestsText(h)}`);
    if (h.alternative && !shown.has(h.alternative)) lines.push(`      instead: ${h.alternative}`);
    shown.add(h.alternative);
  }
  return lines;
}

function siteLines(site: AffectedSite | null): string[] {
  if (!site) return [];
  const lines = [`  the site itself: ${site.host}  ${site.name} (${site.suffix})  ${site.status}`];
  if (site.alternative) lines.push(`      instead: ${site.alternative}`);
  return lines;
}

export function formatAuditTable(result: AuditResult): string {
  const lines = [label(result.input)];
  if ('error' in result) {
    lines.push(`  error: ${result.error}`);
    return `${lines.join('\n')}\n`;
  }
  const { readiness, licences } = result;
  lines.push(`  ${verdictLine(readiness.verdict)}`);
  if (result.hosting) lines.push(`  hosting: ${placeText(result.hosting)}`);
  const numbers = licences.licences.map((l) => `${l.number} (${l.kind})`);
  lines.push(`  licences: ${numbers.length ? numbers.join(', ') : 'none found'}`);
  const shown = new Set<string>();
  lines.push(
    ...siteLines(readiness.site),
    ...hostLines('held up (the page waits for these)', readiness.heldUp, shown),
    ...hostLines('features fail', readiness.featuresFail, shown),
    ...hostLines('tracking only', readiness.trackingOnly, shown),
  );
  const note = result.truncated ? '; the page was too large to read in full' : '';
  lines.push(
    `  ${result.resources} resource${result.resources === 1 ? '' : 's'} read; hosts not on the list (of ${HOST_LIST.date}) are unknown${note}`,
  );
  return `${lines.join('\n')}\n`;
}

export type AuditJsonEntry =
  | { input: string; error: string }
  | {
      input: string;
      url: string | null;
      host: string | null;
      verdict: ReadinessVerdict & { text: string };
      /** null without --hosting. */
      hosting: HostingResult | null;
      licences: JsonLicence[];
      primary: number | null;
      site: AffectedSite | null;
      heldUp: AffectedHost[];
      featuresFail: AffectedHost[];
      trackingOnly: AffectedHost[];
      resources: number;
      truncated: boolean;
      list: string;
    };

export function auditToJson(result: AuditResult): AuditJsonEntry {
  if ('error' in result) return { input: result.input, error: result.error };
  const { readiness } = result;
  return {
    input: result.input,
    url: result.url,
    host: result.host,
    verdict: { ...readiness.verdict, text: verdictLine(readiness.verdict) },
    hosting: result.hosting,
    licences: result.licences.licences.map(licenceToJson),
    primary: result.licences.primary,
    site: readiness.site,
    heldUp: readiness.heldUp,
    featuresFail: readiness.featuresFail,
    trackingOnly: readiness.trackingOnly,
    resources: result.resources,
    truncated: result.truncated,
    list: HOST_LIST.date,
  };
}

export function formatAuditJson(results: readonly AuditResult[]): string {
  return `${JSON.stringify(results.map(auditToJson), null, 2)}\n`;
}

export const AUDIT_CSV_HEADER = [
  'input',
  'verdict',
  'hosting_ip',
  'hosting_country',
  'licences',
  'group',
  'host',
  'name',
  'category',
  'status',
  'requests',
  'types',
  'alternative',
  'error',
] as const;

export function auditToCsvRows(result: AuditResult): string[][] {
  const blank = ['', '', '', '', '', '', '', ''];
  if ('error' in result) return [[result.input, '', '', '', '', ...blank, result.error]];
  const { readiness } = result;
  const place = result.hosting?.hosting?.place;
  const head = [
    result.input,
    verdictLine(readiness.verdict),
    result.hosting?.hosting?.ip ?? '',
    place?.kind === 'country' ? place.country : place?.kind === 'local' ? 'local' : '',
    result.licences.licences.map((l) => l.number).join(';'),
  ];
  const rows: string[][] = [];
  const { site } = readiness;
  if (site) {
    rows.push([
      ...head,
      'site',
      site.host,
      site.name,
      site.category,
      site.status,
      '',
      '',
      site.alternative,
      '',
    ]);
  }
  for (const h of [...readiness.heldUp, ...readiness.featuresFail, ...readiness.trackingOnly]) {
    rows.push([
      ...head,
      h.group,
      where(h),
      h.name,
      h.category,
      h.status,
      String(h.requests),
      h.types.join(';'),
      h.alternative,
      '',
    ]);
  }
  return rows.length > 0 ? rows : [[...head, ...blank, '']];
}

export function formatAuditCsv(results: readonly AuditResult[]): string {
  return [AUDIT_CSV_HEADER, ...results.flatMap(auditToCsvRows)].map(csvRow).join('');
}
