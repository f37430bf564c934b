// The per-page tally (bounded, plain JSON, read back through its schema), the grouping by what
// breaks, and the verdict table.
import { describe, expect, it } from 'vitest';
import type { HostingVerdict } from '../../../src/core/hosting/verdict.ts';
import { summarise } from '../../../src/core/readiness/group.ts';
import { readinessReport } from '../../../src/core/readiness/report.ts';
import { parseTally } from '../../../src/core/readiness/schema.ts';
import {
  addRequest,
  emptyTally,
  MAX_COUNT,
  MAX_TALLY_HOSTS,
  type ObservedRequest,
  type ReadinessTally,
  resourceType,
} from '../../../src/core/readiness/tally.ts';
import type { ReadinessVerdict } from '../../../src/core/readiness/verdict.ts';
import type { PageReport } from '../../../src/core/types.ts';
import { EMPTY_REPORT, FILING_ONLY } from '../background/fixtures.ts';

function tallyOf(requests: ObservedRequest[]): ReadinessTally {
  const tally = emptyTally();
  for (const r of requests) addRequest(tally, r);
  return tally;
}

const hostingOf = (kind: HostingVerdict['kind'], country: string | null): HostingVerdict => ({
  kind,
  country,
  reason: kind === 'unknown' ? 'not-observed' : null,
  unfileableTld: null,
});

const GOOGLE_FONTS: ObservedRequest[] = [
  { host: 'fonts.googleapis.com', type: 'stylesheet' },
  { host: 'fonts.gstatic.com', type: 'font' },
  { host: 'fonts.gstatic.com', type: 'font' },
];
const RECAPTCHA: ObservedRequest = { host: 'www.google.com', type: 'script', path: '/recaptcha/api.js' };
const YOUTUBE: ObservedRequest = { host: 'www.youtube.com', type: 'sub_frame', path: '/embed/x' };
const ANALYTICS: ObservedRequest = { host: 'www.googletagmanager.com', type: 'script' };

describe('tally', () => {
  it('keeps only listed failing hosts, and counts every request', () => {
    const tally = tallyOf([
      { host: 'example.com', type: 'main_frame' },
      { host: 'example.com', type: 'script' },
      { host: 'fonts.gstatic.cn', type: 'font' }, // works
      { host: 'cdn.jsdelivr.net', type: 'script' },
      { host: 'CDN.jsdelivr.net.', type: 'script' },
      { host: '142.250.72.206', type: 'image' },
    ]);
    expect(tally).toEqual({
      v: 1,
      requests: 6,
      dropped: 0,
      hosts: [{ host: 'cdn.jsdelivr.net', rule: null, counts: { script: 2 }, waits: 2 }],
    });
  });

  it('says whether a request touched a listed failing host', () => {
    const tally = emptyTally();
    expect(addRequest(tally, { host: 'example.com', type: 'script' })).toBe(false);
    expect(addRequest(tally, { host: 'www.youtube.com', type: 'main_frame' })).toBe(false);
    expect(addRequest(tally, YOUTUBE)).toBe(true);
  });

  it('maps other browsers’ resource types and unknown names', () => {
    expect(resourceType('imageset')).toBe('image');
    expect(resourceType('beacon')).toBe('ping');
    expect(resourceType('script')).toBe('script');
    expect(resourceType('__proto__')).toBe('other');
    expect(resourceType('csp_report')).toBe('other');
  });

  it('is bounded: at most MAX_TALLY_HOSTS hosts, counts saturate', () => {
    const tally = emptyTally();
    for (let i = 0; i < MAX_TALLY_HOSTS + 10; i++)
      addRequest(tally, { host: `u${i}.github.io`, type: 'image' });
    expect(tally.hosts).toHaveLength(MAX_TALLY_HOSTS);
    expect(tally.dropped).toBe(10);
    for (let i = 0; i < MAX_COUNT + 5; i++) addRequest(tally, { host: 'u0.github.io', type: 'image' });
    expect(tally.hosts[0]?.counts.image).toBe(MAX_COUNT);
    expect(tally.requests).toBe(MAX_COUNT);
    expect(JSON.stringify(tally).length).toBeLessThan(8_000);
  });

  it('reads back through its schema, and refuses anything else', () => {
    const tally = tallyOf([...GOOGLE_FONTS, RECAPTCHA, YOUTUBE, ANALYTICS]);
    expect(parseTally(JSON.parse(JSON.stringify(tally)))).toEqual(tally);
    const bad: unknown[] = [
      null,
      'x',
      { ...tally, v: 2 },
      { ...tally, requests: -1 },
      { ...tally, requests: MAX_COUNT + 1 },
      { ...tally, hosts: [{ host: 'WWW.YOUTUBE.COM', rule: null, counts: {}, waits: 0 }] },
      { ...tally, hosts: [{ host: '1.2.3.4', rule: null, counts: {}, waits: 0 }] },
      { ...tally, hosts: [{ host: 'youtube.com', rule: null, counts: { bogus: 1 }, waits: 0 }] },
      { ...tally, hosts: Array.from({ length: MAX_TALLY_HOSTS + 1 }, () => tally.hosts[0]) },
    ];
    for (const raw of bad) expect(parseTally(raw)).toBeNull();
  });
});

describe('grouping', () => {
  it('sorts a mixed page into held up, features fail and tracking only', () => {
    const summary = summarise(
      tallyOf([...GOOGLE_FONTS, RECAPTCHA, YOUTUBE, YOUTUBE, ANALYTICS]),
      'example.com',
    );
    expect(summary.site).toBeNull();
    expect(summary.heldUp.map((h) => [h.host, h.status, h.requests])).toEqual([
      ['fonts.gstatic.com', 'unreliable-or-slow', 2],
      ['fonts.googleapis.com', 'unreliable-or-slow', 1],
    ]);
    expect(summary.featuresFail.map((h) => [h.host, h.name, h.feature, h.status, h.requests])).toEqual([
      // captcha before video, though YouTube had more requests
      ['www.google.com', 'reCAPTCHA', 'captcha', 'blocked', 1],
      ['www.youtube.com', 'YouTube', 'video', 'blocked', 2],
    ]);
    expect(summary.trackingOnly.map((h) => [h.host, h.name, h.types])).toEqual([
      ['www.googletagmanager.com', 'Google Tag Manager', ['script']],
    ]);
    expect(summary.heldUp[0]?.alternative).toMatch(/Self-host/);
  });

  it('uses what the static HTML knows about blocking, and the type where it is unknown', () => {
    const asyncCdn = summarise(
      tallyOf([{ host: 'cdn.jsdelivr.net', type: 'script', blocking: false }]),
      null,
    );
    expect(asyncCdn.featuresFail.map((h) => [h.host, h.feature])).toEqual([['cdn.jsdelivr.net', 'content']]);
    const syncCdn = summarise(tallyOf([{ host: 'cdn.jsdelivr.net', type: 'script' }]), null);
    expect(syncCdn.heldUp.map((h) => h.host)).toEqual(['cdn.jsdelivr.net']);
    const syncAnalytics = summarise(
      tallyOf([{ host: 'www.google-analytics.com', type: 'script', blocking: true }]),
      null,
    );
    expect(syncAnalytics.heldUp.map((h) => h.host)).toEqual(['www.google-analytics.com']);
    const hint = summarise(tallyOf([{ host: 'fonts.gstatic.com', type: 'hint' }]), null);
    expect(hint.heldUp[0]).toMatchObject({ host: 'fonts.gstatic.com', requests: 0, types: ['hint'] });
    const imageOnly = summarise(tallyOf([{ host: 'secure.gravatar.com', type: 'image' }]), null);
    expect(imageOnly.featuresFail[0]).toMatchObject({ feature: 'content', category: 'avatars' });
    const signIn = summarise(tallyOf([{ host: 'accounts.google.com', type: 'script' }]), null);
    expect(signIn.heldUp[0]?.host).toBe('accounts.google.com');
    const signInAsync = summarise(
      tallyOf([{ host: 'accounts.google.com', type: 'script', blocking: false }]),
      null,
    );
    expect(signInAsync.featuresFail[0]?.feature).toBe('sign-in');
  });

  it('reports the page’s own host apart and leaves its first-party requests out', () => {
    const tally = tallyOf([
      { host: 'my-app.vercel.app', type: 'script' },
      { host: 'assets.my-app.vercel.app', type: 'image' },
      { host: 'other.vercel.app', type: 'image' },
      YOUTUBE,
    ]);
    const summary = summarise(tally, 'My-App.Vercel.app');
    expect(summary.pageHost).toBe('my-app.vercel.app');
    expect(summary.site).toMatchObject({
      host: 'my-app.vercel.app',
      suffix: 'vercel.app',
      status: 'blocked',
    });
    expect([...summary.heldUp, ...summary.featuresFail].map((h) => h.host)).toEqual(['www.youtube.com']);
    // A YouTube page loading YouTube: only the site counts.
    const yt = summarise(tallyOf([YOUTUBE, { host: 'i.ytimg.com', type: 'image' }]), 'www.youtube.com');
    expect(yt.site?.suffix).toBe('youtube.com');
    expect(yt.featuresFail.map((h) => h.host)).toEqual(['i.ytimg.com']);
  });

  it('ignores tally hosts that no longer match (the list changed since they were stored)', () => {
    const tally: ReadinessTally = {
      v: 1,
      requests: 1,
      dropped: 0,
      hosts: [{ host: 'example.com', rule: null, counts: { script: 1 }, waits: 1 }],
    };
    expect(summarise(tally, null).heldUp).toEqual([]);
  });
});

describe('verdict', () => {
  const outside = hostingOf('outside-no-number', 'HK');
  const verdictOf = (
    requests: ObservedRequest[],
    hosting: HostingVerdict | null = outside,
    report: PageReport | null = EMPTY_REPORT,
    pageHost: string | null = 'example.com',
  ): ReadinessVerdict => readinessReport(tallyOf(requests), { pageHost, hosting, report }).verdict;

  it.each<[string, ObservedRequest[], ReadinessVerdict['problem'], number]>([
    ['nothing listed', [{ host: 'cdn.example.com', type: 'script' }], { code: 'likely-works' }, 0],
    [
      'Google Fonts only',
      GOOGLE_FONTS.slice(0, 1),
      {
        code: 'held-up',
        status: 'unreliable-or-slow',
        host: 'fonts.googleapis.com',
        name: 'Google Fonts',
        what: 'fonts',
      },
      0,
    ],
    [
      'reCAPTCHA beats unreliable fonts (blocked first)',
      [...GOOGLE_FONTS, RECAPTCHA],
      {
        code: 'feature-fails',
        status: 'blocked',
        host: 'www.google.com',
        name: 'reCAPTCHA',
        feature: 'captcha',
      },
      2,
    ],
    [
      'a blocked render-blocking script beats a blocked feature',
      [RECAPTCHA, { host: 'cdn.jsdelivr.net', type: 'script' }],
      { code: 'held-up', status: 'blocked', host: 'cdn.jsdelivr.net', name: 'jsDelivr', what: 'scripts' },
      1,
    ],
    [
      'tracking only',
      [ANALYTICS],
      {
        code: 'tracking-only',
        status: 'unreliable-or-slow',
        host: 'www.googletagmanager.com',
        name: 'Google Tag Manager',
      },
      0,
    ],
  ])('%s', (_name, requests, problem, more) => {
    const verdict = verdictOf(requests);
    expect(verdict.problem).toEqual(problem);
    expect(verdict.more).toBe(more);
    expect(verdict.lead).toBe('outside-no-number');
    expect(verdict.country).toBe('HK');
  });

  it('names the site itself first when its own host is listed', () => {
    const verdict = verdictOf([RECAPTCHA], null, EMPTY_REPORT, 'docs.github.io');
    expect(verdict.problem).toEqual({
      code: 'site',
      status: 'unreliable-or-slow',
      host: 'docs.github.io',
      suffix: 'github.io',
      name: 'GitHub Pages',
    });
    expect(verdict.more).toBe(1);
  });

  it.each<[string, HostingVerdict | null, PageReport | null, ReadinessVerdict['lead']]>([
    ['mainland with a number', hostingOf('mainland-filed', 'CN'), FILING_ONLY, 'mainland-filed'],
    ['mainland without', hostingOf('mainland-no-number', 'CN'), EMPTY_REPORT, 'mainland-no-number'],
    ['outside with a number', hostingOf('outside-with-number', 'JP'), FILING_ONLY, 'outside-with-number'],
    ['local', hostingOf('local', null), EMPTY_REPORT, 'local'],
    ['unknown location, number shown', hostingOf('unknown', null), FILING_ONLY, 'icp-shown'],
    ['no hosting check, no number', null, EMPTY_REPORT, 'no-icp'],
    ['nothing known', null, null, null],
  ])('lead: %s', (_name, hosting, report, lead) => {
    expect(verdictOf([], hosting, report).lead).toBe(lead);
  });
});
