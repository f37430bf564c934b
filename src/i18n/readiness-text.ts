// The readiness verdict (codes from src/core/readiness/verdict.ts) as one line of text, through t()
// and the readiness* keys of public/_locales, so the command line and the extension say the same.
// Outside the extension t() gives the English text.

import type { Feature } from '../core/readiness/types.ts';
import type {
  HeldUpWhat,
  ReadinessLead,
  ReadinessProblem,
  ReadinessVerdict,
} from '../core/readiness/verdict.ts';
import { leadIsWarning } from '../core/readiness/verdict.ts';
import { type MessageKey, t } from './i18n.ts';

const LEAD_KEYS: Readonly<Record<ReadinessLead, MessageKey>> = {
  'mainland-filed': 'readinessLeadMainlandFiled',
  'mainland-no-number': 'readinessLeadMainlandNoNumber',
  'outside-no-number': 'readinessLeadOutsideNoNumber',
  'outside-with-number': 'readinessLeadOutsideWithNumber',
  local: 'readinessLeadLocal',
  'icp-shown': 'readinessLeadIcpShown',
  'no-icp': 'readinessLeadNoIcp',
};

const WHAT_KEYS: Readonly<Record<HeldUpWhat, MessageKey>> = {
  fonts: 'readinessWhatFonts',
  stylesheets: 'readinessWhatStylesheets',
  scripts: 'readinessWhatScripts',
  resources: 'readinessWhatResources',
};

/** [blocked, unreliable-or-slow] wording of each feature. */
const FEATURE_KEYS: Readonly<Record<Feature, readonly [MessageKey, MessageKey]>> = {
  captcha: ['readinessCaptchaBlocked', 'readinessCaptchaUnreliable'],
  maps: ['readinessMapsBlocked', 'readinessMapsUnreliable'],
  video: ['readinessVideoBlocked', 'readinessVideoUnreliable'],
  comments: ['readinessCommentsBlocked', 'readinessCommentsUnreliable'],
  social: ['readinessSocialBlocked', 'readinessSocialUnreliable'],
  'sign-in': ['readinessSignInBlocked', 'readinessSignInUnreliable'],
  content: ['readinessContentBlocked', 'readinessContentUnreliable'],
};

export function problemText(problem: ReadinessProblem): string {
  if (problem.code === 'likely-works') return t('readinessLikelyWorks');
  const blocked = problem.status === 'blocked';
  switch (problem.code) {
    case 'site':
      return t(blocked ? 'readinessSiteBlocked' : 'readinessSiteUnreliable', [problem.suffix, problem.name]);
    case 'held-up':
      return t(blocked ? 'readinessHeldUpBlocked' : 'readinessHeldUpUnreliable', [
        t(WHAT_KEYS[problem.what]),
        problem.host,
      ]);
    case 'feature-fails': {
      const [ifBlocked, ifUnreliable] = FEATURE_KEYS[problem.feature];
      return t(blocked ? ifBlocked : ifUnreliable, [problem.name, problem.host]);
    }
    case 'tracking-only':
      return t(blocked ? 'readinessTrackingBlocked' : 'readinessTrackingUnreliable', problem.name);
  }
}

/** Sentence case for a clause that starts with a plain word ("fonts from …"), not with a name (reCAPTCHA). */
function upperFirst(text: string): string {
  return /^[a-z]+\b/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The whole verdict line: "Hosted outside the mainland (no ICP needed), but fonts from … may hold the page up". */
export function verdictLine(verdict: ReadinessVerdict): string {
  const problem = problemText(verdict.problem);
  const goodNews = verdict.problem.code === 'likely-works' || verdict.problem.code === 'tracking-only';
  let line: string;
  if (verdict.lead === null) line = upperFirst(problem);
  else {
    const join = goodNews
      ? 'readinessJoinOk'
      : leadIsWarning(verdict.lead)
        ? 'readinessJoinAnd'
        : 'readinessJoinBut';
    line = t(join, [t(LEAD_KEYS[verdict.lead]), problem]);
  }
  return verdict.more > 0 ? t('readinessMore', [line, String(verdict.more)]) : line;
}
