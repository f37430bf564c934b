// fast-check generators for the core's property tests: text built from pieces of licence numbers
// (so that near-misses and real numbers are common), and hostile character soups.
import fc from 'fast-check';

/** Pieces that licence grammars are made of, in the forms pages print them. */
const PIECES = [
  '京',
  '沪',
  '粤',
  '蜀',
  '黔',
  '川',
  '萌',
  '云',
  '星',
  '合字',
  '广东',
  '四川省',
  '新疆维吾尔自治区',
  'ICP',
  'ＩＣＰ',
  'icp',
  'I C P',
  '工CP',
  '备',
  '備',
  '备案',
  '(备)',
  '证',
  '證',
  '号',
  '號',
  '-',
  '－',
  '—',
  '公网安备',
  '公安网备',
  '網安',
  '公安局',
  '备案号',
  'B2',
  'A2.B1.B2',
  '网文',
  '網文',
  '〔',
  '〕',
  '[',
  ']',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '字第',
  '网出证',
  '新出发',
  '批字第',
  '出版物经营许可证',
  '网械平台备字',
  '网药械网络信息服务备字',
  '经营性',
  '非',
  '网信算备',
  '新闻信息服务许可证',
  '视听节目许可证',
  '节目制作经营许可证',
  '演',
  '(机构)',
  '营业性演出许可证',
  '市演',
  'Beijing',
  'Guang Dong',
  'Jiangsu',
  'Inner Mongolia',
  ' ICP No. ',
  'ICP License No.',
  ', Shanghai',
  ' by Jiangsu Communications Administration',
  '-YunQue-',
  '-20230821',
  '1',
  '2',
  '0',
  '12345678',
  '2021014853',
  '11010502038816',
  '20191236',
  '2019',
  '2847',
  '311',
  '000000',
  '１２３',
  '①',
  '𝟏',
  ' ',
  '  ',
  '\n',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u00ad',
  ':',
  '：',
  '/*',
  '*/',
  '<!--',
  '-->',
  '{{',
  '}}',
  '${',
  '}',
  '//',
  '<%',
  '%>',
  'A',
  'X',
  'x',
  '*',
];

export const licenceish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

/** Code units and code points that tend to break text handling. */
const HOSTILE_CHARS = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }), // C0 controls
  fc.integer({ min: 0x7f, max: 0x9f }), // DEL, C1 controls
  fc.integer({ min: 0xd800, max: 0xdfff }), // lone surrogates
  fc.integer({ min: 0xff00, max: 0xffef }), // full-width and half-width forms
  fc.integer({ min: 0x3000, max: 0x33ff }), // CJK punctuation, kana, enclosed and compatibility
  fc.integer({ min: 0x4e00, max: 0x9fff }), // CJK ideographs
  fc.integer({ min: 0xf900, max: 0xfaff }), // CJK compatibility ideographs
  fc.integer({ min: 0xfe00, max: 0xfe6f }), // variation selectors, vertical and small forms
  fc.integer({ min: 0x2000, max: 0x2bff }), // punctuation, super/subscripts, number forms, enclosed
  fc.integer({ min: 0, max: 0x10ffff }), // anything, astral included
);

export const hostileText = fc
  .array(
    fc.oneof(
      HOSTILE_CHARS.map((c) => String.fromCodePoint(c)),
      fc.constantFrom(...PIECES),
    ),
    {
      maxLength: 60,
    },
  )
  .map((p) => p.join(''));

/** Surrogate-heavy strings: pairs cut in half, swapped, doubled. */
export const surrogateSoup = fc
  .array(fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0x1f000, max: 0x1faff })), {
    maxLength: 30,
  })
  .map((codes) => codes.map((c) => String.fromCodePoint(c)).join(''));

export const anyText = fc.oneof(
  licenceish,
  hostileText,
  surrogateSoup,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
