// The other licences seen in footers (docs/domain.md §1.6). Their numbers are kept as printed,
// brackets included; the province comes from a bracketed character or from a numeric code.
import { lookupArea } from '../areas.ts';
import { kindRow } from '../kinds.ts';
import { canonicalAsPrinted } from '../normalize.ts';
import { provinceByChar, provinceByCode, provinceByOrdinal } from '../provinces.ts';
import type { Licence, LicenceKind, Province } from '../types.ts';
import {
  CLOSE,
  END_DIGITS,
  group,
  type MatchContext,
  named,
  OPEN,
  PROV,
  type Rule,
  spaced,
  W,
} from './rule.ts';

function asPrinted(
  kind: LicenceKind,
  m: RegExpExecArray,
  ctx: MatchContext,
  province: Province | null,
  extra: Partial<Licence> = {},
): Licence {
  const start = m.index + (m.groups?.lead?.length ?? 0);
  const printed = ctx.printed(start, m.index + m[0].length);
  return {
    kind,
    number: canonicalAsPrinted(printed),
    printed,
    province,
    commercial: kindRow(kind).commercial,
    flags: [],
    ...extra,
  };
}

/** `anchor` and `lead` as in Rule: a label every match holds, at most `lead` characters in. */
function rule([anchor, lead]: [string, number], source: string, build: Rule['build']): Omit<Rule, 'name'> {
  return { re: new RegExp(source, 'g'), anchor, lead, build };
}

const BRACKETED_PROV = `\\(${W}(?<p>${PROV})${W}\\)`;

/** A local performance licence names its city (穗天演440106026): the province by character, else by code. */
function performanceProvince(pre: string, digits: string): Province | null {
  const byChar = provinceByChar(pre.slice(0, 1));
  if (byChar) return byChar;
  const area = digits.length >= 6 ? lookupArea(digits.slice(0, 6)) : null;
  return area?.known ? area.province : null;
}

/** The nearest label before `at` decides between online publishing and broadcast for （京）字第N号. */
function publishingOrBroadcast(ctx: MatchContext, at: number): LicenceKind {
  const before = ctx.text.slice(Math.max(0, at - 30), at);
  return before.lastIndexOf('出版') > before.lastIndexOf('广播')
    ? 'online-publishing-license'
    : 'broadcast-license';
}

export const otherRules = named({
  'online-publishing': rule(
    [`出${W}[证网]`, 24],
    `(?:\\(${W}[总署]${W}\\)${W})?(?:${spaced('网出证')}|${spaced('新出网证')})${W}[(<]${W}(?<p>${PROV})${W}[)>]${W}(?:字${W})?(?:第${W})?\\d{1,6}${END_DIGITS}${W}号`,
    (m, ctx) => asPrinted('online-publishing-license', m, ctx, provinceByChar(group(m, 'p') ?? '')),
  ),
  publication: rule(
    [`新${W}出|出${W}版`, 4],
    // 新出发京批字第直0673号, 新出发(苏)批字第N-012号, 新出发京零字第大120007号, and the same after
    // the label 出版物经营许可证 without 新出发.
    `(?:${spaced('新出发')}|(?<lead>${spaced('出版物经营许可证')}${W}:?${W}))${W}(?:\\(${W}(?<p1>${PROV})${W}\\)|(?<p2>${PROV}))${W}[\\u4e00-\\u9fff]{0,2}${W}字${W}第${W}(?:[A-Z\\u4e00-\\u9fff]${W}-?${W})?\\d{1,8}${END_DIGITS}${W}号`,
    (m, ctx) =>
      asPrinted('publication-license', m, ctx, provinceByChar(group(m, 'p1') ?? group(m, 'p2') ?? '')),
  ),
  'medical-device': rule(
    [`网${W}械`, 20],
    `${BRACKETED_PROV}${W}${spaced('网械平台备字')}${W}${OPEN}${W}(?<y>\\d{4})${W}${CLOSE}${W}第${W}\\d{3,6}${END_DIGITS}${W}号`,
    (m, ctx) =>
      asPrinted('medical-device-platform-filing', m, ctx, provinceByChar(group(m, 'p') ?? ''), {
        year: Number(group(m, 'y')),
      }),
  ),
  'drug-filing': rule(
    [`网${W}药`, 20],
    // （京）网药械网络信息服务备字（2023）第00570号, and shorter wordings such as 网药械信息备字.
    `${BRACKETED_PROV}${W}${spaced('网药械')}[\\u4e00-\\u9fff]{0,8}?备${W}字${W}${OPEN}${W}(?<y>\\d{4})${W}${CLOSE}${W}第${W}\\d{3,6}${END_DIGITS}${W}号`,
    (m, ctx) =>
      asPrinted('drug-info-license', m, ctx, provinceByChar(group(m, 'p') ?? ''), {
        year: Number(group(m, 'y')),
      }),
  ),
  drug: rule(
    [`经${W}营${W}性`, 28],
    `${BRACKETED_PROV}${W}-${W}(?<non>非)?${W}${spaced('经营性')}${W}-${W}(?<y>\\d{4})${W}-${W}\\d{4}${END_DIGITS}`,
    (m, ctx) =>
      asPrinted('drug-info-license', m, ctx, provinceByChar(group(m, 'p') ?? ''), {
        year: Number(group(m, 'y')),
        commercial: group(m, 'non') === undefined,
      }),
  ),
  algorithm: rule(
    [`网${W}信`, 4],
    `${spaced('网信算备')}${W}(?<n>\\d{21})${END_DIGITS}(?:${W}号)?`,
    (m, ctx) => {
      const n = group(m, 'n') ?? '';
      return {
        kind: 'algorithm-filing',
        number: `网信算备${n}号`,
        printed: ctx.printed(m.index, m.index + m[0].length),
        province: provinceByCode(n.slice(0, 2)),
        commercial: kindRow('algorithm-filing').commercial,
        flags: [],
        area: lookupArea(n.slice(0, 6)),
      };
    },
  ),
  news: rule(
    [`新${W}闻${W}信`, 4],
    `(?<lead>${spaced('新闻信息服务许可证')}(?:编号|号)?${W}:?${W})(?<n>\\d{10,11})${END_DIGITS}(?:${W}号)?`,
    (m, ctx) => asPrinted('news-license', m, ctx, provinceByCode((group(m, 'n') ?? '').slice(0, 2))),
  ),
  av: rule(
    [`视${W}听${W}[节许]`, 12],
    `(?<lead>(?:${spaced('视听节目许可证')}|${spaced('网络视听许可证')})(?:编号|号)?${W}:?${W})(?<n>\\d{7})${END_DIGITS}(?:${W}号)?`,
    (m, ctx) => asPrinted('av-license', m, ctx, provinceByOrdinal(Number((group(m, 'n') ?? '').slice(0, 2)))),
  ),
  'broadcast-bracketed': rule(
    [`字${W}第`, 20],
    `${BRACKETED_PROV.replace(`${W}\\)`, `[^()\\n]{0,3}\\)`)}${W}字${W}第${W}\\d{1,6}${END_DIGITS}${W}号`,
    (m, ctx) => asPrinted(publishingOrBroadcast(ctx, m.index), m, ctx, provinceByChar(group(m, 'p') ?? '')),
  ),
  'broadcast-bare': rule(
    [`节${W}目`, 4],
    `(?<lead>${spaced('节目制作经营许可证')}${W}:?${W})(?<p>${PROV})${W}字${W}第${W}\\d{1,6}${END_DIGITS}${W}号`,
    (m, ctx) => asPrinted('broadcast-license', m, ctx, provinceByChar(group(m, 'p') ?? '')),
  ),
  'performance-bracketed': rule(
    [`演${W}\\(`, 4],
    // 营业性演出许可证: 京演（机构）〔2019〕1234号, 京演（机构）（2015）1145号, any bracket style.
    `(?<p>${PROV})${W}演${W}\\(${W}[\\u4e00-\\u9fff]{2}${W}\\)${W}${OPEN}${W}(?<y>\\d{4})${W}${CLOSE}${W}\\d{1,6}${END_DIGITS}(?:${W}号)?`,
    (m, ctx) =>
      asPrinted('performance-license', m, ctx, provinceByChar(group(m, 'p') ?? ''), {
        year: Number(group(m, 'y')),
      }),
  ),
  'performance-labelled': rule(
    [`演${W}出${W}许${W}可`, 12],
    // The older local numbers after the label: 营业性演出许可证京市演1574, 演出许可证穗天演440106026.
    `(?<lead>(?:${spaced('营业性')}${W})?${spaced('演出许可证')}(?:编号|号)?${W}:?${W})(?<pre>[\\u4e00-\\u9fff]{1,3})${W}演${W}(?<n>\\d{3,12})${END_DIGITS}(?:${W}号)?`,
    (m, ctx) =>
      asPrinted(
        'performance-license',
        m,
        ctx,
        performanceProvince(group(m, 'pre') ?? '', group(m, 'n') ?? ''),
      ),
  ),
});
