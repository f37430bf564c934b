// Host → entry: the longest suffix wins, names are normalised, and hostile input matches nothing.
import { describe, expect, it } from 'vitest';
import { createMatcher, matchHost, normaliseHost } from '../../../src/core/readiness/match.ts';
import type { HostEntry } from '../../../src/core/readiness/types.ts';

const suffixOf = (host: string, path?: string) => matchHost(host, path)?.entry.suffix ?? null;
const statusOf = (host: string) => matchHost(host)?.status ?? null;

describe('matchHost: longest suffix wins', () => {
  it.each([
    ['fonts.googleapis.com', 'fonts.googleapis.com', 'unreliable-or-slow'],
    ['maps.googleapis.com', 'maps.googleapis.com', 'blocked'],
    ['www.googleapis.com', 'googleapis.com', 'blocked'],
    ['googleapis.com', 'googleapis.com', 'blocked'],
    ['fastly.jsdelivr.net', 'fastly.jsdelivr.net', 'unreliable-or-slow'],
    ['cdn.jsdelivr.net', 'jsdelivr.net', 'blocked'],
    ['jsdelivr.net', 'jsdelivr.net', 'blocked'],
    ['www.gstatic.com', 'www.gstatic.com', 'unreliable-or-slow'],
    ['maps.gstatic.com', 'maps.gstatic.com', 'blocked'],
    ['encrypted-tbn0.gstatic.com', 'gstatic.com', 'blocked'],
    ['adservice.google.com', 'adservice.google.com', 'unreliable-or-slow'],
    ['calendar.google.com', 'google.com', 'blocked'],
    ['www.youtube.com', 'youtube.com', 'blocked'],
    ['fonts.gstatic.cn', 'fonts.gstatic.cn', 'works'],
    ['www.gstatic.cn', 'gstatic.cn', 'works'],
  ])('%s → %s (%s)', (host, suffix, status) => {
    expect(suffixOf(host)).toBe(suffix);
    expect(statusOf(host)).toBe(status);
  });

  it('does not depend on the order of the entries', () => {
    const entry = (suffix: string, status: HostEntry['status']): HostEntry => ({
      suffix,
      name: suffix,
      service: suffix,
      category: 'cdn',
      status,
      alternative: '',
      evidence: 'test',
    });
    const a = [entry('jsdelivr.net', 'blocked'), entry('fastly.jsdelivr.net', 'unreliable-or-slow')];
    for (const entries of [a, [...a].reverse()]) {
      const m = createMatcher(entries);
      expect(m.match('fastly.jsdelivr.net')?.status).toBe('unreliable-or-slow');
      expect(m.match('x.fastly.jsdelivr.net')?.status).toBe('unreliable-or-slow');
      expect(m.match('cdn.jsdelivr.net')?.status).toBe('blocked');
    }
  });

  it('matches whole labels only', () => {
    expect(suffixOf('notyoutube.com')).toBeNull();
    expect(suffixOf('youtube.com.example.org')).toBeNull();
    expect(suffixOf('x.co')).toBeNull(); // t.co is listed, x.co is not
    expect(suffixOf('fonts.googleapis.com.cn')).toBeNull();
  });

  it('says unknown (null) for hosts the list does not name', () => {
    expect(matchHost('example.com')).toBeNull();
    expect(matchHost('cdn.example.cn')).toBeNull();
    expect(matchHost('localhost')).toBeNull();
  });

  it('splits hosts by path where the list does', () => {
    expect(matchHost('www.google.com', '/recaptcha/api.js')).toMatchObject({
      category: 'captcha',
      name: 'reCAPTCHA',
      rule: '/recaptcha/',
      status: 'blocked',
    });
    expect(matchHost('www.google.com', '/maps/embed')).toMatchObject({
      category: 'maps',
      name: 'Google Maps',
    });
    expect(matchHost('www.google.com', '/search')).toMatchObject({ category: 'other', rule: null });
    expect(matchHost('www.google.com')).toMatchObject({ category: 'other', rule: null });
    expect(matchHost('www.gstatic.com', '/recaptcha/releases/x/recaptcha__en.js')).toMatchObject({
      category: 'captcha',
      status: 'unreliable-or-slow',
    });
    // A subdomain under a split entry is split the same way.
    expect(matchHost('WWW.Google.com.', '/recaptcha/api2/anchor')?.name).toBe('reCAPTCHA');
  });
});

describe('normaliseHost', () => {
  it('folds case, a trailing dot, full-width letters and IDNA dots', () => {
    expect(normaliseHost('Fonts.GoogleAPIs.com.')).toBe('fonts.googleapis.com');
    expect(normaliseHost('ｙｏｕｔｕｂｅ．ｃｏｍ')).toBe('youtube.com');
    expect(normaliseHost('www。youtube｡com')).toBe('www.youtube.com');
    expect(suffixOf('WWW.YOUTUBE.COM.')).toBe('youtube.com');
  });

  it('keeps punycode and Unicode labels, so their ASCII suffix can match', () => {
    expect(normaliseHost('xn--fiqs8s.example')).toBe('xn--fiqs8s.example');
    expect(suffixOf('xn--6qq986b3xl.youtube.com')).toBe('youtube.com');
    expect(suffixOf('例子.youtube.com')).toBe('youtube.com');
    expect(suffixOf('youtube.xn--fiqs8s')).toBeNull();
  });

  it('refuses IP literals, so they never match', () => {
    for (const ip of [
      '142.250.72.206',
      '[2607:f8b0:4005:80a::200e]',
      '2607:f8b0::200e',
      '127.1',
      '0x7f.1',
      '1.2.3.4.',
    ]) {
      expect(normaliseHost(ip), ip).toBeNull();
      expect(matchHost(ip), ip).toBeNull();
    }
  });

  it('refuses hostile and malformed hosts without throwing', () => {
    const hostile = [
      '',
      '.',
      '..youtube.com',
      'a..youtube.com',
      'youtube.com..',
      'youtube.com:443',
      'user@youtube.com',
      'youtube.com/path',
      'you tube.com',
      'youtube.com\u0000',
      '*.youtube.com',
      `${'a'.repeat(64)}.youtube.com`,
      `${'a.'.repeat(127)}youtube.com`,
      'x'.repeat(100_000),
      `${'a.'.repeat(50_000)}youtube.com`,
    ];
    for (const host of hostile) expect(matchHost(host), JSON.stringify(host.slice(0, 40))).toBeNull();
    expect(matchHost(42 as unknown as string)).toBeNull();
    expect(matchHost(null as unknown as string)).toBeNull();
  });

  it('accepts the longest legal names and matches them', () => {
    const host = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(49)}.youtube.com`;
    expect(host.length).toBe(253);
    expect(suffixOf(host)).toBe('youtube.com');
  });
});
