// Decodes the IP → country table written by scripts/build-ip-table.mjs (after gunzip, which the
// caller does: the core has no I/O). The ranges are kept as sorted typed arrays for binary search:
// IPv4 range starts as 32-bit numbers, IPv6 range starts as /64 prefixes split into two words.

export interface IpTable {
  /** Where the data came from, e.g. "geoip-lite 2.0.3". */
  source: string;
  /** ISO 3166-1 alpha-2 codes; code c in the arrays below names countries[c - 1], 0 = not listed. */
  countries: readonly string[];
  v4Start: Uint32Array;
  v4Code: Uint8Array;
  v6StartHi: Uint32Array;
  v6StartLo: Uint32Array;
  v6Code: Uint8Array;
}

const MAGIC = 'IPT1';

class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  byte(): number {
    const b = this.bytes[this.at++];
    if (b === undefined) throw new Error('ip table: truncated');
    return b;
  }
  ascii(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(this.byte());
    return s;
  }
  u32(): number {
    return this.byte() + this.byte() * 0x100 + this.byte() * 0x10000 + this.byte() * 0x1000000;
  }
}

/** IPv4 starts fit a double exactly, so no BigInt on the path that decodes 200 000 ranges. */
function startsV4(r: Reader, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    let delta = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = r.byte();
      delta += (b & 0x7f) * scale;
      if (b < 0x80) break;
      if (scale > 2 ** 28) throw new Error('ip table: bad varint');
    }
    if (i > 0 && delta === 0) throw new Error('ip table: ranges out of order');
    pos += delta;
    if (pos >= 2 ** 32) throw new Error('ip table: ranges out of bounds');
    out[i] = pos;
  }
  return out;
}

/**
 * IPv6 /64 starts without BigInt (it made decoding 4x slower): each value is split into its low
 * 28 bits and the rest, both exact in a double, and recombined into two 32-bit words.
 */
function startsV6(r: Reader, count: number): { hi: Uint32Array; lo: Uint32Array } {
  const hi = new Uint32Array(count);
  const lo = new Uint32Array(count);
  const LOW = 2 ** 28;
  let posHigh = 0;
  let posLow = 0;
  for (let i = 0; i < count; i++) {
    let low = 0;
    let high = 0;
    for (let k = 0, scale = 1; ; k++, scale *= 128) {
      if (k === 10) throw new Error('ip table: bad varint');
      const bits = r.byte();
      if (k < 4) low += (bits & 0x7f) * scale;
      else high += (bits & 0x7f) * (scale / LOW);
      if (bits < 0x80) break;
    }
    if (i > 0 && low === 0 && high === 0) throw new Error('ip table: ranges out of order');
    posLow += low;
    posHigh += high + Math.floor(posLow / LOW);
    posLow %= LOW;
    if (posHigh >= 2 ** 36) throw new Error('ip table: ranges out of bounds');
    hi[i] = Math.floor(posHigh / 16);
    lo[i] = (posHigh % 16) * LOW + posLow;
  }
  return { hi, lo };
}

function codes(r: Reader, count: number, countries: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const c = r.byte();
    if (c > countries) throw new Error('ip table: unknown country code');
    out[i] = c;
  }
  return out;
}

/** Throws on anything that is not a well-formed table, so a broken build fails loudly in tests. */
export function decodeIpTable(bytes: Uint8Array): IpTable {
  const r = new Reader(bytes);
  if (r.ascii(4) !== MAGIC) throw new Error('ip table: bad magic');
  const source = r.ascii(r.byte());
  const countryCount = r.byte();
  const countries: string[] = [];
  for (let i = 0; i < countryCount; i++) countries.push(r.ascii(2));
  const n4 = r.u32();
  const n6 = r.u32();

  if (n4 === 0 || n6 === 0) throw new Error('ip table: empty');
  const v4Start = startsV4(r, n4);
  const v4Code = codes(r, n4, countryCount);
  const v6 = startsV6(r, n6);
  const v6Code = codes(r, n6, countryCount);
  if (r.at !== bytes.length) throw new Error('ip table: trailing bytes');

  return {
    source,
    countries,
    v4Start,
    v4Code,
    v6StartHi: v6.hi,
    v6StartLo: v6.lo,
    v6Code,
  };
}
