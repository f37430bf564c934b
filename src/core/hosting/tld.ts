// Top-level domains whose registries are approved by the MIIT, so a domain under them can be filed
// for an ICP number (docs/domain.md §7). A domain under any other TLD (.io, .ai, .me, .dev, .hk …)
// cannot be filed, so a page there showing an ICP number shows one filed for some other domain.
//
// Source and status: a HINT, not a verdict. The list was compiled offline from the examples in the
// issue and our notes (.cn, .中国, .com, .net, .org, .top, .xyz, .vip, .shop, .club …) and from what
// the MIIT has published over the years about approved registries, as remembered; it could not be
// checked against yuedanlabs/icp-query-extension's src/icp-suffix.ts or the MIIT's own list here (no
// network). A missing TLD only makes the popup show a hedged hint, never a warning colour. Hosts
// are punycode (URL.hostname), so IDN TLDs are listed in their xn-- form; a unit test checks each
// against its Chinese spelling.

const ASCII = [
  // country code, run by CNNIC
  'cn',
  // Verisign, PIR, Afilias/Identity Digital, and other long-approved gTLDs
  'com',
  'net',
  'org',
  'biz',
  'info',
  'mobi',
  'name',
  'pro',
  'asia',
  'tel',
  'cc',
  'tv',
  'co',
  // new gTLDs with approved registries, common on Chinese sites
  'top',
  'xyz',
  'vip',
  'club',
  'shop',
  'wang',
  'ren',
  'xin',
  'site',
  'online',
  'store',
  'tech',
  'fun',
  'space',
  'website',
  'host',
  'press',
  'ink',
  'link',
  'kim',
  'ltd',
  'group',
  'red',
  'art',
  'love',
  'pub',
  'live',
  'cloud',
  'design',
  'beer',
  'fit',
  'yoga',
  'work',
  'law',
  'team',
  'zone',
  'icu',
  'cool',
  'city',
  'games',
  'gold',
  'center',
  'company',
  'email',
  'fund',
  'guru',
  'life',
  'run',
  'show',
  'social',
  'today',
  'world',
  'plus',
  'video',
  'chat',
  'market',
  'news',
  'pet',
  'luxe',
  'fashion',
] as const;

/** Chinese-script TLDs, punycode (as URL.hostname gives them) → spelling. */
export const IDN_TLDS: Readonly<Record<string, string>> = {
  'xn--fiqs8s': '中国',
  'xn--fiqz9s': '中國',
  'xn--55qx5d': '公司',
  'xn--io0a7i': '网络',
  'xn--czru2d': '商城',
  'xn--hxt814e': '网店',
  'xn--fiq228c5hs': '中文网',
  'xn--3ds443g': '在线',
  'xn--6qq986b3xl': '我爱你',
  'xn--3bst00m': '集团',
  'xn--unup4y': '游戏',
  'xn--vhquv': '企业',
  'xn--fjq720a': '娱乐',
  'xn--czr694b': '商标',
  'xn--vuq861b': '信息',
  'xn--kput3i': '手机',
  'xn--9et52u': '时尚',
  'xn--ses554g': '网址',
  'xn--g2xx48c': '购物',
  'xn--6frz82g': '移动',
};

const FILEABLE: ReadonlySet<string> = new Set<string>([
  ...ASCII,
  ...Object.keys(IDN_TLDS),
  ...Object.values(IDN_TLDS),
]);

/** The last label of a host name, lower-cased; null for IP literals, single labels and junk. */
export function topLevelDomain(host: string): string | null {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  if (name.length === 0 || name.length > 253 || name.includes(':') || name.startsWith('[')) return null;
  const labels = name.split('.');
  const tld = labels[labels.length - 1] as string;
  if (labels.length < 2 || labels.some((l) => l.length === 0 || l.length > 63)) return null;
  // An all-digit last label means an IPv4 literal (or nonsense), not a TLD.
  if (/^\d+$/.test(tld) || !/^[\p{L}\p{N}-]+$/u.test(tld)) return null;
  return tld;
}

/** The TLD of `host` when it is not on the list of fileable TLDs; null otherwise (or no TLD). */
export function unfileableTld(host: string | null): string | null {
  if (!host) return null;
  const tld = topLevelDomain(host);
  if (tld === null || tld === 'localhost' || FILEABLE.has(tld)) return null;
  return tld;
}

export function isFileableTld(tld: string): boolean {
  return FILEABLE.has(tld.toLowerCase());
}
