// Public-security (PSB) filings: 京公网安备 11010502030143号, legacy 11–13-digit numbers, and the
// home-made labels of the pre-2015 local systems (深公安网监备案号…, 穗公网监备案证第…).
import { lookupArea } from '../areas.ts';
import { dummyReason } from '../checks.ts';
import { kindRow } from '../kinds.ts';
import { provinceByChar, provinceByCode } from '../provinces.ts';
import type { FlagNote, Licence } from '../types.ts';
import { END_DIGITS, group, type MatchContext, named, PROV, W } from './rule.ts';

const LABEL = [
  // 公网安备, and the variants and slips seen: 公安网备, 公网备, 公网监备案证第, 公安网监备案号 …
  `公${W}(?:安${W})?网${W}(?:安${W})?(?:监${W})?备(?:${W}案)?(?:${W}号|${W}证${W}第)?`,
  // 公安备案号, 公安机关备案号, 北京市公安局海淀分局备案号 …
  `公安[^\\d\\n:]{0,10}?备案(?:编号|号)?`,
  // 网安备案号, and 京网安备… without 公
  `网${W}安${W}备(?:${W}案)?(?:${W}号)?`,
].join('|');

const RE = new RegExp(
  `(?<pre>${PROV})?${W}(?:${LABEL})${W}[:/]?${W}(?<body>\\d{8,16})${END_DIGITS}(?:${W}号)?`,
  'g',
);

function lengthIssue(body: string): FlagNote | null {
  if (body.length === 14) return null;
  const area = lookupArea(body.slice(0, 6));
  // The pre-2015 provincial systems issued 11–13-digit numbers that start with a real area code.
  if (body.length >= 11 && body.length <= 13 && area.known && area.district) {
    return {
      flag: 'legacy-format',
      reason: `a ${body.length}-digit number from a pre-2015 local filing system`,
    };
  }
  return { flag: 'malformed', reason: `a PSB filing number has 14 digits, this one ${body.length}` };
}

function build(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const pre = group(m, 'pre');
  const body = group(m, 'body') ?? '';
  const codeProvince = provinceByCode(body.slice(0, 2));
  const province = pre ? provinceByChar(pre) : codeProvince;
  const flags: FlagNote[] = [];
  const issue = lengthIssue(body);
  if (issue) flags.push(issue);
  const dummy = dummyReason(body, { serialLength: body.length === 14 ? 6 : 0 });
  if (dummy) flags.push({ flag: 'dummy', reason: dummy });
  if (pre && province && codeProvince && codeProvince.code !== province.code) {
    flags.push({
      flag: 'prefix-code-mismatch',
      reason: `the prefix ${pre} is ${province.en} but the code ${body.slice(0, 6)} is in ${codeProvince.en}`,
    });
  }
  return {
    kind: 'psb',
    number: pre ? `${pre}公网安备${body}号` : body,
    printed: ctx.printed(m.index, m.index + m[0].length),
    province,
    ...(pre ? { prefix: pre } : {}),
    commercial: kindRow('psb').commercial,
    flags,
    area: lookupArea(body.slice(0, 6)),
  };
}

// Every label starts 公安, 公网 or 网安备案号, after at most a prefix and white space.
export const psbRules = named({ psb: { re: RE, anchor: `公${W}[安网]|网${W}安${W}备`, lead: 8, build } });
