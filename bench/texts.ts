// Generated inputs for the core benchmark: ordinary prose with no numbers, prose dense with
// numbers, and adversarial text built to make a careless regex backtrack. Deterministic (seeded).

/** Small seeded PRNG (mulberry32), so every run measures the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Prose words, some holding marker characters (证, 许可, 备, ICP) the way real pages do. */
const WORDS = [
  '我们',
  '公司',
  '提供',
  '优质',
  '服务',
  '产品',
  '新闻',
  '关于',
  '联系',
  '首页',
  '证书',
  '许可',
  '准备',
  '设备',
  '网络',
  '安全',
  '文化',
  '经营',
  '中心',
  '用户',
  '协议',
  '隐私',
  'the ',
  'and ',
  'service ',
  'about ',
  'ICP ',
  'news ',
  '，',
  '。',
  '、',
  ' ',
  '\n',
  '2024年',
  '第3期',
  'A1 ',
];

const NUMBERS = [
  '京ICP备16045689号-1',
  '京ICP证160517号',
  '京公网安备11010502038816号',
  '京B2-20191236',
  '京网文〔2019〕2847-311号',
  '蜀ICP备2021014853号-2',
  '粤B2-20090059-1',
  '（京）-经营性-2024-0502',
  'Jiangsu ICP No. 2023021414-14',
  '网信算备330109094482246341270号',
  '沪公网安备31010402008541号',
];

function fill(size: number, seed: number, pick: (r: () => number) => string): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const s = pick(r);
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, size);
}

const word = (r: () => number) => WORDS[Math.floor(r() * WORDS.length)] as string;

/** Prose with marker characters (证书, 许可, 设备, "ICP") but no licence number. */
export const numberFree = (size: number) => fill(size, 1, word);

/** Words with no marker at all: text the parser's pre-filter turns away at once. */
const PLAIN = WORDS.filter((w) => !/[证备许]|ICP|A1/.test(w));

/** Prose without any marker. */
export const markerFree = (size: number) =>
  fill(size, 4, (r) => PLAIN[Math.floor(r() * PLAIN.length)] as string);

/** About one licence number per 60 characters of prose. */
export const numberDense = (size: number) =>
  fill(size, 2, (r) => (r() < 0.15 ? `${NUMBERS[Math.floor(r() * NUMBERS.length)]} ` : word(r)));

/** Near-misses repeated: labels without numbers, endless digits, brackets, dashes, English labels. */
const ADVERSARIAL = [
  '京ICP备',
  '京公网安备 ',
  'B2-B2.B1.',
  '京网文〔2019〕',
  '（京）字第',
  'ICP License No. ',
  'Beijing-Beijing-',
  '/*<!--{{',
  '1234567890',
  '   \n  ',
  '京ICP备1234567890123456',
  '合字A2.B1.B2.A1.B2-',
];
export const adversarial = (size: number) =>
  fill(size, 3, (r) => ADVERSARIAL[Math.floor(r() * ADVERSARIAL.length)] as string);
