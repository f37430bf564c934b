// Value-added telecom licences: 粤B2-20090059, cross-regional B2-20089625, foreign-invested
// 合字B2-20164413, combined categories A2.B1.B2-20090003, and B2 numbers used as the MIIT subject
// number with a site suffix (黔B2-20017013-102, 粤B2-20090059-1626X).
import { dummyReason } from '../checks.ts';
import { kindRow } from '../kinds.ts';
import { provinceByChar } from '../provinces.ts';
import type { FlagNote, Licence } from '../types.ts';
import { END_DIGITS, group, type MatchContext, named, PROV, SUFFIX, W } from './rule.ts';
import { siteSuffix } from './site-suffix.ts';

const CATEGORY = '[AB][12]';
const RE = new RegExp(
  `(?<pre>合字|${PROV})?${W}(?<![A-Za-z0-9])(?<cats>(?:${CATEGORY}${W}[.、·]${W}){0,4}${CATEGORY})${W}-${W}(?<body>\\d{6,9})${END_DIGITS}${SUFFIX}(?:${W}号)?`,
  'g',
);

function bodyIssue(body: string, year: number): string | null {
  if (body.length !== 8) return `a telecom licence number has 8 digits, this one ${body.length}`;
  const y = Number(body.slice(0, 4));
  return y >= 2000 && y <= year ? null : `the licence year ${y} is outside 2000–${year}`;
}

function build(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const pre = group(m, 'pre');
  const categories = (group(m, 'cats') ?? '').match(/[AB][12]/g) ?? [];
  const body = group(m, 'body') ?? '';
  const suffix = siteSuffix(group(m, 'seq'), group(m, 'svc'));
  const subject = `${pre ?? ''}${categories.join('.')}-${body}`;
  const flags: FlagNote[] = [];
  const issue = bodyIssue(body, ctx.year);
  if (issue) flags.push({ flag: 'malformed', reason: issue });
  const dummy = dummyReason(body);
  if (dummy) flags.push({ flag: 'dummy', reason: dummy });
  return {
    kind: 'telecom-license',
    number: subject + suffix.text,
    printed: ctx.printed(m.index, m.index + m[0].length),
    province: pre && pre !== '合字' ? provinceByChar(pre) : null,
    ...(pre ? { prefix: pre } : {}),
    commercial: kindRow('telecom-license').commercial,
    flags,
    subject,
    categories,
    ...suffix.fields,
    ...(issue ? {} : { year: Number(body.slice(0, 4)) }),
  };
}

// The first category, after at most 合字 and white space.
export const telecomRules = named({ telecom: { re: RE, anchor: '[AB][12]', lead: 8, build } });
