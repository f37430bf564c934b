// The polite scheduler and its retry rules, on a fake clock: one request at a time per host, the
// global limit, the quiet time per host, Retry-After in both forms, back-off, and the cap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type Attempt,
  givingUp,
  hostOf,
  type PoliteOptions,
  parseRetryAfter,
  type RetryHint,
  retryWait,
  runPolite,
} from '../../../src/cli/polite.ts';

const NOW = Date.UTC(2025, 0, 15, 8, 0, 0);
const POLICY = { retries: 3, backoffMs: 1000, maxWaitMs: 120_000 };

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates (IMF-fixdate, RFC 850, asctime)', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('Wed, 15 Jan 2025 08:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Wednesday, 15-Jan-25 08:01:00 GMT', NOW)).toBe(60_000);
    expect(
      parseRetryAfter('Wed Jan 15 08:00:05 2025', NOW + new Date(NOW).getTimezoneOffset() * 60_000),
    ).toBe(5_000);
  });

  it('gives 0 for a date in the past and null for anything unreadable', () => {
    expect(parseRetryAfter('Tue, 14 Jan 2025 08:00:00 GMT', NOW)).toBe(0);
    for (const bad of [null, undefined, '', '-5', '1.5', 'soon', '12 34', 'Foo, 99 Bar 2025']) {
      expect(parseRetryAfter(bad, NOW)).toBeNull();
    }
  });
});

describe('retryWait and givingUp', () => {
  const hint = (status: number, retryAfter: string | null = null): RetryHint => ({ status, retryAfter });

  it('retries only 429 and 503', () => {
    expect(retryWait(hint(429), 0, POLICY, NOW)).toBe(1000);
    expect(retryWait(hint(503), 0, POLICY, NOW)).toBe(1000);
    for (const status of [404, 500, 502, 403]) expect(retryWait(hint(status), 0, POLICY, NOW)).toBeNull();
    expect(retryWait(null, 0, POLICY, NOW)).toBeNull();
  });

  it('backs off 1, 2, 4 s without Retry-After, then stops after the retries', () => {
    expect([0, 1, 2, 3].map((n) => retryWait(hint(503), n, POLICY, NOW))).toEqual([1000, 2000, 4000, null]);
    expect(retryWait(hint(503), 0, { ...POLICY, retries: 0 }, NOW)).toBeNull();
    expect(retryWait(hint(503), 9, { ...POLICY, retries: 20 }, NOW)).toBe(120_000);
  });

  it('waits what Retry-After asks, but not beyond the cap', () => {
    expect(retryWait(hint(429, '7'), 0, POLICY, NOW)).toBe(7000);
    expect(retryWait(hint(429, 'Wed, 15 Jan 2025 08:00:10 GMT'), 2, POLICY, NOW)).toBe(10_000);
    expect(retryWait(hint(429, '120'), 0, POLICY, NOW)).toBe(120_000);
    expect(retryWait(hint(429, '121'), 0, POLICY, NOW)).toBeNull();
    expect(givingUp(hint(429, '3600'), 1, POLICY, NOW)).toBe(
      'Retry-After asks for 3600 s, more than the 120 s icp-lens waits',
    );
    expect(givingUp(hint(503), 4, POLICY, NOW)).toBe('gave up after 4 attempts');
    expect(givingUp(hint(503), 1, POLICY, NOW)).toBeNull();
    expect(givingUp(hint(404), 1, POLICY, NOW)).toBeNull();
  });
});

describe('hostOf', () => {
  it('names the host of http(s) inputs only', () => {
    expect(hostOf('https://WWW.Example.CN:8443/a?b')).toBe('www.example.cn');
    expect(hostOf('http://127.0.0.1:9/')).toBe('127.0.0.1');
    expect(hostOf('page.html')).toBeNull();
    expect(hostOf('-')).toBeNull();
    expect(hostOf('https://')).toBeNull();
  });
});

describe('runPolite', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  interface Call {
    index: number;
    attempt: number;
    start: number;
    end: number;
  }

  /** Runs `hosts` (one entry per input) where each attempt takes `ms` of fake time. */
  async function simulate(
    hosts: (string | null)[],
    options: Partial<PoliteOptions>,
    answer: (index: number, attempt: number) => RetryHint | null = () => null,
    ms = 100,
  ) {
    const calls: Call[] = [];
    const done: { index: number; attempts: number; retry: RetryHint | null | undefined }[] = [];
    let running = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let peakPerHost = 0;
    const run = runPolite<number>(
      hosts.length,
      { concurrency: 4, perHost: 1, delayMs: 0, ...POLICY, hostOf: (i) => hosts[i] ?? null, ...options },
      async (index, attempt): Promise<Attempt<number>> => {
        const host = hosts[index];
        running++;
        peak = Math.max(peak, running);
        if (host) {
          perHost.set(host, (perHost.get(host) ?? 0) + 1);
          peakPerHost = Math.max(peakPerHost, perHost.get(host) ?? 0);
        }
        const start = Date.now();
        await new Promise((r) => setTimeout(r, ms));
        running--;
        if (host) perHost.set(host, (perHost.get(host) ?? 1) - 1);
        calls.push({ index, attempt, start, end: Date.now() });
        return { result: index, retry: answer(index, attempt) };
      },
      (outcome, index, attempts) => done.push({ index, attempts, retry: outcome.retry }),
    );
    await vi.runAllTimersAsync();
    await run;
    return { calls, done, peak, peakPerHost };
  }

  it('finishes at once with no inputs', async () => {
    const r = await simulate([], {});
    expect(r.done).toEqual([]);
  });

  it('keeps one request per host and the global limit', async () => {
    const hosts = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'e', 'f', null, null, 'a'];
    const r = await simulate(hosts, { concurrency: 4 });
    expect(r.done.map((d) => d.index).sort((x, y) => x - y)).toEqual(hosts.map((_, i) => i));
    expect(r.peak).toBe(4);
    expect(r.peakPerHost).toBe(1);
    // Host a's four inputs ran one after another, in list order.
    const a = r.calls.filter((c) => hosts[c.index] === 'a');
    expect(a.map((c) => c.index)).toEqual([0, 1, 2, 11]);
    for (let i = 1; i < a.length; i++) expect(a[i]?.start).toBeGreaterThanOrEqual(a[i - 1]?.end ?? Infinity);
  });

  it('lets --per-host raise the limit for one host', async () => {
    const r = await simulate(['a', 'a', 'a', 'a', 'a', 'b'], { concurrency: 6, perHost: 2 });
    expect(r.peakPerHost).toBe(2);
    expect(r.peak).toBe(3);
  });

  it('runs inputs without a host (files) in parallel', async () => {
    const r = await simulate([null, null, null, null, null], { concurrency: 3 });
    expect(r.peak).toBe(3);
  });

  it('leaves --delay of quiet per host between requests', async () => {
    const hosts = ['a', 'a', 'a', 'b'];
    const r = await simulate(hosts, { delayMs: 5000 });
    const a = r.calls.filter((c) => hosts[c.index] === 'a');
    expect(a[1]?.start).toBe((a[0]?.end ?? 0) + 5000);
    expect(a[2]?.start).toBe((a[1]?.end ?? 0) + 5000);
    // Another host does not wait for a's quiet time.
    expect(r.calls.find((c) => c.index === 3)?.start).toBe(NOW);
  });

  it('retries a 429 after its Retry-After, holding the host but not a slot', async () => {
    const hosts = ['slow', 'slow', 'x', 'y', 'z'];
    const r = await simulate(hosts, { concurrency: 1 }, (index, attempt) =>
      index === 0 && attempt === 0 ? { status: 429, retryAfter: '30' } : null,
    );
    const first = r.calls.filter((c) => c.index === 0);
    expect(first.map((c) => c.attempt)).toEqual([0, 1]);
    expect(first[1]?.start).toBe((first[0]?.end ?? 0) + 30_000);
    // While host "slow" waited, the one slot served the other hosts.
    for (const i of [2, 3, 4])
      expect(r.calls.find((c) => c.index === i)?.end).toBeLessThan(first[1]?.start ?? 0);
    // The host's next input waits behind the retry.
    expect(r.calls.find((c) => c.index === 1)?.start).toBeGreaterThanOrEqual(first[1]?.end ?? Infinity);
    expect(r.done.find((d) => d.index === 0)).toEqual({ index: 0, attempts: 2, retry: null });
  });

  it('backs off 1, 2, 4 s on a 503 without Retry-After and gives the last answer', async () => {
    const r = await simulate(['a'], {}, () => ({ status: 503, retryAfter: null }));
    const gaps = r.calls.slice(1).map((c, i) => c.start - (r.calls[i]?.end ?? 0));
    expect(gaps).toEqual([1000, 2000, 4000]);
    expect(r.done).toEqual([{ index: 0, attempts: 4, retry: { status: 503, retryAfter: null } }]);
  });

  it('does not retry other errors, or past the cap', async () => {
    const r = await simulate(['a', 'b'], {}, (index) =>
      index === 0 ? { status: 404, retryAfter: null } : { status: 429, retryAfter: '3600' },
    );
    expect(r.calls).toHaveLength(2);
    expect(r.done.map((d) => d.attempts)).toEqual([1, 1]);
  });

  it('rejects when the work rejects, instead of hanging', async () => {
    const run = runPolite(
      3,
      { concurrency: 2, perHost: 1, delayMs: 0, ...POLICY, hostOf: () => null },
      async (index) => {
        if (index === 1) throw new Error('boom');
        return { result: index };
      },
      () => {},
    );
    await expect(run).rejects.toThrow('boom');
  });
});
