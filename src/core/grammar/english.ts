// English renderings: "Jiangsu ICP No. 2023021414-14", "Guang Dong ICP Record No.010221",
// "ICP License No. 2022020686, Shanghai", "ICP License No. 15058768 by Jiangsu Communications
// Administration", and generative-AI registrations (Beijing-YunQue-20230821). A number with no
// province anywhere ("ICP License No.: 11010329") has no canonical form and is not reported.
import { dummyReason } from '../checks.ts';
import { kindRow } from '../kinds.ts';
import { icpFilingChar } from '../provinces.ts';
import type { FlagNote, Licence } from '../types.ts';
import { EN_PROV, provinceOf } from './english-provinces.ts';
import { END_DIGITS, group, type MatchContext, named, SUFFIX, W } from './rule.ts';
import { siteSuffix } from './site-suffix.ts';

// "Record", "License", and the machine translations of 备 ("Prepared", "Bei") seen in the wild.
const NO = `(?:Record|Licen[cs]e|Filing|Registration|Reg\\.?|Prepared|Preparation|Bei)?${W}(?:No\\.?|Number|#)${W}:?`;
const BODY = `(?<body>\\d{6,10})${END_DIGITS}`;

const PROVINCE_FIRST = new RegExp(
  `(?<![A-Za-z])(?<prov>${EN_PROV})${W}ICP${W}${NO}${W}${BODY}${SUFFIX}`,
  'gi',
);
const PROVINCE_AFTER = new RegExp(
  `(?<![A-Za-z])ICP${W}${NO}${W}${BODY}${SUFFIX}${W}(?:,${W}|${W}(?:issued${W})?by${W}(?:the${W})?)(?<prov>${EN_PROV})(?![a-z])(?:${W}(?:Provincial${W})?Communications?${W}Administration)?`,
  'gi',
);

function build(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const province = provinceOf(group(m, 'prov') ?? '');
  if (!province) return null;
  const body = group(m, 'body') ?? '';
  const licence = body.length === 6;
  const suffix = siteSuffix(group(m, 'seq'), group(m, 'svc')?.toUpperCase());
  const subject = `${licence ? province.abbr : icpFilingChar(province)}ICP${licence ? '证' : '备'}${body}号`;
  const flags: FlagNote[] = [
    { flag: 'english-form', reason: 'printed in English; the Chinese form is reconstructed' },
  ];
  if (!licence && body.length !== 8 && body.length !== 10) {
    flags.push({ flag: 'malformed', reason: `an ICP filing has 8 or 10 digits, this one ${body.length}` });
  }
  const dummy = dummyReason(body, { serialLength: 6, placeholderSerial: /^0+1?$/ });
  if (dummy) flags.push({ flag: 'dummy', reason: dummy });
  const kind = licence ? 'icp-license' : 'icp-filing';
  return {
    kind,
    number: subject + suffix.text,
    printed: ctx.printed(m.index, m.index + m[0].length),
    province,
    commercial: kindRow(kind).commercial,
    flags,
    subject,
    ...suffix.fields,
  };
}

const AI_MODEL = new RegExp(
  `(?<![A-Za-z0-9-])(?<prov>${EN_PROV.replace(/ \?/g, '')})-[A-Za-z0-9]{1,40}-(?<date>20\\d{6})(?:[A-Z]?\\d{1,4})?(?![A-Za-z0-9])`,
  'gi',
);

function buildAiModel(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const province = provinceOf(group(m, 'prov') ?? '');
  const printed = ctx.printed(m.index, m.index + m[0].length);
  return {
    kind: 'ai-model-filing',
    number: printed,
    printed,
    province,
    commercial: kindRow('ai-model-filing').commercial,
    flags: [],
    year: Number((group(m, 'date') ?? '').slice(0, 4)),
  };
}

// Anchored on the C of ICP (after at most a province name and white space), and on the date's dash.
export const englishRules = named({
  'english-province-first': { re: PROVINCE_FIRST, anchor: `[Cc]${W}[Pp]`, lead: 24, build },
  'english-province-after': { re: PROVINCE_AFTER, anchor: `[Cc]${W}[Pp]`, lead: 4, build },
  'ai-model': { re: AI_MODEL, anchor: '-20\\d{6}', lead: 64, build: buildAiModel },
});
