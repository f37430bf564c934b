// How the hosting verdict changes a badge. Only two verdicts do: a mainland-hosted page without an
// ICP number gets an orange "!" (the badge would otherwise be empty and show nothing), and a number
// shown by a page served from outside the mainland gets a neutral slate instead of blue/green, so
// the colour does not vouch for a filing that hosting does not support. Everything else is as is.
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import { t } from '../i18n/i18n.ts';

export const HOSTING_BADGE_COLORS = {
  mainlandNoNumber: '#d97706',
  outside: '#475569',
} as const;

export const NO_NUMBER_TEXT = '!';

interface BadgeLike {
  text: string;
  color: string;
  title: string;
}

export function withHosting<B extends BadgeLike>(badge: B, verdict: HostingVerdict): B {
  switch (verdict.kind) {
    case 'mainland-no-number':
      return {
        ...badge,
        text: badge.text || NO_NUMBER_TEXT,
        color: HOSTING_BADGE_COLORS.mainlandNoNumber,
        title: t('hostingBadgeMainlandNoNumber', badge.title),
      };
    case 'outside-with-number':
      return { ...badge, color: HOSTING_BADGE_COLORS.outside, title: t('hostingBadgeOutside', badge.title) };
    default:
      return badge;
  }
}
