// "Visitors in mainland China" in the real browser: a shop page at www.example-shop.com loads its
// fonts, reCAPTCHA, a YouTube embed, Google Analytics and Baidu Tongji from their real host names,
// all mapped to one local server (support/mapped-sites.ts). The service worker sees the requests
// through webRequest, and the popup lists exactly the listed failing hosts, by group, with the
// verdict; a host the page loads while the popup is open shows up; a page that loads nothing
// listed as failing is "likely to work". No request leaves the machine.
//
// The server is on 127.0.0.1, so the hosting lead is "your own machine". For the screenshots the
// test then records a Hong Kong address for the tab in storage.session (as the worker would for a
// page served from there), to show the verdict a site owner in Hong Kong would see.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, openTab, popupRows } from './support/extension.ts';
import { foreignRequests, type Launched, launchWithExtension, RESULTS_DIR } from './support/launch.ts';
import { type MappedSites, type Resource, startMappedSites } from './support/mapped-sites.ts';
import { pollUntil } from './support/poll.ts';
import { haveOpenssl } from './support/tls.ts';

const SHOP = 'www.example-shop.com';
const HONG_KONG_IP = '203.198.7.66';
const SHOTS_DIR = join(RESULTS_DIR, 'screenshots');

const html = (body: string): Resource => ({ type: 'text/html; charset=utf-8', body });
const js = (body = ''): Resource => ({ type: 'text/javascript', body });

const BROKEN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script async src="https://www.google-analytics.com/analytics.js"></script>
<script async src="https://hm.baidu.com/hm.js?abc"></script>
<style>body { font-family: Inter, sans-serif; }</style>
</head><body>
<h1>Example Shop</h1>
<form><input name="email" aria-label="Email"><div class="g-recaptcha"></div><button>Sign up</button></form>
<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="320" height="180" title="Product video"></iframe>
<footer>© 2026 Example Shop Ltd, Hong Kong</footer>
</body></html>`;

const WORKING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
<link rel="stylesheet" href="/shop.css">
<link rel="stylesheet" href="https://fonts.loli.net/css2?family=Inter">
<script async src="https://hm.baidu.com/hm.js?abc"></script>
</head><body><h1>Example Shop</h1><footer>© 2026 Example Shop Ltd, Hong Kong</footer></body></html>`;

const SITES = {
  [SHOP]: {
    '/broken.html': html(BROKEN_PAGE),
    '/works.html': html(WORKING_PAGE),
    '/shop.css': { type: 'text/css', body: 'h1 { color: #123; }' },
    '/favicon.ico': { type: 'image/x-icon', body: '' },
  },
  'fonts.googleapis.com': {
    '/css2': {
      type: 'text/css',
      body: "@font-face { font-family: Inter; src: url(https://fonts.gstatic.com/s/inter/v13/inter.woff2) format('woff2'); }",
    },
  },
  'fonts.gstatic.com': { '/s/inter/v13/inter.woff2': { type: 'font/woff2', body: 'not really a font' } },
  'fonts.loli.net': { '/css2': { type: 'text/css', body: '' } },
  'www.google.com': { '/recaptcha/api.js': js() },
  'www.youtube.com': { '/embed/dQw4w9WgXcQ': html('<!doctype html><title>video</title><p>video</p>') },
  'www.google-analytics.com': { '/analytics.js': js() },
  'hm.baidu.com': { '/hm.js': js() },
  'maps.googleapis.com': { '/maps/api/js': js() },
};

const skip = !haveOpenssl();
if (skip) console.warn('readiness.e2e: openssl not found, so no certificate for the mapped hosts; skipped');

let sites: MappedSites;
let ext: Launched;

beforeAll(async () => {
  if (skip) return;
  sites = await startMappedSites(SITES, [SHOP]);
  ext = await launchWithExtension({ args: sites.args });
  mkdirSync(SHOTS_DIR, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await sites?.close();
});

type Groups = Record<string, string[]>;

/** Group → hosts as the popup lists them (also while the disclosure is closed). */
function listed(popup: Page): Promise<Groups> {
  return popup.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const group of document.querySelectorAll<HTMLElement>('[data-testid=readiness-group]')) {
      // Sorted: the order within a group follows request counts, which are not what is tested here.
      out[group.dataset.group ?? '?'] = [
        ...group.querySelectorAll<HTMLElement>('[data-testid=readiness-host]'),
      ]
        .map((h) => h.dataset.host ?? '')
        .sort();
    }
    return out;
  });
}

async function waitForHosts(popup: Page, expected: Groups, what: string): Promise<Groups> {
  await popup.locator('[data-testid=readiness]').waitFor({ timeout: 10_000 });
  return pollUntil(
    () => listed(popup),
    (groups) => JSON.stringify(groups) === JSON.stringify(expected),
    { timeout: 10_000, what },
  ).catch(async (error: unknown) => {
    // Show what the popup did list, not only that it was not the expected.
    expect(await listed(popup), String(error)).toEqual(expected);
    throw error;
  });
}

const verdict = async (popup: Page) =>
  (await popup.locator('[data-testid=readiness-verdict]').textContent())?.trim();

async function open(path: string): Promise<{ page: Page; tabId: number; popup: Page }> {
  const { page, tabId } = await openTab(ext);
  await page.goto(`http://${SHOP}/${path}`);
  const popup = await openPopup(ext, tabId);
  await popupRows(popup);
  return { page, tabId, popup };
}

/** Records a Hong Kong server for the tab, as the worker does for a page served from there. */
async function servedFromHongKong(tabId: number, url: string): Promise<void> {
  await ext.worker.evaluate(
    ([id, pageUrl, ip]) =>
      (
        globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }
      ).chrome.storage.session.set({
        [`hosting:${id}`]: { v: 1, url: pageUrl, ip, cached: false, observed: true, at: Date.now() },
      }),
    [tabId, url, HONG_KONG_IP] as const,
  );
}

async function screenshot(popup: Page, name: string): Promise<void> {
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
  await popup.screenshot({ path: join(SHOTS_DIR, `${name}-en-light.png`), fullPage: true });
}

describe.skipIf(skip)('readiness for visitors in mainland China', () => {
  it('lists exactly the failing hosts the page loads, by group, and follows new requests', async () => {
    const { page, tabId, popup } = await open('broken.html');
    const expected: Groups = {
      'held-up': ['fonts.googleapis.com', 'fonts.gstatic.com'],
      'features-fail': ['www.google.com/recaptcha/', 'www.youtube.com'],
      'tracking-only': ['www.google-analytics.com'],
    };
    await waitForHosts(popup, expected, 'the hosts of the broken page');
    expect(await popup.locator('[data-testid=readiness]').getAttribute('data-problem')).toBe('feature-fails');
    expect(await verdict(popup)).toBe(
      'Served from your own machine or network, but reCAPTCHA will not load: forms that need it fail (and 4 more)',
    );
    const recaptcha = popup.locator('[data-host="www.google.com/recaptcha/"]');
    expect(await recaptcha.getAttribute('data-status')).toBe('blocked');
    expect((await recaptcha.locator('[data-testid=readiness-requests]').textContent())?.trim()).toBe(
      '1 request',
    );
    expect(await popup.locator('[data-host="fonts.gstatic.com"]').getAttribute('data-status')).toBe(
      'unreliable-or-slow',
    );
    // Chromium asks the cache alone for the font first, then the network: one request.
    expect(
      (
        await popup.locator('[data-host="fonts.gstatic.com"] [data-testid=readiness-requests]').textContent()
      )?.trim(),
    ).toBe('1 request');
    expect(await popup.locator('[data-testid=readiness-list]').textContent()).toMatch(
      /Host list of \d{4}-\d{2}-\d{2}/,
    );

    // The disclosure, by keyboard.
    const toggle = popup.locator('[data-testid=readiness-toggle]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.locator('[data-testid=readiness-hosts]').isVisible()).toBe(false);
    await toggle.focus();
    await popup.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await popup.locator('[data-testid=readiness-hosts]').isVisible()).toBe(true);

    // The page loads a map while the popup is open: the popup follows.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://maps.googleapis.com/maps/api/js';
      document.head.append(script);
    });
    await waitForHosts(
      popup,
      {
        ...expected,
        'features-fail': ['maps.googleapis.com', 'www.google.com/recaptcha/', 'www.youtube.com'],
      },
      'the map loaded later',
    );

    // Served from Hong Kong: no filing needed, but the page still fails.
    await servedFromHongKong(tabId, `http://${SHOP}/broken.html`);
    await popup.reload();
    await popup.locator('[data-testid=readiness-verdict]').waitFor({ timeout: 10_000 });
    await pollUntil(
      () => verdict(popup),
      (text) =>
        text ===
        'Hosted outside the mainland (no ICP needed), but reCAPTCHA will not load: forms that need it fail (and 5 more)',
      { timeout: 10_000, what: 'the Hong Kong verdict' },
    );
    await popup.locator('[data-testid=readiness-toggle]').click();
    await screenshot(popup, 'readiness-fails');
    await popup.close();
    await page.close();
  });

  it('says "likely to work" for a page that loads nothing listed as failing', async () => {
    const { page, tabId, popup } = await open('works.html');
    await popup.locator('[data-testid=readiness]').waitFor({ timeout: 10_000 });
    await pollUntil(
      () => popup.locator('[data-testid=readiness-list]').textContent(),
      (text) => /Looked at [1-9]\d* requests/.test(text ?? ''),
      { timeout: 10_000, what: 'the requests of the working page' },
    );
    expect(await listed(popup)).toEqual({});
    expect(await popup.locator('[data-testid=readiness-toggle]').count()).toBe(0);
    expect(await verdict(popup)).toBe(
      'Served from your own machine or network: likely to work in mainland China',
    );

    await servedFromHongKong(tabId, `http://${SHOP}/works.html`);
    await popup.reload();
    await pollUntil(
      () => verdict(popup),
      (text) => text === 'Hosted outside the mainland (no ICP needed): likely to work in mainland China',
      { timeout: 10_000, what: 'the Hong Kong verdict' },
    );
    await screenshot(popup, 'readiness-works');
    await popup.close();
    await page.close();
  });

  it('served only the mapped hosts; no request left the machine', () => {
    expect(sites.missing).toEqual([]);
    expect(new Set(sites.served.map((s) => s.host))).toEqual(new Set(Object.keys(SITES)));
    expect(foreignRequests(ext, (url) => sites.hosts.includes(url.hostname))).toEqual([]);
    expect(ext.proxied.filter((line) => sites.hosts.some((h) => line.includes(h)))).toEqual([]);
  });
});
