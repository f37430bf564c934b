// @vitest-environment happy-dom
// The popup's "Visitors in mainland China" section: the one-line verdict, a disclosure to the hosts
// grouped by what breaks (host, what it is, requests, alternative), the list's date; it follows new
// requests while open, and stays away for local pages and where the check does not apply.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HostingVerdict } from '../../../src/core/hosting/verdict.ts';
import { readinessReport } from '../../../src/core/readiness/report.ts';
import { addRequest, emptyTally } from '../../../src/core/readiness/tally.ts';
import type { ReadinessView } from '../../../src/messaging/readiness-view.ts';
import { App } from '../../../src/popup/App.tsx';
import type { ReadinessApi } from '../../../src/popup/api.ts';
import { ReadinessSection } from '../../../src/popup/ReadinessSection.tsx';
import { loadLater } from '../../../src/popup/use-later.ts';
import { EMPTY_REPORT } from '../background/fixtures.ts';
import { renderRoot } from '../support/render-root.ts';
import { fakeApi } from './fake-api.ts';

const root = renderRoot();
const HONG_KONG: HostingVerdict = {
  kind: 'outside-no-number',
  country: 'HK',
  reason: null,
  unfileableTld: null,
};

function view(
  requests: Array<[string, string, string?]>,
  seen: 'all' | 'part' | 'none' = 'all',
): ReadinessView {
  const tally = emptyTally();
  for (const [host, type, path] of requests) addRequest(tally, { host, type, path: path ?? '/' });
  return {
    applies: true,
    seen,
    list: '2026-08-19',
    readiness: readinessReport(tally, {
      pageHost: 'www.example-shop.com',
      hosting: HONG_KONG,
      report: EMPTY_REPORT,
    }),
  };
}

const FAILING = view([
  ['fonts.googleapis.com', 'stylesheet'],
  ['fonts.gstatic.com', 'font'],
  ['fonts.gstatic.com', 'font'],
  ['www.google.com', 'script', '/recaptcha/api.js'],
  ['www.youtube.com', 'sub_frame', '/embed/x'],
  ['www.google-analytics.com', 'script'],
  ['hm.baidu.com', 'script'],
]);

/** A readiness API whose answer the test changes, and that calls the watcher when told to. */
function fakeReadiness(first: ReadinessView) {
  let answer = first;
  const watchers = new Set<() => void>();
  const api: ReadinessApi = {
    load: async () => answer,
    watch(_tabId, onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
  };
  return {
    api,
    watchers,
    async change(next: ReadinessView) {
      answer = next;
      for (const w of watchers) w();
      await settle();
    },
  };
}

async function settle() {
  for (let i = 0; i < 4; i++) await act(async () => {});
}

async function show(api: ReadinessApi) {
  await act(() => render(<ReadinessSection tabId={3} api={api} report={EMPTY_REPORT} />, root));
  await settle();
  return root.querySelector<HTMLElement>('[data-testid=readiness]');
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const hostsOf = (group: string) =>
  [...root.querySelectorAll<HTMLElement>(`[data-group=${group}] [data-testid=readiness-host]`)].map(
    (h) => h.dataset.host,
  );

// The sections beside the cards load after the first render; loaded here, they render at once.
beforeAll(() => loadLater());

describe('ReadinessSection', () => {
  it('says the verdict in one line and keeps the hosts behind a disclosure', async () => {
    const section = await show(fakeReadiness(FAILING).api);
    // A blocked feature is worse than an unreliable font.
    expect(section?.dataset.problem).toBe('feature-fails');
    expect(section?.getAttribute('aria-labelledby')).toBe(section?.querySelector('h2')?.id);
    expect(text(section?.querySelector('h2'))).toBe('Visitors in mainland China');
    expect(text(section?.querySelector('[data-testid=readiness-verdict]'))).toBe(
      'Hosted outside the mainland (no ICP needed), but reCAPTCHA will not load: forms that need it fail (and 4 more)',
    );
    const toggle = section?.querySelector<HTMLButtonElement>('[data-testid=readiness-toggle]');
    const hosts = section?.querySelector<HTMLElement>('[data-testid=readiness-hosts]');
    expect(text(toggle)).toBe('Hosts that fail or are slow (5)');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-controls')).toBe(hosts?.id);
    expect(hosts?.hidden).toBe(true);
    expect(text(section?.querySelector('[data-testid=readiness-list]'))).toBe(
      'Looked at 7 requests of this page. Host list of 2026-08-19: a snapshot from public sources; blocking varies by place and time.',
    );

    await act(() => toggle?.click());
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(hosts?.hidden).toBe(false);
    expect(
      [...root.querySelectorAll<HTMLElement>('[data-testid=readiness-group]')].map((g) => g.dataset.group),
    ).toEqual(['held-up', 'features-fail', 'tracking-only']);
    expect(hostsOf('held-up')).toEqual(['fonts.gstatic.com', 'fonts.googleapis.com']);
    expect(hostsOf('features-fail')).toEqual(['www.google.com/recaptcha/', 'www.youtube.com']);
    expect(hostsOf('tracking-only')).toEqual(['www.google-analytics.com']);
  });

  it('names each host with what it is, its status, its requests and the alternative', async () => {
    await show(fakeReadiness(FAILING).api);
    const entry = (host: string) => root.querySelector(`[data-testid=readiness-host][data-host="${host}"]`);
    const recaptcha = entry('www.google.com/recaptcha/');
    expect(recaptcha?.getAttribute('data-status')).toBe('blocked');
    expect(text(recaptcha?.querySelector('.readiness-host__status'))).toBe('blocked');
    expect(text(recaptcha?.querySelector('[data-testid=readiness-requests]'))).toBe('1 request');
    expect(text(recaptcha?.querySelector('.readiness-host__service'))).toMatch(/^reCAPTCHA · Google \(/);
    expect(text(recaptcha?.querySelector('.readiness-host__instead'))).toMatch(
      /^Instead: .*www\.recaptcha\.net/,
    );
    const fonts = entry('fonts.gstatic.com');
    expect(text(fonts?.querySelector('.readiness-host__status'))).toBe('unreliable or slow');
    expect(text(fonts?.querySelector('[data-testid=readiness-requests]'))).toBe('2 requests');
    expect(text(fonts?.querySelector('.readiness-host__service'))).toBe('Google Fonts (font files)');
    // The same advice is written out once, then referred to.
    expect(text(fonts?.querySelector('.readiness-host__instead'))).toMatch(
      /^Instead: Self-host the font files/,
    );
    expect(text(entry('fonts.googleapis.com')?.querySelector('.readiness-host__instead'))).toBe(
      'Instead: as for fonts.gstatic.com',
    );
  });

  it('updates while open when more requests arrive, keeping the disclosure open', async () => {
    const fake = fakeReadiness(view([['hm.baidu.com', 'script']]));
    const section = await show(fake.api);
    expect(section?.dataset.problem).toBe('likely-works');
    expect(text(section?.querySelector('[data-testid=readiness-verdict]'))).toBe(
      'Hosted outside the mainland (no ICP needed): likely to work in mainland China',
    );
    expect(section?.querySelector('[data-testid=readiness-toggle]')).toBeNull();

    await fake.change(view([['www.youtube.com', 'sub_frame']]));
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid=readiness-toggle]')?.click());
    expect(hostsOf('features-fail')).toEqual(['www.youtube.com']);
    await fake.change(FAILING);
    expect(root.querySelector('[data-testid=readiness-toggle]')?.getAttribute('aria-expanded')).toBe('true');
    expect(hostsOf('held-up')).toHaveLength(2);

    // Unmounting stops watching.
    await act(() => render(null, root));
    expect(fake.watchers.size).toBe(0);
  });

  it('says plainly when the page’s requests were not seen, instead of a verdict', async () => {
    const section = await show(fakeReadiness(view([], 'none')).api);
    expect(section?.querySelector('[data-testid=readiness-verdict]')).toBeNull();
    expect(text(section?.querySelector('[data-testid=readiness-not-seen]'))).toMatch(
      /Reload the page to check\.$/,
    );
  });

  it('shows nothing where the check does not apply', async () => {
    expect(await show(fakeReadiness({ applies: false }).api)).toBeNull();
    expect(root.textContent).toBe('');
  });
});

describe('App and the readiness section', () => {
  const app = (local: boolean) =>
    fakeApi({
      targetTab: async () => 3,
      result: async () => ({
        report: EMPTY_REPORT,
        url: local ? 'http://192.168.1.2/' : 'http://www.example-shop.com/',
        site: { name: local ? '192.168.1.2' : 'example-shop.com', local },
      }),
      readiness: fakeReadiness(FAILING).api,
    });

  it('shows it for a public page, not for a local address', async () => {
    await act(() => render(<App api={app(false)} />, root));
    await settle();
    expect(root.querySelector('[data-testid=readiness]')).not.toBeNull();
    await act(() => render(null, root));
    await act(() => render(<App api={app(true)} />, root));
    await settle();
    expect(root.querySelector('[data-testid=empty], [data-testid=licence]')).not.toBeNull();
    expect(root.querySelector('[data-testid=readiness]')).toBeNull();
  });
});
