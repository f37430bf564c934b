// The toolbar badge for one tab: a pure function from report to {text, color, title}, and the
// small part that applies it through the action API.
import type { Action } from 'webextension-polyfill';
import type { Flag, PageReport } from '../core/types.ts';
import { badgeTitle, S } from '../shared/strings.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = {
  filing: '#2563eb',
  commercial: '#15803d',
  flagged: '#d97706',
  none: '#6b7280',
} as const;

/** Flags on the primary number that make the badge orange. */
const WARNING_FLAGS: ReadonlySet<Flag> = new Set(['dummy', 'malformed', 'novelty', 'prefix-code-mismatch']);

export function badgeFor(report: PageReport | null): Badge {
  const licences = report?.licences ?? [];
  const primary = report?.primary != null ? (licences[report.primary] ?? null) : null;
  const warnings = primary ? primary.flags.map((f) => f.flag).filter((f) => WARNING_FLAGS.has(f)) : [];

  let color: string = BADGE_COLORS.none;
  if (primary) {
    if (warnings.length > 0 || primary.kind === 'novelty-icp') color = BADGE_COLORS.flagged;
    else if (
      primary.kind === 'icp-license' ||
      licences.some((l) => l.kind === 'icp-license' || l.kind === 'telecom-license')
    )
      color = BADGE_COLORS.commercial;
    else if (primary.kind === 'icp-filing') color = BADGE_COLORS.filing;
  }

  return {
    text: primary?.province?.abbr ?? '',
    color,
    title: badgeTitle({
      number: primary?.number ?? null,
      provinceEn: primary?.province?.en ?? null,
      count: licences.length,
      flags: [...new Set(warnings)],
    }),
  };
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
  await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: S.appName })]);
}
