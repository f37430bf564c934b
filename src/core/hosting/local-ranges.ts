// Addresses that never identify where a public site is hosted: loopback, private networks,
// link-local, carrier-grade NAT and IPv6 unique-local. Pages served from them are on the user's own
// machine or network, which never carries an ICP filing (docs/domain.md §7).
import type { ParsedIp } from './ip-parse.ts';

export type LocalRange = 'unspecified' | 'loopback' | 'private' | 'link-local' | 'shared' | 'unique-local';

/** [first address, prefix length, kind]; 0.0.0.0/8 is listed because Chromium maps 0.0.0.0 to localhost. */
const V4: ReadonlyArray<readonly [number, number, LocalRange]> = [
  [0x00000000, 8, 'unspecified'], // 0.0.0.0/8
  [0x0a000000, 8, 'private'], // 10/8
  [0x64400000, 10, 'shared'], // 100.64/10 carrier-grade NAT (RFC 6598)
  [0x7f000000, 8, 'loopback'], // 127/8
  [0xa9fe0000, 16, 'link-local'], // 169.254/16
  [0xac100000, 12, 'private'], // 172.16/12
  [0xc0a80000, 16, 'private'], // 192.168/16
];

export function localRangeV4(value: number): LocalRange | null {
  for (const [base, bits, kind] of V4) {
    const size = 2 ** (32 - bits);
    if (value >= base && value < base + size) return kind;
  }
  return null;
}

export function localRangeV6(words: Extract<ParsedIp, { family: 6 }>['words']): LocalRange | null {
  const [a, b, c, d] = words;
  if (a === 0 && b === 0 && c === 0 && (d === 0 || d === 1)) return d === 1 ? 'loopback' : 'unspecified';
  const top16 = Math.floor(a / 0x10000);
  if ((top16 & 0xfe00) === 0xfc00) return 'unique-local'; // fc00::/7
  if ((top16 & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  return null;
}

/**
 * The IPv4 address inside an IPv6 one where the IPv6 form only wraps it: IPv4-mapped
 * (::ffff:a.b.c.d) and the well-known NAT64 prefix (64:ff9b::/96), whose server is the IPv4 host.
 */
export function embeddedIpv4(words: Extract<ParsedIp, { family: 6 }>['words']): number | null {
  const [a, b, c, d] = words;
  if (a === 0 && b === 0 && c === 0xffff) return d;
  if (a === 0x0064ff9b && b === 0 && c === 0) return d;
  return null;
}
