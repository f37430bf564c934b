import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupIp } from '../../../src/core/hosting/ip-lookup.ts';
import { parseIp } from '../../../src/core/hosting/ip-parse.ts';
import { decodeIpTable, type IpTable } from '../../../src/core/hosting/ip-table.ts';
import { realTable, TABLE_FILE } from './ip-table-fixture.ts';

/** Encodes a tiny table in the build script's format: breakpoints [start, code]. */
function tinyTable(v4: Array<[number, number]>, v6: Array<[bigint, number]>, countries: string[]): IpTable {
  const bytes: number[] = [...'IPT1'].map((c) => c.charCodeAt(0));
  bytes.push(4, ...[...'test'].map((c) => c.charCodeAt(0)));
  bytes.push(
    countries.length,
    ...countries
      .join('')
      .split('')
      .map((c) => c.charCodeAt(0)),
  );
  const u32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24];
  bytes.push(...u32(v4.length), ...u32(v6.length));
  const varint = (n: bigint) => {
    while (n >= 128n) {
      bytes.push(Number(n & 127n) | 128);
      n >>= 7n;
    }
    bytes.push(Number(n));
  };
  const section = (starts: bigint[], codes: number[]) => {
    let prev = 0n;
    for (const start of starts) {
      varint(start - prev);
      prev = start;
    }
    bytes.push(...codes);
  };
  section(
    v4.map(([start]) => BigInt(start)),
    v4.map(([, code]) => code),
  );
  section(
    v6.map(([start]) => start),
    v6.map(([, code]) => code),
  );
  return decodeIpTable(new Uint8Array(bytes));
}

// 1.0.0.0–1.0.0.255 CN, 1.0.1.0–1.0.1.255 HK, then nothing up to 8.8.8.0/24 US, rest unlisted.
const TINY = tinyTable(
  [
    [0, 0],
    [0x01000000, 1],
    [0x01000100, 2],
    [0x01000200, 0],
    [0x08080800, 3],
    [0x08080900, 0],
  ],
  [
    [0n, 0],
    [0x2400_3200_0000_0000n, 1],
    [0x2400_3201_0000_0000n, 0],
    [0xffff_ffff_ffff_ffffn, 3],
  ],
  ['CN', 'HK', 'US'],
);

const country = (c: string) => ({ kind: 'country', country: c });

describe('lookupIp at range edges', () => {
  it.each([
    ['0.255.255.255', { kind: 'local', range: 'unspecified' }],
    ['1.0.0.0', country('CN')],
    ['1.0.0.255', country('CN')],
    ['1.0.1.0', country('HK')],
    ['1.0.1.255', country('HK')],
    ['1.0.2.0', { kind: 'unlisted' }],
    ['8.8.7.255', { kind: 'unlisted' }],
    ['8.8.8.0', country('US')],
    ['8.8.8.255', country('US')],
    ['8.8.9.0', { kind: 'unlisted' }],
    ['255.255.255.255', { kind: 'unlisted' }],
  ])('IPv4 %s', (ip, place) => {
    expect(lookupIp(TINY, ip)).toEqual(place);
  });

  it.each([
    ['2400:31ff:ffff:ffff:ffff:ffff:ffff:ffff', { kind: 'unlisted' }],
    ['2400:3200::', country('CN')],
    ['2400:3200:ffff:ffff:ffff:ffff:ffff:ffff', country('CN')],
    ['2400:3200:0:1::1', country('CN')],
    ['2400:3201::', { kind: 'unlisted' }],
    ['ffff:ffff:ffff:fffe:ffff:ffff:ffff:ffff', { kind: 'unlisted' }],
    ['ffff:ffff:ffff:ffff::', country('US')],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', country('US')],
    ['::ffff:1.0.1.7', country('HK')],
    ['::ffff:0100:0001', country('CN')],
    ['64:ff9b::8.8.8.8', country('US')],
  ])('IPv6 %s', (ip, place) => {
    expect(lookupIp(TINY, ip)).toEqual(place);
  });
});

describe('local and private ranges', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.255', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.0', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.0', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.0', 'shared'],
    ['100.127.255.255', 'shared'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fdff:ffff::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['::ffff:192.168.1.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
  ])('%s is %s', (ip, range) => {
    expect(lookupIp(TINY, ip)).toEqual({ kind: 'local', range });
  });

  it.each(['172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '11.0.0.0', '9.255.255.255'])(
    '%s is public',
    (ip) => {
      expect(lookupIp(TINY, ip)?.kind).not.toBe('local');
    },
  );

  it('fec0::/10 and fe00:: are not link-local', () => {
    expect(lookupIp(TINY, 'fec0::1')?.kind).not.toBe('local');
    expect(lookupIp(TINY, 'fbff::1')?.kind).not.toBe('local');
  });
});

describe('malformed input', () => {
  it.each([
    '',
    ' ',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '1.2.3.-1',
    '01.2.3.4',
    '1.2.3.04',
    '1..3.4',
    '0x7f.0.0.1',
    '1.2.3.4 ',
    'localhost',
    'example.com',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':::',
    '12345::',
    'g::1',
    '::ffff:1.2.3',
    '::ffff:1.2.3.4.5',
    '1.2.3.4::',
    '[::1',
    'fe80::1%',
    'fe80::1%a b',
    '1'.repeat(80),
  ])('%j is not an address', (ip) => {
    expect(parseIp(ip)).toBeNull();
    expect(lookupIp(TINY, ip)).toBeNull();
  });

  it('accepts the forms browsers print', () => {
    expect(parseIp('[2001:db8::1]')).toEqual({ family: 6, words: [0x20010db8, 0, 0, 1] });
    expect(parseIp('2001:DB8:0:0:0:0:0:1')).toEqual({ family: 6, words: [0x20010db8, 0, 0, 1] });
    expect(parseIp('::')).toEqual({ family: 6, words: [0, 0, 0, 0] });
    expect(parseIp('1::')).toEqual({ family: 6, words: [0x00010000, 0, 0, 0] });
    expect(parseIp('255.255.255.255')).toEqual({ family: 4, value: 0xffffffff });
  });

  it('rejects a broken table', () => {
    expect(() => decodeIpTable(new Uint8Array([1, 2, 3]))).toThrow();
    expect(() => decodeIpTable(new TextEncoder().encode('IPT1'))).toThrow(/truncated/);
  });
});

describe('the committed table', () => {
  it('is at most 400 KB', () => {
    expect(statSync(TABLE_FILE).size).toBeLessThanOrEqual(400 * 1024);
  });

  it('places well-known resolvers', () => {
    const t = realTable();
    expect(t.source).toMatch(/^geoip-lite /);
    expect(lookupIp(t, '114.114.114.114')).toEqual(country('CN'));
    expect(lookupIp(t, '223.5.5.5')).toEqual(country('CN'));
    expect(lookupIp(t, '2400:3200::1')).toEqual(country('CN'));
    expect(lookupIp(t, '240e::1')).toEqual(country('CN'));
    expect(lookupIp(t, '8.8.8.8')).toEqual(country('US'));
    expect(lookupIp(t, '2001:4860:4860::8888')).toEqual(country('US'));
    expect(lookupIp(t, '168.95.1.1')).toEqual(country('TW'));
    expect(lookupIp(t, '202.175.3.3')).toEqual(country('MO'));
    expect(lookupIp(t, '203.198.7.66')).toEqual(country('HK'));
    expect(lookupIp(t, '127.0.0.1')).toEqual({ kind: 'local', range: 'loopback' });
  });

  it('has sorted, strictly increasing starts', () => {
    const t = realTable();
    // One assertion on the first entry out of order, not one per entry (there are some 200,000).
    const unsorted = t.v4Start.findIndex((start, i) => i > 0 && start <= (t.v4Start[i - 1] as number));
    expect(unsorted).toBe(-1);
    expect(t.v4Start[0]).toBe(0);
    expect(t.countries).toContain('CN');
  });
});
