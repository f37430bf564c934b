// The site a URL belongs to: its registrable domain (given by the caller: the public-suffix list is
// large, so only the background and the extension pages that need it load it, not the popup), or the
// bare host for IP addresses and local names, and whether it is a local or private-network address
// (no licence is expected there, so the popup stays calm about it).

export interface Site {
  /** "example.com.cn", or the host itself where there is no registrable domain. */
  name: string;
  local: boolean;
}

function isPrivateIPv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function isPrivateIPv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === '::1' || h === '::' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
}

const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'test', 'invalid'];

/** Registrable domain of a host, or null (IP addresses, bare suffixes). */
export type DomainOf = (host: string) => string | null;

export function siteOf(url: string | undefined, domainOf: DomainOf = () => null): Site | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (!host) return null;
  const bare = host.replace(/\.$/, '').toLowerCase();
  const local =
    isPrivateIPv4(bare) ||
    isPrivateIPv6(bare) ||
    !bare.includes('.') ||
    LOCAL_SUFFIXES.some((s) => bare === s || bare.endsWith(`.${s}`));
  return { name: domainOf(bare) || bare, local };
}
