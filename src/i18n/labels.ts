// Message keys for the core's vocabulary (kinds, flags, service types) and small text builders used
// by the popup and the badge tooltip. Everything goes through t(); nothing here is HTML.
import { KINDS, kindRow, REGISTRIES, type RegistryId } from '../core/kinds.ts';
import type { Flag, LicenceKind, Province, ServiceType } from '../core/types.ts';
import { type MessageKey, prefersChinese, t } from '../i18n/i18n.ts';
import { PROVINCE_HANT } from './province-hant.ts';

// Keys derived from the rows of src/core/kinds.ts; the compiler checks that each one is a message.
const kindKeys = (kind: LicenceKind): [label: MessageKey, explain: MessageKey] => {
  const { key } = kindRow(kind);
  return [`kind${key}`, `explain${key}`];
};

const registryKeys = (registry: RegistryId): [label: MessageKey, ariaLabel: MessageKey] => {
  const { key } = REGISTRIES[registry];
  return [`open${key}`, `open${key}Label`];
};

const FLAG_KEYS: Readonly<Record<Flag, MessageKey>> = {
  malformed: 'flagMalformed',
  dummy: 'flagDummy',
  'legacy-format': 'flagLegacyFormat',
  'prefix-code-mismatch': 'flagPrefixCodeMismatch',
  novelty: 'flagNovelty',
  'english-form': 'flagEnglishForm',
  'not-linked': 'flagNotLinked',
};

const SERVICE_KEYS: Readonly<Record<ServiceType, MessageKey>> = {
  website: 'serviceWebsite',
  app: 'serviceApp',
  'mini-program': 'serviceMiniProgram',
  'quick-app': 'serviceQuickApp',
  other: 'serviceOther',
};

export const kindLabel = (kind: LicenceKind): string => t(kindKeys(kind)[0]);
export const kindExplanation = (kind: LicenceKind): string => t(kindKeys(kind)[1]);
/** The text of the link to `registry`, and its accessible label naming `number`. */
export const registryLinkText = (registry: RegistryId, number: string): [text: string, label: string] => {
  const [text, label] = registryKeys(registry);
  return [t(text), t(label, number)];
};
export const flagText = (flag: Flag): string => t(FLAG_KEYS[flag]);
export const serviceText = (service: ServiceType): string => t(SERVICE_KEYS[service]);

/** The province name that reads naturally in the current language (Traditional characters in zh_TW). */
export function provinceName(p: Pick<Province, 'code' | 'zh' | 'en'>): string {
  if (!prefersChinese()) return p.en;
  return (t('localeCode') === 'zh_TW' && PROVINCE_HANT[p.code]) || p.zh;
}

/** Every key this module uses, for the locale test. */
export const LABEL_KEYS: readonly MessageKey[] = [
  ...KINDS.flatMap((row) => kindKeys(row.id)),
  ...(Object.keys(REGISTRIES) as RegistryId[]).flatMap(registryKeys),
  ...Object.values(FLAG_KEYS),
  ...Object.values(SERVICE_KEYS),
];
