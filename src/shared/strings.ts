// Every user-facing English string of the background (badge tooltip) and the popup, in one place
// so they can move to _locales/*/messages.json later. Keep them plain text: they are rendered as
// text, never as HTML.
import type { Flag, LicenceKind } from '../core/types.ts';

export const KIND_LABELS: Readonly<Record<LicenceKind, string>> = {
  'icp-filing': 'ICP filing',
  'icp-license': 'ICP licence',
  psb: 'Public security filing',
  'telecom-license': 'Telecom licence',
  'culture-license': 'Culture licence',
  'av-license': 'Audio-visual licence',
  'broadcast-license': 'Radio & TV production licence',
  'online-publishing-license': 'Online publishing licence',
  'publication-license': 'Publication retail licence',
  'drug-info-license': 'Drug information licence',
  'medical-device-platform-filing': 'Medical device platform filing',
  'news-license': 'Online news licence',
  'algorithm-filing': 'Algorithm filing',
  'ai-model-filing': 'Generative AI filing',
  'novelty-icp': 'Novelty "ICP" (not official)',
};

export const FLAG_LABELS: Readonly<Record<Flag, string>> = {
  malformed: 'Malformed number',
  dummy: 'Placeholder number, not a real filing',
  'legacy-format': 'Old number format',
  'prefix-code-mismatch': 'Province prefix does not match the number',
  novelty: 'Joke registry, not a government filing',
  'english-form': 'Written in English form',
};

export const S = {
  appName: 'ICP Lens',
  loading: 'Loading…',
  empty: 'No licence number found on this page',
  noTab: 'No tab to show',
  error: 'Could not read the result for this tab',
  truncated: 'The page was too large to scan in full; some numbers may be missing.',
  primary: 'Primary',
  noProvince: 'Province not stated',
  hintsHeading: 'Numbers in links',
  commercial: 'Commercial',
} as const;

export function kindLabel(kind: LicenceKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export function flagLabel(flag: Flag): string {
  return FLAG_LABELS[flag] ?? flag;
}

export function licenceCount(n: number): string {
  return n === 1 ? '1 licence' : `${n} licences`;
}

/** Badge tooltip, e.g. "ICP Lens — 京ICP备12345678号-1 (Beijing), 3 licences". */
export function badgeTitle(parts: {
  number: string | null;
  provinceEn: string | null;
  count: number;
  flags: readonly Flag[];
}): string {
  const { number, provinceEn, count, flags } = parts;
  if (count === 0) return `${S.appName} — no licence number found`;
  let main: string;
  if (number === null) main = `no ICP number, ${licenceCount(count)}`;
  else main = `${number}${provinceEn ? ` (${provinceEn})` : ''}, ${licenceCount(count)}`;
  const warn = flags.length > 0 ? ` — check: ${flags.map(flagLabel).join('; ')}` : '';
  return `${S.appName} — ${main}${warn}`;
}
