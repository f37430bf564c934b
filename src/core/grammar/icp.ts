// ICP filings (X ICP备 12345678 号-1) and ICP licences (X ICP证 030173 号), plus the same shape
// behind a joke "registry" character (萌ICP备…), which is recognised but never passed off as real.
import { dummyReason } from '../checks.ts';
import { kindRow } from '../kinds.ts';
import { icpFilingChar, PROVINCES, provinceByChar, provinceByShortZh } from '../provinces.ts';
import type { FlagNote, Licence } from '../types.ts';
import { END_DIGITS, group, type MatchContext, named, SUFFIX, spaced, W } from './rule.ts';
import { siteSuffix } from './site-suffix.ts';

const ICP = `(?:[Ii]${W}[Cc]${W}[Pp]|工${W}[Cc]${W}[Pp])`; // 工cp: an IME slip seen on real footers
// 备, 备案, (备), 证, and a doubled label (晋ICP备ICP备15177683).
const LABEL = `(?<label>\\(${W}备${W}\\)|${spaced('备案')}|备|证)(?:${W}${ICP}${W}备)?`;
const BODY = `(?<body>\\d{4} \\d{4}${END_DIGITS}|\\d{5,12}${END_DIGITS})`;

// Full province names are printed now and then (广东ICP备…, 四川省ICP备…); they are read before the
// single character so 广东 is not taken for an unknown prefix 东.
const FULL_NAME = `(?<full>${PROVINCES.map((p) => p.zh.replace(/(维吾尔|回族|壮族)?(自治区|省|市)$/, '')).join('|')})(?:省|市|自治区|回族自治区|壮族自治区|维吾尔自治区)?`;

const RE = new RegExp(
  `(?:${FULL_NAME}|(?<pre>[\\u4e00-\\u9fff]))${W}${ICP}${W}${LABEL}(?:${W}号)?${W}[:/]?${W}${BODY}${W}(?:号)?${SUFFIX}(?:${W}号)?`,
  'g',
);

const CJK = /[\u4e00-\u9fff]/;
// Cloud brands end in 云 (阿里云ICP备案, 腾讯云ICP备案): not a Yunnan prefix. 星云ICP备 is a joke registry.
const NOVELTY_BEFORE_YUN = new Set(['星']);
// Joke registries known by name (萌国 icp.gov.moe, 茶 icp.redcha.cn, 彬): recognised even inside text.
const KNOWN_NOVELTY = new Set(['萌', '茶', '彬']);

/** The prefix as printed and whether it is a real province, a joke registry, or not a prefix at all. */
function readPrefix(
  pre: string,
  ctx: MatchContext,
  start: number,
): { prefix: string; novelty: boolean } | null {
  const before = ctx.text[start - 1] ?? '';
  if (pre === '云' && CJK.test(before)) {
    return NOVELTY_BEFORE_YUN.has(before) ? { prefix: before + pre, novelty: true } : null;
  }
  if (provinceByChar(pre)) return { prefix: pre, novelty: false };
  if (KNOWN_NOVELTY.has(pre)) return { prefix: pre, novelty: true };
  // A joke registry prints one character of its own in place of the province, standing alone;
  // a character inside a word (学院ICP备案：…) is just text before an unprefixed label.
  if (CJK.test(before)) return null;
  return { prefix: pre, novelty: true };
}

function bodyIssue(body: string, licence: boolean, year: number): string | null {
  if (licence)
    return body.length === 6 ? null : `an ICP licence number has 6 digits, this one ${body.length}`;
  if (body.length === 10) {
    const y = Number(body.slice(0, 4));
    return y >= 2019 && y <= year ? null : `a 10-digit filing starts with its year (2019–${year}), not ${y}`;
  }
  if (body.length === 8) {
    const yy = Number(body.slice(0, 2));
    return yy >= 4 && yy <= 20
      ? null
      : `an 8-digit filing starts with a year from 04 to 20, not ${body.slice(0, 2)}`;
  }
  if (body.length === 6) {
    const yy = Number(body.slice(0, 2));
    return yy <= 4 ? null : `6-digit filings are from 2004 or earlier, this one reads ${body.slice(0, 2)}`;
  }
  return `an ICP filing has 8 or 10 digits, this one ${body.length}`;
}

function yearOf(body: string): number | undefined {
  if (body.length === 10) return Number(body.slice(0, 4));
  if (body.length === 8 || body.length === 6) return 2000 + Number(body.slice(0, 2));
  return undefined;
}

function build(m: RegExpExecArray, ctx: MatchContext): Licence | null {
  const full = group(m, 'full');
  const fullProvince = full ? provinceByShortZh(full) : null;
  const pre = fullProvince ? icpFilingChar(fullProvince) : (group(m, 'pre') ?? '');
  const prefix = fullProvince ? { prefix: pre, novelty: false } : readPrefix(pre, ctx, m.index);
  if (!prefix) return null;
  const licence = group(m, 'label') === '证';
  const body = (group(m, 'body') ?? '').replace(' ', '');
  const suffix = siteSuffix(group(m, 'seq'), group(m, 'svc'));
  const subject = `${prefix.prefix}ICP${licence ? '证' : '备'}${body}号`;
  const flags: FlagNote[] = [];
  // A joke registry numbers as it likes: only the government's format rules make a number malformed.
  const issue = prefix.novelty ? null : bodyIssue(body, licence, ctx.year);
  if (issue) flags.push({ flag: 'malformed', reason: issue });
  const dummy = dummyReason(body, {
    serialLength: body.length === 6 ? 4 : 6,
    placeholderSerial: /^0+1?$/,
    dateIsDummy: !licence && body.length === 8,
  });
  if (dummy) flags.push({ flag: 'dummy', reason: dummy });
  if (prefix.novelty) {
    flags.push({
      flag: 'novelty',
      reason: `${prefix.prefix} is not a province: a joke registry, not a government filing`,
    });
  }
  const year = issue ? undefined : yearOf(body);
  const kind = prefix.novelty ? 'novelty-icp' : licence ? 'icp-license' : 'icp-filing';
  return {
    kind,
    number: subject + suffix.text,
    printed: ctx.printed(
      fullProvince ? m.index : m.index - (prefix.prefix.length - pre.length),
      m.index + m[0].length,
    ),
    province: prefix.novelty ? null : provinceByChar(pre),
    prefix: prefix.prefix,
    commercial: kindRow(kind).commercial,
    flags,
    subject,
    ...suffix.fields,
    ...(year === undefined ? {} : { year }),
  };
}

// The C of ICP: after at most a full province name (9), white space (3), I and white space (4).
export const icpRules = named({ icp: { re: RE, anchor: `[Cc]${W}[Pp]`, lead: 24, build } });
