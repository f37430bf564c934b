// The one table of licence kinds. Everything that lists kinds or asks "is this an ICP number, is it
// commercial, is it a primary candidate, which registry is it linked to" reads it: the type of a
// kind, the parser's rule order, the content script's marker pre-filter, the message keys, the page
// status, the registry links. A kind is added by adding a row (and its rule, messages and fixtures).
//
// The content script imports the marker pre-filter, and with it this table: rows are plain data
// (strings, booleans) and name their grammar rules; parse.ts joins the names to the rules.

/** Groups of kinds that ask the same question of a number. Only 'icp' numbers are ICP numbers proper. */
export type Family =
  | 'icp'
  | 'psb'
  | 'telecom'
  | 'culture'
  | 'broadcast'
  | 'publishing'
  | 'news'
  | 'health'
  | 'cyberspace'
  | 'novelty';

/** An official site where a kind's numbers can be looked up (REGISTRIES). */
export type RegistryId = 'miit' | 'psb' | 'cac';

interface KindSpec {
  id: string;
  /** Message keys are `kind<key>` and `explain<key>` (src/i18n/labels.ts). */
  key: string;
  family: Family;
  /** The kind's default; a rule may still decide per number where the number says so (非经营性). */
  commercial: boolean;
  /** Candidate for the page's primary number (badge province, first card); absent: not one. */
  primary?: boolean;
  /** The official site to look the number up; absent: none. */
  registry?: RegistryId;
  /** A footer copy must sit inside a link to the registry's site, else it gets the not-linked flag. */
  mustLink?: boolean;
  /**
   * Regex sources of label words every number of the kind is printed with, matched on the raw page
   * text (before normalisation). Liberal and linear-time: a false positive costs one block sent to
   * the background, a false negative loses a number for good.
   */
  markers: readonly string[];
  /** Grammar rules (by name, see parse.ts) that read this kind, tried in this order. */
  rules: readonly string[];
  /** Rules tried only after every row's `rules`, in row order: loose readings that must not win. */
  fallbackRules?: readonly string[];
}

// ICP in any case, half- or full-width (京ICP备, 粤ＩＣＰ备, ICP License No.), and a P right before 备/证
// for spaced letters (京 I C P 备) and the slip 津工cp备.
const ICP_MARKERS = ['[IiＩｉ][CcＣｃ][PpＰｐ]', '[PpＰｐ]\\s?[备備证證]'];

/**
 * In priority order: where two matches overlap, the match of an earlier row's rule wins (then the
 * fallback rules, in row order). 备 and 证 alone are common words (准备, 设备, 证券, 证书), so the
 * markers hold them only inside a label. Fields left out take the default their comment names: the
 * content script carries this table, so it stays small.
 */
export const KIND_ROWS = [
  {
    id: 'icp-filing', // X ICP备 12345678 号[-N[A|X]]: non-commercial record
    key: 'IcpFiling',
    family: 'icp',
    commercial: false,
    primary: true,
    registry: 'miit',
    mustLink: true,
    markers: ICP_MARKERS,
    // The ICP rules read filings, licences (证) and joke registries alike.
    rules: ['icp', 'english-province-first'],
    // "ICP No. 12345678, Beijing-YunQue-20230821": the AI-model filing keeps its province name.
    fallbackRules: ['english-province-after'],
  },
  {
    id: 'icp-license', // X ICP证 030173 号: commercial ICP licence
    key: 'IcpLicense',
    family: 'icp',
    commercial: true,
    primary: true,
    registry: 'miit',
    markers: ICP_MARKERS,
    rules: [], // read by the icp-filing row's rules
  },
  {
    id: 'psb', // X公网安备 11010502030143 号: public-security filing
    key: 'Psb',
    family: 'psb',
    commercial: false,
    registry: 'psb',
    mustLink: true,
    // 公安备案号, 公网监备案证; 公网备, 公安网备; 公网安备, 网安备案号; traditional forms; English renderings.
    markers: ['[备備][案字]', '[网網][备備]', '[网網]安', '[Pp]ublic [Ss]ecurity', 'PUBLIC SECURITY'],
    rules: ['psb'],
    fallbackRules: ['english-psb'],
  },
  {
    id: 'telecom-license', // [X|合字] B2-20090059[-N]: value-added telecom licence
    key: 'TelecomLicense',
    family: 'telecom',
    commercial: true,
    // The MIIT filing query knows B2 numbers: they act as the subject number of a site's filing.
    registry: 'miit',
    // A category followed by -, . or －, full-width too (B2-, A2.B1.B2-).
    markers: ['[ABＡＢ][12１２][-.－．]'],
    rules: ['telecom'],
  },
  {
    id: 'culture-license', // X网文〔2013〕0934-983号
    key: 'CultureLicense',
    family: 'culture',
    commercial: true,
    markers: ['[网網]文'],
    rules: ['culture'],
  },
  {
    id: 'online-publishing-license', // （总）网出证（京）字第049号, 新出网证（京）字129号
    key: 'OnlinePublishingLicense',
    family: 'publishing',
    commercial: true,
    // 网出证, 新出网证; （京）字第338号 under the 网络出版服务许可证 label (read by the broadcast rule).
    markers: ['[网網]出?[证證]', '字第'],
    rules: ['online-publishing'],
  },
  {
    id: 'publication-license', // 新出发京批字第直0673号: publication retail
    key: 'PublicationLicense',
    family: 'publishing',
    commercial: true,
    markers: ['字第'],
    rules: ['publication'],
  },
  {
    id: 'medical-device-platform-filing', // （苏）网械平台备字（2018）第00052号
    key: 'MedicalDevicePlatformFiling',
    family: 'health',
    commercial: false,
    markers: ['[网網]械'],
    rules: ['medical-device'],
  },
  {
    id: 'drug-info-license', // （京）-经营性-2024-0502, （京）网药械信息备字（2022）第00334号
    key: 'DrugInfoLicense',
    family: 'health',
    commercial: true,
    markers: ['[经經][营營]性', '[备備][案字]'],
    rules: ['drug-filing', 'drug'],
  },
  {
    id: 'algorithm-filing', // 网信算备330109094482246341270号
    key: 'AlgorithmFiling',
    family: 'cyberspace',
    commercial: false,
    registry: 'cac',
    markers: ['算[备備]'],
    rules: ['algorithm'],
  },
  {
    id: 'news-license', // 互联网新闻信息服务许可证 11220180940
    key: 'NewsLicense',
    family: 'news',
    commercial: true,
    markers: ['[许許]可'],
    rules: ['news'],
  },
  {
    id: 'av-license', // 信息网络传播视听节目许可证 0109362
    key: 'AvLicense',
    family: 'broadcast',
    commercial: true,
    markers: ['[许許]可'],
    rules: ['av'],
  },
  {
    id: 'broadcast-license', // （沪）字第1248号: radio & TV programme production
    key: 'BroadcastLicense',
    family: 'broadcast',
    commercial: true,
    markers: ['字第', '[许許]可'],
    // The bracketed form also reads an online-publishing licence when a publishing label precedes it.
    rules: ['broadcast-bracketed', 'broadcast-bare'],
  },
  {
    id: 'performance-license', // 营业性演出许可证 京演（机构）〔2019〕1234号: ticketing sites
    key: 'PerformanceLicense',
    family: 'culture',
    commercial: true,
    // 京演（机构）, and the label 演出许可证 before the older local numbers (京市演1574).
    markers: ['演\\s?[(（]', '[许許]可'],
    rules: ['performance-bracketed', 'performance-labelled'],
  },
  {
    id: 'ai-model-filing', // Beijing-YunQue-20230821
    key: 'AiModelFiling',
    family: 'cyberspace',
    commercial: false,
    // The shape Province-Name-20YYMMDD, the name as the grammar allows it (it may start with a digit:
    // 360…). Only the province's last letter is part of the marker: a whole word before the hyphen
    // (`[A-Za-z]+`) made the search step back through every word of Latin text, six times slower on
    // an English page; the window around the marker still holds the province for the parser.
    markers: ['[A-Za-z]-[A-Za-z0-9]{1,40}-20\\d{6}'],
    rules: ['ai-model'],
  },
  {
    id: 'novelty-icp', // 萌ICP备20252020号: a joke registry, never a government filing
    key: 'NoveltyIcp',
    family: 'novelty',
    commercial: false,
    markers: ICP_MARKERS,
    rules: [], // read by the icp-filing row's rules
  },
] as const satisfies readonly KindSpec[];

type Row = (typeof KIND_ROWS)[number];
type FallbackOf<R> = R extends { fallbackRules: readonly (infer N)[] } ? N : never;

export type LicenceKind = Row['id'];
export type KindKey = Row['key'];
/** Every rule name a row gives; parse.ts maps each to its rule, and the compiler checks it does. */
export type RuleName = Row['rules'][number] | FallbackOf<Row>;

/** A row, with its fields as the types they stand for. */
export interface KindRow extends Omit<KindSpec, 'id' | 'key' | 'rules' | 'fallbackRules'> {
  id: LicenceKind;
  key: KindKey;
  rules: readonly RuleName[];
  fallbackRules?: readonly RuleName[];
}

export const KINDS: readonly KindRow[] = KIND_ROWS;

// Pure: the content script, which only needs the markers, drops it.
const BY_ID = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ KINDS.map((row) => [row.id, row])) as Record<
  LicenceKind,
  KindRow
>;

export function kindRow(kind: LicenceKind): KindRow {
  return BY_ID[kind];
}

/** ICP numbers proper: a filing (备) or a commercial licence (证). Joke registries do not count. */
export function isIcpNumber(kind: LicenceKind): boolean {
  return kindRow(kind).family === 'icp';
}

export function isPrimaryCandidate(kind: LicenceKind): boolean {
  return kindRow(kind).primary === true;
}

/** Every grammar rule name, in the order the parser tries them. */
export function ruleOrder(): RuleName[] {
  return [...KINDS.flatMap((row) => row.rules), ...KINDS.flatMap((row) => row.fallbackRules ?? [])];
}

export interface RegistrySite {
  /** Message keys are `open<key>` and `open<key>Label`. */
  key: 'Miit' | 'Psb' | 'Cac';
  /** How the not-linked note names the site. */
  name: string;
  /** The site, or with `digits` the prefix of a per-number URL that the number's digits complete. */
  url: string;
  /** Only numbers with this many digits have a per-number page; absent: no per-number URL. */
  digits?: number;
}

export const REGISTRIES: Readonly<Record<RegistryId, RegistrySite>> = {
  // MIIT's filing query is a single-page app with no per-number URL: the number is pasted in.
  miit: { key: 'Miit', name: 'beian.miit.gov.cn', url: 'https://beian.miit.gov.cn/' },
  psb: {
    key: 'Psb',
    name: 'the police filing portal',
    url: 'https://beian.mps.gov.cn/#/query/webSearch?code=',
    digits: 14,
  },
  // The Cyberspace Administration's algorithm filing system.
  cac: { key: 'Cac', name: 'beian.cac.gov.cn', url: 'https://beian.cac.gov.cn/' },
};
