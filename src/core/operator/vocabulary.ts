// Words the operator finder reads: entity suffixes, the cue words around a name, surnames.
// Everything here is matched on folded text (`fold`), so only simplified forms are listed.
import type { OperatorSource } from './types.ts';

/**
 * Traditional characters of the words below, folded to simplified one for one (the text keeps its
 * length, so positions stay valid). `normalize` already folds some (醫 營 經 電 …); these are the rest.
 */
const FOLD: Record<string, string> = {
  學: '学',
  會: '会',
  團: '团',
  員: '员',
  廳: '厅',
  報: '报',
  責: '责',
  臺: '台',
  館: '馆',
  協: '协',
  權: '权',
  辦: '办',
  單: '单',
  屬: '属',
  運: '运',
  體: '体',
  稱: '称',
  歸: '归',
  國: '国',
  術: '术',
  託: '托',
  設: '设',
  計: '计',
  製: '制',
  護: '护',
  維: '维',
  贊: '赞',
  聯: '联',
  繫: '系',
  話: '话',
  銀: '银',
  長: '长',
  處: '处',
  門: '门',
  紀: '纪',
  夥: '伙',
  廠: '厂',
  際: '际',
  開: '开',
  區: '区',
  縣: '县',
  鎮: '镇',
  郵: '邮',
  驗: '验',
  檔: '档',
  黨: '党',
  雜: '杂',
  誌: '志',
  訊: '讯',
  衛: '卫',
  檢: '检',
  圖: '图',
  範: '范',
  導: '导',
  劃: '划',
  陽: '阳',
  馬: '马',
  東: '东',
  陳: '陈',
  張: '张',
  劉: '刘',
  楊: '杨',
  黃: '黄',
  趙: '赵',
  吳: '吴',
  孫: '孙',
  鄭: '郑',
  謝: '谢',
  許: '许',
  韓: '韩',
  馮: '冯',
  鄧: '邓',
  蕭: '萧',
  葉: '叶',
  蘇: '苏',
  呂: '吕',
  盧: '卢',
  鍾: '钟',
  譚: '谭',
  陸: '陆',
  賈: '贾',
  韋: '韦',
  鄒: '邹',
  錢: '钱',
  嚴: '严',
  龔: '龚',
  萬: '万',
  賴: '赖',
  龍: '龙',
  顧: '顾',
  湯: '汤',
  滬: '沪',
  億: '亿',
  與: '与',
  為: '为',
  們: '们',
  這: '这',
  嗎: '吗',
  請: '请',
  歡: '欢',
  訪: '访',
  問: '问',
  臨: '临',
  來: '来',
  該: '该',
  價: '价',
  興: '兴',
};

/** `text` with the traditional characters of FOLD replaced, same length. */
export function fold(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = FOLD[text[i] as string];
    if (to === undefined) continue;
    out += text.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Chinese entity suffixes a name may end with on its own, with no cue word around it. */
export const STRONG_SUFFIXES: readonly string[] = [
  '有限责任公司',
  '股份有限公司',
  '有限公司',
  '集团公司',
  '总公司',
  '分公司',
  '子公司',
  '集团',
  '大学',
  '学院',
  '学校',
  '中学',
  '小学',
  '幼儿园',
  '党校',
  '医院',
  '卫生院',
  '研究院',
  '研究所',
  '科学院',
  '设计院',
  '分行',
  '支行',
  '分院',
  '分校',
  '委员会',
  '人民政府',
  '政府',
  '基金会',
  '协会',
  '学会',
  '商会',
  '联合会',
  '促进会',
  '研究会',
  '报社',
  '杂志社',
  '出版社',
  '通讯社',
  '电视台',
  '广播电台',
  '事务所',
  '合作社',
  '法院',
  '检察院',
  '图书馆',
  '博物馆',
  '纪念馆',
  '美术馆',
  '科技馆',
  '档案馆',
];

/**
 * Suffixes that also end common words (帮助中心, 布局, 两个公司, 俱乐部): a name ending in one counts
 * only next to a cue (a label, a copyright line, a licence number right after it).
 */
export const WEAK_SUFFIXES: readonly string[] = [
  '公司',
  '工作室',
  '办公室',
  '中心',
  '经营部',
  '门市部',
  '银行',
  '商行',
  '局',
  '厅',
  '署',
  '部',
  '处',
  '办',
  '院',
  '所',
  '馆',
  '社',
  '厂',
];

/** Suffix and whether it is strong, longest first, so the longest suffix at a name's end wins. */
export const SUFFIXES: ReadonlyArray<readonly [string, boolean]> = [
  ...STRONG_SUFFIXES.map((s) => [s, true] as const),
  ...WEAK_SUFFIXES.map((s) => [s, false] as const),
].sort((a, b) => b[0].length - a[0].length);

/** Shortest part of a Chinese name before its suffix (北京 in 北京大学). */
export const MIN_HEAD = 2;
/** Longest Chinese name read (branch names run to about 40 characters). */
export const MAX_ZH_NAME = 60;

/**
 * Licensing and police authorities, and reporting centres: printed in footers as the body a number
 * was filed with or a place to complain to, never as the operator. They count only under a label or in
 * a copyright line (the authority's own site).
 */
export const AUTHORITY_RE = /公安|网警|网安|通信管理局|工业和信息化|工信部|网信办|互联网信息办公室|举报/;

/**
 * Words that put a run of characters in a sentence, not a name (请联系…公司, 如果…). Kept short: names
 * hold 的 (美的), 我 (酷我), 吧 (网吧), so those are not in it.
 */
export const PROSE_RE = /[了吗呢您请已]|欢迎|使用|如果|可以|[个家]公司$/;

/** Masked names in templates (XX科技有限公司, ***公司), as masked digits are not numbers. */
export const PLACEHOLDER_RE = /[Xx×*?？]{2,}/;

/** English template names: "Your Company Name", "My Company Ltd.". */
export const EN_PLACEHOLDER_RE = /^(?:Your|My|Company Name)\b/i;

/**
 * A weak suffix of one or two characters after a head this short is a common word (帮助中心, 用户中心):
 * a licence number right after it is not cue enough.
 */
export const MIN_WEAK_HEAD_BEFORE_NUMBER = 3;

/** Phrases that may start a run before the name itself (本站由…, 欢迎访问…). */
export const LEADING_PHRASE_RE =
  /^(?:欢迎访问|欢迎光临|欢迎来到|本站|本网站|本网|该站|该网站|网站)?(?:由|为|是)?/;

/**
 * Common surnames (single, then compound): a 2–4 character run after an explicit owner cue that
 * starts with one is read as a person's name.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚' +
  '沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤' +
  '康易乔赖文施洪牛葛庞樊兰殷柯管卓祝包颜倪左齐鲁岳滕翟屈聂焦童温邢蓝丘';
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '南宫',
  '独孤',
  '西门',
];

/** True for 2–3 Chinese characters after a common surname (2–4 with a compound one). */
export function looksLikePersonalName(folded: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(folded)) return false;
  if (COMPOUND_SURNAMES.some((s) => folded.startsWith(s))) return folded.length >= 3;
  return folded.length <= 3 && SURNAMES.includes(folded[0] as string);
}

// ---- cue words ----

/** What a cue word does to the name next to it. */
export type CueEffect = OperatorSource | 'exclude' | 'connector';

/**
 * Which side a cue applies to: 'after' for a label before the name (主办单位：X), 'before' for a word
 * after it (X版权所有), 'both' for words used either way (版权所有：X, X 版权所有).
 */
export type CueSide = 'after' | 'before' | 'both';

export interface CueKind {
  effect: CueEffect;
  side: CueSide;
  /** An explicit owner cue: a personal name next to it is read (版权所有 张三, not © 张三). */
  person: boolean;
  /** A label over a list (友情链接：A B C): it excludes every name after it on its line. */
  list?: true;
}

/** Not preceded by a Chinese character or letter: the word starts here, it is not the end of a name. */
const START = '(?<![\\u3400-\\u9fffA-Za-z])';
/** Not followed by a Chinese character or letter: the word ends here (主办 but not 主办单位). */
const END = '(?![\\u3400-\\u9fffA-Za-z])';

/** Words after which a name is someone else's: builders, hosts, supervisors, contact lines. */
const EXCLUDE_AFTER =
  '技术支持(?:单位|方)?|技术服务(?:单位|商|方)?|技术提供(?:方|商)?|技术合作|运营支持(?:单位)?|运维(?:单位|支持)?' +
  '|维护(?:单位|方)?|建设(?:单位|方)?|承建(?:单位|方)?|网站(?:建设|设计|制作|开发|维护)|设计制作|制作(?:单位|方)?' +
  '|设计(?:单位|方)?|开发(?:单位|者|商|方)?|主管(?:单位|部门)?|指导(?:单位)?|监制|协办(?:单位)?|支持(?:单位)?' +
  '|赞助(?:商|单位)?|服务商|(?:代理)?域名注册服务机构|(?:备案|接入)服务商' +
  '|云服务(?:商|提供商)?|地址|邮编|邮政编码|电话|热线|传真|邮箱|联系(?:我们|方式|人)?|举报(?:电话|邮箱|中心)?' +
  '|法定代表人|法人|客服|Address|Tel|Fax|E-?mail|Powered by|Designed by|Developed by|Design by|Theme by|Hosted by' +
  '|Built by|Made by';

/** Words after which a name is not the operator: it provides, hosts or builds, or is a member. */
const EXCLUDE_BEFORE = '提供|技术支持|支持|赞助|托管|承建|设计|制作|开发|维护|建设|会员|成员';

/** Labels over lists of other parties' names. */
const EXCLUDE_LIST = '合作(?:伙伴|单位|媒体|机构)|友情链接|相关链接|链接|成员单位|会员单位';

const CUES: ReadonlyArray<readonly [string, CueKind]> = [
  // Exclusions first: 运营支持单位 is support, not 运营单位.
  [
    `${START}(?:${EXCLUDE_LIST})|(?:${EXCLUDE_LIST})(?=\\s?[:：])`,
    { effect: 'exclude', side: 'after', person: false, list: true },
  ],
  [
    `${START}(?:${EXCLUDE_AFTER})|(?:${EXCLUDE_AFTER})(?=\\s?[:：])`,
    { effect: 'exclude', side: 'after', person: false },
  ],
  [
    `(?:${EXCLUDE_BEFORE})(?=[^\\u3400-\\u9fffA-Za-z]|$|技术|服务|计算|支持|云)`,
    { effect: 'exclude', side: 'before', person: false },
  ],
  [
    '(?:ICP|网站)?备案(?:主体|单位)(?:名称)?|主体名称',
    { effect: 'filer-label', side: 'after', person: true },
  ],
  ['(?:网站)?主办(?:单位|方|者)|联合主办', { effect: 'sponsor-label', side: 'after', person: true }],
  ['主办', { effect: 'sponsor-label', side: 'both', person: true }],
  [
    '承办(?:单位|方)|(?:网站)?(?:运营|经营)(?:单位|方|主体|者|公司)|Operated by',
    { effect: 'operator-label', side: 'after', person: true },
  ],
  [`承办|(?:运营|经营)${END}`, { effect: 'operator-label', side: 'both', person: true }],
  // Copyright before the owner words: 版权所有 is not 所有.
  [
    '版权所有|All\\s{0,2}Rights?\\s{0,2}Reserved|reserves\\s{1,2}(?:its|all)\\s{1,2}rights|保留所有权利|保留一切权利|著作权所有',
    { effect: 'copyright', side: 'both', person: true },
  ],
  ['版权(?:归属于?|归|属于|所属)|著作权归', { effect: 'copyright', side: 'after', person: true }],
  [
    '©|\\(c\\)|Copyright|版权(?=\\s?[:：])|@(?=\\s?(?:19|20)\\d{2})|◎',
    { effect: 'copyright', side: 'after', person: false },
  ],
  [
    '网站所有(?:者|人)|所有(?:者|人)|所有权(?:归属于?|归)|站长|博主|Owned by',
    { effect: 'owner-label', side: 'after', person: true },
  ],
  [`所有${END}`, { effect: 'owner-label', side: 'before', person: true }],
  [
    '由(?=[^\\n]{1,40}?(?:运营|经营|主办|承办|提供|负责|维护|开发|所有))|授权|委托|隶属于?|属于|旗下',
    { effect: 'connector', side: 'both', person: false },
  ],
];

export const CUE_RE = new RegExp(CUES.map(([source]) => `(${source})`).join('|'), 'gi');
export const CUE_KINDS: readonly CueKind[] = CUES.map(([, kind]) => kind);

/** A year or range (2015-2018, 2011-现在, 2019-present): skipped between a cue and a name. */
export const YEAR_RE =
  /(?<![\u3400-\u9fff0-9A-Za-z])(?:19|20)\d{2}(?:\s{0,2}[-~～至到/]\s{0,2}(?:(?:19|20)\d{2}|现在|至今|今|present|now))?年?(?![0-9])/gi;

/** Text between a name and a number that is only the number's label (ICP备案号：, 公网安备案号). */
export const NUMBER_LABEL_RE = /备|许可|证|号|ICP|No\b|License|Licence|Record|Registration|Filing/i;
/** Longest such label, in characters other than spaces and punctuation. */
export const MAX_NUMBER_LABEL = 16;

// ---- English names ----

/**
 * An English entity suffix, strong (true) or needing a cue (false). Case-insensitive; "Co.,Ltd",
 * "Co. Ltd.", "CO.,LTD." all match the first.
 */
export const EN_SUFFIX_RE =
  /(?<![A-Za-z])(?:(Co\.?\s{0,2},?\s{0,2}(?:Ltd\.?|Limited)|Company\s{1,2}Limited|Limited|Ltd\.?|Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|PLC|GmbH|Corporation|Corp\.|Company,\s{0,2}L\.P\.|L\.P\.|University|College|Hospital)|(Company|Institute|Academy|Association|Foundation|Group))(?![A-Za-z])/gi;

/** Suffixes that may open the name and be followed by "of …" (University of Hong Kong). */
export const EN_OF_NOUNS = /^(?:University|College|Hospital|Institute|Academy|Association|Foundation)$/i;

/** Lower-case words allowed inside an English name. */
export const EN_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', '&', 'for', 'the', 'de', 'in']);

/** Capitalised words that end a name walked backwards: cue words, not part of the name. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set([
  'copyright',
  'all',
  'rights',
  'right',
  'reserved',
  'by',
  'icp',
  'no',
  'no.',
  'license',
  'licence',
  'powered',
  'designed',
  'developed',
  'operated',
  'owned',
  'hosted',
  'the',
]);

/** Most words walked back from an English suffix. */
export const MAX_EN_WORDS = 8;
