// Lookup speed and size of the IP → country table (issue 4). Run: npx tsx bench/ip-lookup.ts
// Decodes the committed table once, then looks up a fixed pseudo-random mix of IPv4 and IPv6
// addresses (seeded, so runs compare) and prints lookups per second.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { lookupIp } from '../src/core/hosting/ip-lookup.ts';
import { decodeIpTable } from '../src/core/hosting/ip-table.ts';

const file = join(import.meta.dirname, '../src/core/hosting/data/ip-country.bin');
const gz = readFileSync(file);
let t = performance.now();
const raw = gunzipSync(gz);
const gunzipMs = performance.now() - t;
t = performance.now();
const table = decodeIpTable(new Uint8Array(raw));
const decodeMs = performance.now() - t;

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed;
};
const hex = () => (rand() >>> 16).toString(16);
const v4 = Array.from({ length: 5000 }, () =>
  [rand() >>> 24, rand() >>> 24, rand() >>> 24, rand() >>> 24].join('.'),
);
const v6 = Array.from(
  { length: 5000 },
  () => `2${(rand() >>> 20).toString(16).padStart(3, '0')}:${hex()}:${hex()}::${hex()}`,
);

function rate(ips: string[], rounds: number): number {
  let found = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const ip of ips) if (lookupIp(table, ip)) found++;
  const seconds = (performance.now() - start) / 1000;
  if (found === 0) throw new Error('nothing found');
  return (ips.length * rounds) / seconds;
}

rate(v4, 5); // warm-up
rate(v6, 5);
const fmt = (n: number) => `${(n / 1e6).toFixed(2)} M/s`;
console.log(`table: ${gz.length} bytes gzip (shipped), ${raw.length} bytes inflated; source ${table.source}`);
console.log(
  `ranges: ${table.v4Start.length} IPv4, ${table.v6StartHi.length} IPv6 (/64); ${table.countries.length} countries`,
);
console.log(`load: gunzip ${gunzipMs.toFixed(1)} ms, decode ${decodeMs.toFixed(1)} ms`);
console.log(
  `lookups (parse + local check + binary search): IPv4 ${fmt(rate(v4, 100))}, IPv6 ${fmt(rate(v6, 100))}`,
);
