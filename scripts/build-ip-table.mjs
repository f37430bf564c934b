// Builds src/core/hosting/data/ip-country.bin, the offline IP → country table the background uses to
// say where a page was served from. Source: the country files geoip-lite ships (GeoLite2 Country by
// MaxMind, CC BY-SA 4.0). geoip-lite is ~110 MB, so it is NOT a dependency: install it outside the
// repository and point this script at it, then commit the result (see src/core/hosting/data/README.md):
//
//   npm install --prefix /tmp/geo geoip-lite@2.0.3
//   node scripts/build-ip-table.mjs /tmp/geo/node_modules/geoip-lite
//
// Output (gzip of): "IPT1", u8 source-label length + label, u8 country count + 2-letter codes (code
// index 0 = "not in the table"), u32le IPv4 count, u32le IPv6 count; then for IPv4 each range's start as a
// varint delta from the previous start, followed by one code byte per range; the same for IPv6 over
// /64 prefixes. A range runs up to the next range's start. The format is read by src/core/hosting/ip-table.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'src/core/hosting/data/ip-country.bin');

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/build-ip-table.mjs <path to an installed geoip-lite package>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
const label = `${pkg.name} ${pkg.version}`;

/** geoip-lite's country files: start, end (big-endian, `width` bytes each), 2-byte ASCII country. */
function readRecords(file, width) {
  const buf = readFileSync(join(source, 'data', file));
  const size = width * 2 + 2;
  if (buf.length % size !== 0) throw new Error(`${file}: size ${buf.length} is not a multiple of ${size}`);
  const records = [];
  for (let at = 0; at < buf.length; at += size) {
    records.push({
      start: readBig(buf, at, width),
      end: readBig(buf, at + width, width),
      cc: buf.toString('latin1', at + 2 * width, at + 2 * width + 2),
    });
  }
  return records;
}

function readBig(buf, at, width) {
  let n = 0n;
  for (let i = 0; i < width; i++) n = (n << 8n) | BigInt(buf[at + i]);
  return n;
}

/** A GeoLite network is a CIDR block; anything else is a conversion artefact and is dropped. */
function isCidr({ start, end }) {
  const size = end - start + 1n;
  return size > 0n && (size & (size - 1n)) === 0n && start % size === 0n;
}

/**
 * CIDR blocks are nested or disjoint, so a sweep with a stack of open blocks turns them into
 * breakpoints [{pos, cc}] (cc null = not in the table); the innermost block wins where they nest.
 */
function toBreakpoints(blocks) {
  blocks.sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end > b.end ? -1 : 1));
  const out = [{ pos: 0n, cc: null }];
  const stack = [];
  const put = (pos, cc) => {
    const last = out[out.length - 1];
    if (last.pos === pos) last.cc = cc;
    else out.push({ pos, cc });
  };
  const closeBefore = (limit) => {
    while (stack.length > 0 && stack[stack.length - 1].end < limit) {
      const done = stack.pop();
      put(done.end + 1n, stack.length > 0 ? stack[stack.length - 1].cc : null);
    }
  };
  for (const block of blocks) {
    closeBefore(block.start);
    const parent = stack[stack.length - 1];
    if (parent && block.end > parent.end) throw new Error('overlapping blocks that do not nest');
    put(block.start, block.cc);
    stack.push(block);
  }
  closeBefore(1n << 130n);
  // Merge neighbours of the same country (and neighbouring gaps).
  return out.filter((bp, i) => i === 0 || bp.cc !== out[i - 1].cc);
}

function varint(n, bytes) {
  while (n >= 128n) {
    bytes.push(Number(n & 127n) | 128);
    n >>= 7n;
  }
  bytes.push(Number(n));
}

/** The range starts as varint deltas, then the code bytes: two streams gzip better than interleaved. */
function section(breakpoints, codeOf) {
  const bytes = [];
  let prev = 0n;
  for (const { pos } of breakpoints) {
    varint(pos - prev, bytes);
    prev = pos;
  }
  for (const { cc } of breakpoints) bytes.push(codeOf(cc));
  return Buffer.from(bytes);
}

const v4Raw = readRecords('geoip-country.dat', 4);
const v6Raw = readRecords('geoip-country6.dat', 16);
const v4 = v4Raw.filter(isCidr);
const v6Cidr = v6Raw.filter(isCidr);
// Country changes below a /64 are not worth the bytes (and most sub-/64 rows in geoip-lite's IPv6
// file are mis-converted addresses); the table is kept at /64 granularity.
const v6 = v6Cidr.filter((b) => b.end - b.start + 1n >= 1n << 64n);

const bp4 = toBreakpoints(v4);
const bp6 = toBreakpoints(v6).map(({ pos, cc }) => ({ pos: pos >> 64n, cc }));

const countries = [...new Set([...bp4, ...bp6].map((b) => b.cc).filter((cc) => cc !== null))].sort();
if (countries.length > 255) throw new Error('more than 255 countries');
const codeOf = (cc) => (cc === null ? 0 : countries.indexOf(cc) + 1);

const s4 = section(bp4, codeOf);
const s6 = section(bp6, codeOf);
const header = [...Buffer.from('IPT1', 'latin1'), label.length, ...Buffer.from(label, 'latin1')];
header.push(countries.length, ...Buffer.from(countries.join(''), 'latin1'));
const counts = Buffer.alloc(8);
counts.writeUInt32LE(bp4.length, 0);
counts.writeUInt32LE(bp6.length, 4);
const raw = Buffer.concat([Buffer.from(header), counts, s4, s6]);
// mtime 0 keeps the output byte-identical for the same input.
const gz = gzipSync(raw, { level: 9 });
gz.writeUInt32LE(0, 4);
writeFileSync(OUT, gz);

console.log(`source: ${label} (${source})`);
console.log(`IPv4: ${v4Raw.length} rows, ${v4Raw.length - v4.length} dropped, ${bp4.length} ranges`);
console.log(
  `IPv6: ${v6Raw.length} rows, ${v6Raw.length - v6Cidr.length} not CIDR, ${v6Cidr.length - v6.length} below /64 dropped, ${bp6.length} ranges`,
);
console.log(`countries: ${countries.length}`);
console.log(`${OUT.slice(ROOT.length + 1)}: ${raw.length} bytes raw, ${gz.length} bytes gzip`);
