// The 31 mainland provincial-level divisions and the characters each number family uses for them.
// Three prefix vocabularies exist (see docs/domain.md §5): ICP filings write 蜀黔滇陇 for
// Sichuan/Guizhou/Yunnan/Gansu, PSB filings mostly 川贵滇甘, telecom and culture licences 川黔滇甘.
// We accept every attested character on every family and let the prefix map to its province.
import type { Province } from './types.ts';

const TABLE: ReadonlyArray<readonly [code: string, abbr: string, zh: string, en: string, aliases: string]> = [
  ['11', '京', '北京市', 'Beijing', ''],
  ['12', '津', '天津市', 'Tianjin', ''],
  ['13', '冀', '河北省', 'Hebei', ''],
  ['14', '晋', '山西省', 'Shanxi', ''],
  ['15', '蒙', '内蒙古自治区', 'Inner Mongolia', ''],
  ['21', '辽', '辽宁省', 'Liaoning', ''],
  ['22', '吉', '吉林省', 'Jilin', ''],
  ['23', '黑', '黑龙江省', 'Heilongjiang', ''],
  ['31', '沪', '上海市', 'Shanghai', '申'],
  ['32', '苏', '江苏省', 'Jiangsu', ''],
  ['33', '浙', '浙江省', 'Zhejiang', ''],
  ['34', '皖', '安徽省', 'Anhui', ''],
  ['35', '闽', '福建省', 'Fujian', ''],
  ['36', '赣', '江西省', 'Jiangxi', ''],
  ['37', '鲁', '山东省', 'Shandong', ''],
  ['41', '豫', '河南省', 'Henan', ''],
  ['42', '鄂', '湖北省', 'Hubei', '楚'],
  ['43', '湘', '湖南省', 'Hunan', ''],
  ['44', '粤', '广东省', 'Guangdong', ''],
  ['45', '桂', '广西壮族自治区', 'Guangxi', ''],
  ['46', '琼', '海南省', 'Hainan', ''],
  ['50', '渝', '重庆市', 'Chongqing', ''],
  ['51', '川', '四川省', 'Sichuan', '蜀'],
  ['52', '贵', '贵州省', 'Guizhou', '黔'],
  ['53', '云', '云南省', 'Yunnan', '滇'],
  ['54', '藏', '西藏自治区', 'Tibet', ''],
  ['61', '陕', '陕西省', 'Shaanxi', '秦'],
  ['62', '甘', '甘肃省', 'Gansu', '陇'],
  ['63', '青', '青海省', 'Qinghai', ''],
  ['64', '宁', '宁夏回族自治区', 'Ningxia', ''],
  ['65', '新', '新疆维吾尔自治区', 'Xinjiang', ''],
];

export const PROVINCES: readonly Province[] = TABLE.map(([code, abbr, zh, en]) => ({ code, abbr, zh, en }));

const byCode = new Map<string, Province>();
const byChar = new Map<string, Province>();
const byEnglish = new Map<string, Province>();
const byShortZh = new Map<string, Province>();
for (const [i, [code, abbr, , en, aliases]] of TABLE.entries()) {
  const p = PROVINCES[i] as Province;
  byCode.set(code, p);
  byChar.set(abbr, p);
  for (const alias of aliases) byChar.set(alias, p);
  byEnglish.set(en.toLowerCase(), p);
  byShortZh.set(shortName(p.zh), p);
}
// English spellings seen besides the table's own.
byEnglish.set('nei mongol', byCode.get('15') as Province);
byEnglish.set('xizang', byCode.get('54') as Province);
byEnglish.set('shensi', byCode.get('61') as Province);

function shortName(zh: string): string {
  return zh.replace(/(维吾尔|回族|壮族)?(自治区|省|市)$/, '');
}

/** Every character that can stand as a province prefix on some number family. */
export const PROVINCE_CHARS: string = [...byChar.keys()].join('');

/** The prefix characters MIIT prints on ICP filings (蜀黔滇陇, never 川贵云甘). */
export const ICP_FILING_CHARS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新';

export function provinceByCode(code: string): Province | null {
  return byCode.get(code.slice(0, 2)) ?? null;
}

export function provinceByChar(char: string): Province | null {
  return byChar.get(char) ?? null;
}

/** "Shanghai", "jiangsu", "Guangdong" → province. */
export function provinceByEnglish(name: string): Province | null {
  return byEnglish.get(name.trim().toLowerCase()) ?? null;
}

/** "北京", "内蒙古", "广西" → province. */
export function provinceByShortZh(name: string): Province | null {
  return byShortZh.get(name) ?? null;
}

/** The character MIIT prints on ICP filings for a province (蜀 for Sichuan, 陇 for Gansu …). */
export function icpFilingChar(province: Province): string {
  const index = PROVINCES.indexOf(province);
  return index >= 0 ? (ICP_FILING_CHARS[index] ?? province.abbr) : province.abbr;
}

/**
 * Province by its position in the national order (01 Beijing … 31 Xinjiang), as the audio-visual
 * licence's leading two digits appear to use it (docs/domain.md §1.6: an inference, 01/09/11/15/18/19
 * seen). Returns null outside 01–31.
 */
export function provinceByOrdinal(ordinal: number): Province | null {
  return PROVINCES[ordinal - 1] ?? null;
}
