// A registry verdict in words, for the popup's card and the history and batch rows. The wording
// rules: an empty answer is "no record returned", never "not filed" (MIIT answers a throttled user
// with the same empty list); a failed answer says "try again later"; a number filed for another
// domain names that domain.
import type { FailureReason } from '../core/registry/answer.ts';
import type { RegistryVerdict, VerdictNote } from '../core/registry/verdict.ts';
import type { Registry } from '../core/types.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';

type OutcomeCode = RegistryVerdict['outcome']['code'];

const REASON_KEYS: Record<FailureReason, MessageKey> = {
  blocked: 'registryReasonBlocked',
  unauthorised: 'registryReasonUnauthorised',
  'rate-limited': 'registryReasonRateLimited',
  'server-error': 'registryReasonServerError',
  captcha: 'registryReasonCaptcha',
  'bad-request': 'registryReasonBadRequest',
  network: 'registryReasonNetwork',
  'empty-body': 'registryReasonEmptyBody',
  'too-large': 'registryReasonTooLarge',
  unreadable: 'registryReasonUnreadable',
};

/** The short form of each outcome, whichever registry gave it. */
const SHORT_KEYS: Record<string, MessageKey> = {
  match: 'registryShortMatch',
  'other-number': 'registryShortOtherNumber',
  'not-shown': 'registryShortNotShown',
  borrowed: 'registryShortBorrowed',
  'not-a-website': 'registryShortNotAWebsite',
  'no-record': 'registryShortNoRecord',
  'no-answer': 'registryShortNoAnswer',
  unrelated: 'registryShortUnrelated',
};

export type VerdictTone = 'ok' | 'warn' | 'bad' | 'muted';

const TONES: Record<string, VerdictTone> = {
  match: 'ok',
  'other-number': 'warn',
  'not-shown': 'warn',
  'not-a-website': 'warn',
  borrowed: 'bad',
};

const kindOf = (code: OutcomeCode) => code.replace(/^(miit|psb)-/, '');
const list = (items: readonly string[]) => items.join(t('localeCode').startsWith('zh') ? '、' : ', ');
const or = (text: string | null | undefined) => (text?.trim() ? text : '—');
/** "2023-10-18 10:27:25" → "2023-10-18"; other forms as they are. */
const day = (text: string | null | undefined) => or(/^\d{4}-\d{2}-\d{2}/.exec(text ?? '')?.[0] ?? text);

/** The colour of a verdict: the numbers match, something is off, a number is borrowed, or nothing to say. */
export function verdictTone(verdict: RegistryVerdict): VerdictTone {
  const tone = TONES[kindOf(verdict.outcome.code)] ?? 'muted';
  // The numbers match, but the page names someone else as its operator: not a clean match.
  return tone === 'ok' && operatorDiffers(verdict) ? 'warn' : tone;
}

/** Whether the operator the page prints is not the registry's. */
export const operatorDiffers = (verdict: RegistryVerdict): boolean =>
  verdict.notes.some((n) => n.code === 'operator-differs');

export const registryHeading = (registry: Registry): string =>
  t(registry === 'miit' ? 'registryMiitHeading' : 'registryPsbHeading');

/** The verdict's sentence. `checked` is the number the user checked, named when the answer had no query. */
export function outcomeText(verdict: RegistryVerdict, checked: string): string {
  const o = verdict.outcome;
  switch (o.code) {
    case 'miit-match':
      return t('registryMiitMatch', [
        o.record.unitName,
        or(o.record.natureName),
        o.record.serviceLicence,
        day(o.record.updateRecordTime),
      ]);
    case 'miit-other-number':
      return [
        t('registryMiitOtherNumber', [list(o.listed), o.domain, list(o.printed)]),
        ...(o.sameEntity ? [t('registryMiitSameEntity')] : []),
      ].join(' ');
    case 'miit-not-shown':
      return t('registryMiitNotShown', [list(o.listed), o.domain]);
    case 'miit-borrowed':
      return t('registryMiitBorrowed', [o.licence, list(o.domains), o.unitName]);
    case 'miit-not-a-website':
      return t('registryMiitNotAWebsite', [o.licence, or(o.serviceName), o.unitName]);
    case 'psb-match':
      return t('registryPsbMatch', [
        o.number,
        or(o.policeOffice),
        or(o.record.filedOn),
        or(o.record.operator),
      ]);
    case 'psb-other-number':
      return t('registryPsbOtherNumber', [o.listed, o.domain, list(o.printed)]);
    case 'psb-not-shown':
      return t('registryPsbNotShown', [o.listed, o.domain]);
    case 'psb-borrowed':
      return t('registryPsbBorrowed', [o.number, or(o.domain), or(o.policeOffice)]);
    case 'miit-no-record':
      return t('registryMiitNoRecord', o.query ?? checked);
    case 'psb-no-record':
      return t('registryPsbNoRecord', o.query ?? checked);
    case 'miit-no-answer':
      return t('registryMiitNoAnswer', t(REASON_KEYS[o.failure.reason]));
    case 'psb-no-answer':
      return t('registryPsbNoAnswer', t(REASON_KEYS[o.failure.reason]));
    case 'miit-unrelated':
      return t('registryMiitUnrelated', or(o.query));
    case 'psb-unrelated':
      return t('registryPsbUnrelated', or(o.query));
  }
}

export function noteText(note: VerdictNote): string {
  return note.code === 'operator-differs'
    ? t('registryNoteOperatorDiffers', [note.printed, note.registered])
    : t('registryNoteNumberElsewhere', [note.licence, list(note.domains)]);
}

/** The record's details as label and value, in the order the registries show them. */
export function recordFacts(verdict: RegistryVerdict): Array<{ label: string; value: string }> {
  const o = verdict.outcome;
  const facts: Array<[MessageKey, string | null | undefined]> = [];
  if (verdict.registry === 'miit' && 'record' in o && o.record && 'unitName' in o.record) {
    const r = o.record;
    facts.push(
      ['registryFactUnit', r.unitName],
      ['registryFactNature', r.natureName],
      ['registryFactLicence', r.serviceLicence],
      ['registryFactDomain', r.domain],
      ['registryFactUpdated', day(r.updateRecordTime)],
    );
  } else if (verdict.registry === 'psb' && 'record' in o && o.record && 'policeOffice' in o.record) {
    const r = o.record;
    facts.push(
      ['registryFactWebsite', r.websiteName],
      ['registryFactUnit', r.operator],
      ['registryFactLicence', r.number],
      ['registryFactDomain', r.mainDomain],
      ['registryFactOffice', r.policeOffice],
      ['registryFactFiledOn', r.filedOn],
    );
  }
  return facts.flatMap(([key, value]) => (value?.trim() && value !== '—' ? [{ label: t(key), value }] : []));
}

/** Whether MIIT marks access to the site as restricted (限制接入). */
export function accessRestricted(verdict: RegistryVerdict): boolean {
  const o = verdict.outcome;
  return 'record' in o && !!o.record && 'limitAccess' in o.record && o.record.limitAccess === true;
}

/** "MIIT: matches", for a table cell. */
export function shortVerdict(verdict: RegistryVerdict): string {
  return t('registryShortLine', [
    t(verdict.registry === 'miit' ? 'registryShortMiit' : 'registryShortPsb'),
    t(
      kindOf(verdict.outcome.code) === 'match' && operatorDiffers(verdict)
        ? 'registryShortOperatorDiffers'
        : (SHORT_KEYS[kindOf(verdict.outcome.code)] ?? 'registryShortUnrelated'),
    ),
  ]);
}
