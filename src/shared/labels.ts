// Message keys for the core's vocabulary (kinds, flags, service types) and small text builders used
// by the popup and the badge tooltip. Everything goes through t(); nothing here is HTML.
import type { Flag, LicenceKind, Province, ServiceType } from '../core/types.ts';
import { type MessageKey, prefersChinese, t } from '../i18n/i18n.ts';

const KIND_KEYS: Readonly<Record<LicenceKind, [label: MessageKey, explain: MessageKey]>> = {
  'icp-filing': ['kindIcpFiling', 'explainIcpFiling'],
  'icp-license': ['kindIcpLicense', 'explainIcpLicense'],
  psb: ['kindPsb', 'explainPsb'],
  'telecom-license': ['kindTelecomLicense', 'explainTelecomLicense'],
  'culture-license': ['kindCultureLicense', 'explainCultureLicense'],
  'av-license': ['kindAvLicense', 'explainAvLicense'],
  'broadcast-license': ['kindBroadcastLicense', 'explainBroadcastLicense'],
  'online-publishing-license': ['kindOnlinePublishingLicense', 'explainOnlinePublishingLicense'],
  'publication-license': ['kindPublicationLicense', 'explainPublicationLicense'],
  'drug-info-license': ['kindDrugInfoLicense', 'explainDrugInfoLicense'],
  'medical-device-platform-filing': ['kindMedicalDevicePlatformFiling', 'explainMedicalDevicePlatformFiling'],
  'news-license': ['kindNewsLicense', 'explainNewsLicense'],
  'algorithm-filing': ['kindAlgorithmFiling', 'explainAlgorithmFiling'],
  'ai-model-filing': ['kindAiModelFiling', 'explainAiModelFiling'],
  'novelty-icp': ['kindNoveltyIcp', 'explainNoveltyIcp'],
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

export const kindLabel = (kind: LicenceKind): string => t(KIND_KEYS[kind][0]);
export const kindExplanation = (kind: LicenceKind): string => t(KIND_KEYS[kind][1]);
export const flagText = (flag: Flag): string => t(FLAG_KEYS[flag]);
export const serviceText = (service: ServiceType): string => t(SERVICE_KEYS[service]);

/** The province name that reads naturally in the current language. */
export function provinceName(p: Province): string {
  return prefersChinese() ? p.zh : p.en;
}

/** Every key this module uses, for the locale test. */
export const LABEL_KEYS: readonly MessageKey[] = [
  ...Object.values(KIND_KEYS).flat(),
  ...Object.values(FLAG_KEYS),
  ...Object.values(SERVICE_KEYS),
];
