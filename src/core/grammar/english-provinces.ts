// Province names in English (pinyin), as they appear in English renderings of licence numbers:
// "Guangdong", "Guang Dong", "Inner Mongolia" … Shared by the English ICP, PSB and AI-filing rules.
import { PROVINCES } from '../provinces.ts';
import type { Province } from '../types.ts';

// Pinyin syllables of each province, so "Guang Dong" and "Guangdong" both read.
const SYLLABLES: Record<string, string> = {
  '11': 'Bei Jing',
  '12': 'Tian Jin',
  '13': 'He Bei',
  '14': 'Shan Xi',
  '15': 'Inner Mongolia|Nei Mongol|Nei Meng Gu',
  '21': 'Liao Ning',
  '22': 'Ji Lin',
  '23': 'Hei Long Jiang',
  '31': 'Shang Hai',
  '32': 'Jiang Su',
  '33': 'Zhe Jiang',
  '34': 'An Hui',
  '35': 'Fu Jian',
  '36': 'Jiang Xi',
  '37': 'Shan Dong',
  '41': 'He Nan',
  '42': 'Hu Bei',
  '43': 'Hu Nan',
  '44': 'Guang Dong',
  '45': 'Guang Xi',
  '46': 'Hai Nan',
  '50': 'Chong Qing',
  '51': 'Si Chuan',
  '52': 'Gui Zhou',
  '53': 'Yun Nan',
  '54': 'Xi Zang|Tibet',
  '61': 'Shaan Xi',
  '62': 'Gan Su',
  '63': 'Qing Hai',
  '64': 'Ning Xia',
  '65': 'Xin Jiang',
};

const byKey = new Map<string, Province>();
for (const p of PROVINCES) {
  for (const name of (SYLLABLES[p.code] ?? p.en).split('|'))
    byKey.set(name.replace(/ /g, '').toLowerCase(), p);
}

export function provinceOf(name: string): Province | null {
  return byKey.get(name.replace(/[ \n]/g, '').toLowerCase()) ?? null;
}

/** Regex alternation of every spelling, longest first, a space allowed between syllables. */
export const EN_PROV = Object.values(SYLLABLES)
  .flatMap((names) => names.split('|'))
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, ' ?'))
  .join('|');
