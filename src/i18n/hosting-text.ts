// Plain-text pieces of the hosting verdict, through t() (public/_locales), for the popup and the
// command line (icp-lens scan --hosting). Pure, so unit-tested.
import type { LocalRange, Place } from '../core/hosting/types.ts';
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import { type MessageKey, prefersChinese, t } from './i18n.ts';

const RANGE_KEYS: Readonly<Record<LocalRange, MessageKey>> = {
  unspecified: 'hostingRangeUnspecified',
  loopback: 'hostingRangeLoopback',
  private: 'hostingRangePrivate',
  'link-local': 'hostingRangeLinkLocal',
  shared: 'hostingRangeShared',
  'unique-local': 'hostingRangeUniqueLocal',
};

// The four Chinese jurisdictions get our own wording, not the display-name library's.
const CHINA_KEYS: Readonly<Record<string, MessageKey>> = {
  CN: 'hostingPlaceCN',
  HK: 'hostingPlaceHK',
  MO: 'hostingPlaceMO',
  TW: 'hostingPlaceTW',
};

export function countryName(code: string): string {
  const own = CHINA_KEYS[code];
  if (own) return t(own);
  try {
    const name = new Intl.DisplayNames([prefersChinese() ? t('localeCode').replace('_', '-') : 'en'], {
      type: 'region',
    }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function placeName(place: Place | null): string | null {
  if (!place) return null;
  if (place.kind === 'local') return t(RANGE_KEYS[place.range]);
  if (place.kind === 'unlisted') return t('hostingPlaceUnlisted');
  return countryName(place.country);
}

/** The one sentence that says what the hosting means for this page's licences. */
export function verdictText(verdict: HostingVerdict, place: Place | null): string {
  const where = placeName(place) ?? '';
  switch (verdict.kind) {
    case 'mainland-filed':
      return t('hostingVerdictMainlandFiled');
    case 'mainland-no-number':
      return t('hostingVerdictMainlandNoNumber');
    case 'outside-no-number':
      return t('hostingVerdictOutsideNoNumber', where);
    case 'outside-with-number':
      return t('hostingVerdictOutsideWithNumber', where);
    case 'local':
      return t('hostingVerdictLocal', where);
    case 'unknown':
      if (verdict.reason === 'cached') return t('hostingVerdictUnknownCached');
      if (verdict.reason === 'unlisted') return t('hostingVerdictUnknownUnlisted');
      return t('hostingVerdictUnknownNotObserved');
  }
}

/** The IP line: the address, or why there is none. */
export function ipText(ip: string | null, cached: boolean): string {
  if (ip) return ip;
  return cached ? t('hostingIpCached') : t('hostingIpNotObserved');
}
