// The toolbar badge for one tab: a pure function from report and badge style to {text, color,
// title}, and the small part that applies it through the action API.
//
// Legend (also on the options page): the province character of the page's primary ICP number;
// blue = ICP filing, green = a commercial licence is shown, orange = the primary number looks wrong,
// grey = no ICP number. The tooltip sums the page up in the browser's language.
import type { Action } from 'webextension-polyfill';
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import { type PageStatus, pageStatus, primaryOf, WARNING_FLAGS } from '../core/page-status.ts';
import type { PageReport } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import { flagText, kindLabel, provinceName } from '../i18n/labels.ts';
import type { BadgeStyle } from '../storage/settings.ts';
import { withHosting } from './badge-hosting.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS: Readonly<Record<PageStatus, string>> = {
  filing: '#2563eb',
  commercial: '#15803d',
  flagged: '#d97706',
  none: '#6b7280',
};

/** The badge text in 'dot' style. */
export const DOT = '●';

function badgeTitle(report: PageReport | null): string {
  const licences = report?.licences ?? [];
  const primary = primaryOf(report);
  if (licences.length === 0) return t('badgeTitleNone');
  if (!primary) return t('badgeTitleNoIcp', String(licences.length));
  const province = primary.province ? provinceName(primary.province) : t('provinceNone');
  const title = t('badgeTitle', [kindLabel(primary.kind), primary.number, province, String(licences.length)]);
  const warnings = [...new Set(primary.flags.map((f) => f.flag).filter((f) => WARNING_FLAGS.has(f)))];
  return warnings.length > 0 ? t('badgeTitleCheck', [title, warnings.map(flagText).join('; ')]) : title;
}

/** `hosting`: the hosting verdict, which may recolour the badge (src/background/badge-hosting.ts). */
export function badgeFor(
  report: PageReport | null,
  style: BadgeStyle = 'province',
  hosting?: HostingVerdict | null,
): Badge {
  const primary = primaryOf(report);
  let text = '';
  if (primary && style === 'province') text = primary.province?.abbr ?? DOT;
  else if (primary && style === 'dot') text = DOT;
  const badge = { text, color: BADGE_COLORS[pageStatus(report)], title: badgeTitle(report) };
  return hosting ? withHosting(badge, hosting) : badge;
}

/** The part of browser.action this module uses. */
export type BadgeApi = Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

export async function applyBadge(action: BadgeApi, tabId: number, badge: Badge): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

/** Back to the look of a tab with no state: no text, the plain extension name as tooltip. */
export async function clearBadge(action: BadgeApi, tabId: number): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: t('appName') }),
  ]);
}
