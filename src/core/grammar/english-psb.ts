// English renderings of public-security filings: "Jiangsu public security registration No.
// 32011402012641", "Beijing Public Security Record No. 11010502030143", "Public Security Filing
// No. 11010802020088". With a province the Chinese form is reconstructed (苏公网安备…号); without one
// the number is the bare digits, as for a home-made Chinese label.
import { lookupArea } from '../areas.ts';
import { kindRow } from '../kinds.ts';
import { provinceByCode } from '../provinces.ts';
import type { FlagNote, Licence, Province } from '../types.ts';
import { EN_PROV, provinceOf } from './english-provinces.ts';
import { END_DIGITS, group, type MatchContext, named, W } from './rule.ts';

const RE = new RegExp(
  `(?<![A-Za-z])(?:(?<prov>${EN_PROV})${W})?Public${W}Security${W}(?:Bureau${W})?(?:Registration|Record|Filing|Reg\\.?)?${W}(?:No\\.?|Number|#)${W}:?${W}(?<body>\\d{14})${END_DIGITS}`,
  'gi',
);

/** The character PSB filings print for a province: its short name, but 滇 for Yunnan (docs/domain.md §5). */
function psbChar(province: Province): string {
  return province.code === '53' ? '滇' : province.abbr;
}

function build(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const body = group(m, 'body') ?? '';
  const stated = provinceOf(group(m, 'prov') ?? '');
  const codeProvince = provinceByCode(body.slice(0, 2));
  const flags: FlagNote[] = [
    { flag: 'english-form', reason: 'printed in English; the Chinese form is reconstructed' },
  ];
  if (stated && codeProvince && stated.code !== codeProvince.code) {
    flags.push({
      flag: 'prefix-code-mismatch',
      reason: `the text names ${stated.en} but the code ${body.slice(0, 6)} is in ${codeProvince.en}`,
    });
  }
  return {
    kind: 'psb',
    number: stated ? `${psbChar(stated)}公网安备${body}号` : body,
    printed: ctx.printed(m.index, m.index + m[0].length),
    province: stated ?? codeProvince,
    commercial: kindRow('psb').commercial,
    flags,
    area: lookupArea(body.slice(0, 6)),
  };
}

// Anchored on "Security", after at most a province name, "Public" and white space.
export const englishPsbRules = named({ 'english-psb': { re: RE, anchor: '[Ss]ecurity', lead: 32, build } });
