// Internet culture business licences: 京网文〔2013〕0934-983号 in every bracket style, the older
// 网文许字 wording, and the national 文网文[2010]040号. An official document number of the same
// shape (京网文〔2026〕1号) has no NNNN-NNN body and is not matched.

import { kindRow } from '../kinds.ts';
import { canonicalAsPrinted } from '../normalize.ts';
import { provinceByChar } from '../provinces.ts';
import type { Licence } from '../types.ts';
import { CLOSE, END_DIGITS, group, type MatchContext, named, OPEN, PROV, spaced, W } from './rule.ts';

const RE = new RegExp(
  `(?<pre>${PROV}|文)${W}${spaced('网文')}(?:${W}${spaced('许字')})?${W}${OPEN}${W}(?<year>\\d{4})${W}${CLOSE}${W}(?<num>\\d{3,5})(?:${W}-${W}(?<serial>\\d{1,4}))?${END_DIGITS}(?:${W}号)?`,
  'g',
);

function build(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const pre = group(m, 'pre') ?? '';
  const national = pre === '文';
  // Provincial licences always carry the -serial; only the national form goes without.
  if (!national && group(m, 'serial') === undefined) return null;
  const printed = ctx.printed(m.index, m.index + m[0].length);
  return {
    kind: 'culture-license',
    number: canonicalAsPrinted(printed),
    printed,
    province: national ? null : provinceByChar(pre),
    prefix: pre,
    commercial: kindRow('culture-license').commercial,
    flags: [],
    year: Number(group(m, 'year')),
  };
}

export const cultureRules = named({ culture: { re: RE, anchor: `网${W}文`, lead: 8, build } });
