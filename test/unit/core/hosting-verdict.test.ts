import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IDN_TLDS, topLevelDomain, unfileableTld } from '../../../src/core/hosting/tld.ts';
import type { Hosting, Place } from '../../../src/core/hosting/types.ts';
import { type HostingVerdict, hostingVerdict } from '../../../src/core/hosting/verdict.ts';
import type { PageReport } from '../../../src/core/types.ts';
import { EMPTY_REPORT, FILING_ONLY, licence } from '../background/fixtures.ts';

const at = (place: Place | null, ip: string | null = '1.2.3.4', cached = false): Hosting => ({
  ip,
  cached,
  place,
});
const cn = at({ kind: 'country', country: 'CN' });
const hk = at({ kind: 'country', country: 'HK' });
const jp = at({ kind: 'country', country: 'JP' });
const local = at({ kind: 'local', range: 'loopback' }, '127.0.0.1');
const psbOnly: PageReport = {
  licences: [licence({ kind: 'psb', number: '京公网安备11010502030143号', commercial: false })],
  primary: null,
  hints: [],
  truncated: false,
};
const noveltyOnly: PageReport = {
  licences: [licence({ kind: 'novelty-icp', number: '萌ICP备20252020号', commercial: false })],
  primary: 0,
  hints: [],
  truncated: false,
};

const v = (kind: HostingVerdict['kind'], country: string | null, extra: Partial<HostingVerdict> = {}) => ({
  kind,
  country,
  reason: null,
  unfileableTld: null,
  ...extra,
});

describe('hostingVerdict', () => {
  it.each<[string, Hosting | null, PageReport | null, string | null, HostingVerdict]>([
    ['mainland with a filing', cn, FILING_ONLY, 'www.example.cn', v('mainland-filed', 'CN')],
    ['mainland, no licence at all', cn, EMPTY_REPORT, 'example.com', v('mainland-no-number', 'CN')],
    ['mainland, only a PSB number', cn, psbOnly, 'example.com', v('mainland-no-number', 'CN')],
    ['mainland, only a joke number', cn, noveltyOnly, 'example.com', v('mainland-no-number', 'CN')],
    ['mainland, page not scanned yet', cn, null, 'example.com', v('mainland-no-number', 'CN')],
    ['Hong Kong, no number', hk, EMPTY_REPORT, 'example.com', v('outside-no-number', 'HK')],
    ['Japan with a number', jp, FILING_ONLY, 'example.com', v('outside-with-number', 'JP')],
    [
      'Japan with a number on .io',
      jp,
      FILING_ONLY,
      'app.example.io',
      v('outside-with-number', 'JP', { unfileableTld: 'io' }),
    ],
    ['mainland on .io', cn, FILING_ONLY, 'x.io', v('mainland-filed', 'CN', { unfileableTld: 'io' })],
    ['loopback', local, FILING_ONLY, '127.0.0.1', v('local', null)],
    [
      'private network on .lan',
      at({ kind: 'local', range: 'private' }),
      EMPTY_REPORT,
      'nas.lan',
      v('local', null),
    ],
    [
      'cached without ip',
      at(null, null, true),
      FILING_ONLY,
      'example.com',
      v('unknown', null, { reason: 'cached' }),
    ],
    [
      'not observed',
      at(null, null, false),
      FILING_ONLY,
      'example.com',
      v('unknown', null, { reason: 'not-observed' }),
    ],
    ['no record at all', null, FILING_ONLY, 'example.com', v('unknown', null, { reason: 'not-observed' })],
    [
      'not in the table',
      at({ kind: 'unlisted' }),
      FILING_ONLY,
      'example.com',
      v('unknown', null, { reason: 'unlisted' }),
    ],
    [
      'cached with an ip still counts',
      at({ kind: 'country', country: 'CN' }, '1.2.4.8', true),
      FILING_ONLY,
      'example.cn',
      v('mainland-filed', 'CN'),
    ],
  ])('%s', (_name, hosting, report, host, expected) => {
    expect(hostingVerdict(hosting, report, host)).toEqual(expected);
  });
});

describe('TLD hint', () => {
  it.each([
    ['www.example.com', null],
    ['example.com.cn', null],
    ['example.xn--fiqs8s', null],
    ['Example.COM.', null],
    ['a.b.top', null],
    ['example.io', 'io'],
    ['example.ai', 'ai'],
    ['example.com.hk', 'hk'],
    ['example.dev', 'dev'],
    ['127.0.0.1', null],
    ['[::1]', null],
    ['localhost', null],
    ['intranet', null],
    ['', null],
  ])('%s → %s', (host, tld) => {
    expect(unfileableTld(host)).toBe(tld);
  });

  it('lists each Chinese TLD under its punycode form', () => {
    for (const [ascii, spelling] of Object.entries(IDN_TLDS)) expect(domainToASCII(spelling)).toBe(ascii);
  });

  it('finds the last label only for host names', () => {
    expect(topLevelDomain('a..b')).toBeNull();
    expect(topLevelDomain('1.2.3.4')).toBeNull();
    expect(topLevelDomain('example.中国')).toBe('中国');
  });
});
