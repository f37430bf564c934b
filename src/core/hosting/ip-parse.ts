// Strict parsing of the IP strings browsers report (webRequest's `ip`). Only canonical-enough forms
// are accepted: dotted-quad IPv4 without leading zeros (which some parsers read as octal), and
// RFC 4291 IPv6 text with at most one "::", an optional trailing dotted quad and an optional zone.

export type ParsedIp =
  | { family: 4; value: number }
  /** Four big-endian 32-bit words, most significant first. */
  | { family: 6; words: readonly [number, number, number, number] };

const OCTET = /^(0|[1-9]\d{0,2})$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;
// Zone ids ("fe80::1%eth0") carry no location; they are allowed and ignored.
const ZONE = /%[0-9A-Za-z._~-]{1,64}$/;

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

function parseGroups(text: string, allowV4Tail: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (allowV4Tail && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      out.push(Math.floor(v4 / 0x10000), v4 % 0x10000);
    } else if (HEXTET.test(part)) {
      out.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return out;
}

export function parseIpv6(input: string): ParsedIp | null {
  let text = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  text = text.replace(ZONE, '');
  if (text.length < 2 || text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] as string, false);
    const tail = parseGroups(halves[1] as string, true);
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(text, true);
    if (all?.length !== 8) return null;
    groups = all;
  }
  const w = (i: number) => (groups[i] as number) * 0x10000 + (groups[i + 1] as number);
  return { family: 6, words: [w(0), w(2), w(4), w(6)] };
}

/** Parses an IPv4 or IPv6 address; null for anything else (host names, ranges, junk). */
export function parseIp(input: string): ParsedIp | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > 64) return null;
  if (input.includes(':')) return parseIpv6(input);
  const value = parseIpv4(input);
  return value === null ? null : { family: 4, value };
}
