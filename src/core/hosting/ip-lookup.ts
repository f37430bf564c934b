// IP address → Place, offline: local ranges first, then a binary search in the country table.

import { parseIp } from './ip-parse.ts';
import type { IpTable } from './ip-table.ts';
import { embeddedIpv4, localRangeV4, localRangeV6 } from './local-ranges.ts';
import type { Place } from './types.ts';

/** Index of the last range whose start is <= the key (starts[0] is always 0). */
function lastAtOrBelow(count: number, above: (i: number) => boolean): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (above(mid)) hi = mid - 1;
    else lo = mid;
  }
  return lo;
}

function fromCode(table: IpTable, code: number | undefined): Place {
  const country = code ? table.countries[code - 1] : undefined;
  return country ? { kind: 'country', country } : { kind: 'unlisted' };
}

export function lookupIpv4(table: IpTable, value: number): Place {
  const local = localRangeV4(value);
  if (local) return { kind: 'local', range: local };
  const starts = table.v4Start;
  const i = lastAtOrBelow(starts.length, (k) => (starts[k] as number) > value);
  return fromCode(table, table.v4Code[i]);
}

/** Where an address is; null when `ip` is not an IP address. */
export function lookupIp(table: IpTable, ip: string): Place | null {
  const parsed = parseIp(ip);
  if (!parsed) return null;
  if (parsed.family === 4) return lookupIpv4(table, parsed.value);

  const v4 = embeddedIpv4(parsed.words);
  if (v4 !== null) return lookupIpv4(table, v4);
  const local = localRangeV6(parsed.words);
  if (local) return { kind: 'local', range: local };

  const [hi, lo] = parsed.words;
  const his = table.v6StartHi;
  const los = table.v6StartLo;
  const i = lastAtOrBelow(his.length, (k) => {
    const h = his[k] as number;
    return h > hi || (h === hi && (los[k] as number) > lo);
  });
  return fromCode(table, table.v6Code[i]);
}
