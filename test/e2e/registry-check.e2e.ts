// A registry check as the user makes it, in Chromium with the built extension: the Beijing fixture
// page at its own host name (www.yuntu-video.cn), its popup, a click on "Check on MIIT" or "Police
// record", the imitation query site that the worker opens (test/e2e/registry-sites, served at the
// real host names), the search there (by XHR, by fetch, from an iframe), and the verdict that then
// appears under the card in the popup, which stays open. One case per verdict: match, another
// number, a borrowed number, an empty list, no answer (the firewall page, 429, 401, 500), and the
// police record and a borrowed police number. Screenshots of each verdict go to test-results/registry-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HOSTS, MIIT_HOST, PAGE_HOST, PSB_HOST } from './registry-sites/handler.ts';
import { haveOpenssl, type RegistrySites, startRegistrySites } from './registry-sites/serve.ts';
import { badgeText, openPopup, openTab, popupRows } from './support/extension.ts';
import { foreignRequests, type Launched, launchWithExtension, RESULTS_DIR } from './support/launch.ts';
import { pollUntil } from './support/poll.ts';

let sites: RegistrySites;
let ext: Launched;

const skip = !haveOpenssl();
if (skip)
  console.warn('registry-check.e2e: openssl not found, so no certificate for the imitation sites; skipped');

beforeAll(async () => {
  if (skip) return;
  sites = await startRegistrySites();
  ext = await launchWithExtension({ args: sites.args });
});

afterAll(async () => {
  await ext?.close();
  await sites?.close();
});

beforeEach(() => {
  sites?.answers.clear();
});

const FILING = '京ICP备16045689号-1';
const DOMAIN = 'yuntu-video.cn';

/** A fresh tab on the Beijing page and its popup, opened as a page that stays open. */
async function beijingPopup(): Promise<{ popup: Page; tab: Page }> {
  const { page: tab, tabId } = await openTab(ext);
  await tab.goto(`https://${PAGE_HOST}/`);
  await pollUntil(
    () => badgeText(ext, tabId),
    (text) => text === '京',
    { what: 'the badge of the Beijing page' },
  );
  const popup = await openPopup(ext, tabId);
  await popupRows(popup);
  return { popup, tab };
}

const card = (popup: Page, kind: string) => popup.locator(`[data-testid=licence][data-kind=${kind}]`);

/** Clicks the check action on a card and returns the query page the worker opened. */
async function startCheck(popup: Page, kind: 'icp-filing' | 'psb'): Promise<Page> {
  const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
  await card(popup, kind)
    .locator(kind === 'psb' ? '[data-testid=open-psb]' : '[data-testid=open-miit]')
    .click();
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

async function search(page: Page, text: string, frame = false): Promise<void> {
  const root = frame ? page.frameLocator('#frame') : page;
  await root.locator('#q').fill(text);
  await root.locator('#go').click();
}

interface Seen {
  outcome: string | null;
  tone: string | null;
  text: string;
}

/** Waits for the popup's verdict under `kind`'s card to become `outcome`, and reads it. */
async function verdict(popup: Page, kind: string, outcome: string): Promise<Seen> {
  const box = card(popup, kind).locator('[data-testid=registry-verdict]');
  await pollUntil(
    () => box.getAttribute('data-outcome', { timeout: 1_000 }),
    (code) => code === outcome,
    { timeout: 15_000, what: `the popup's ${outcome} verdict` },
  );
  return {
    outcome: await box.getAttribute('data-outcome'),
    tone: await box.getAttribute('data-tone'),
    text: (await box.textContent()) ?? '',
  };
}

async function screenshot(popup: Page, name: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await popup.bringToFront();
  await popup.emulateMedia({ colorScheme });
  await popup.screenshot({ path: join(RESULTS_DIR, `registry-${name}.png`), fullPage: true });
}

describe.skipIf(skip)('registry check from the popup', () => {
  it('match (MIIT by XHR): the search box is filled with the domain; the record shows under the card', async () => {
    sites.answers.set(`miit:${DOMAIN}`, 'miit-list-yuntu.json');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'icp-filing');
    expect(new URL(query.url()).host).toBe(MIIT_HOST);
    expect(await card(popup, 'icp-filing').locator('[data-testid=feedback]').textContent()).toContain(
      'Solve the CAPTCHA',
    );
    await pollUntil(
      () => query.locator('#q').inputValue(),
      (value) => value === DOMAIN,
      { what: 'the search box to be filled with the domain' },
    );
    await query.locator('#go').click();
    const seen = await verdict(popup, 'icp-filing', 'miit-match');
    expect(seen.tone).toBe('ok');
    expect(seen.text).toContain(
      `Matches the MIIT record: 北京云途文化传媒有限公司 (企业), ${FILING}, last updated 2024-05-20`,
    );
    expect(seen.text).toContain('Operator北京云途文化传媒有限公司');
    expect(seen.text).toContain('Record date2024-05-20');
    // The hint to go and search is gone once the answer is there.
    expect(await card(popup, 'icp-filing').locator('[data-testid=feedback]').textContent()).toBe('');
    // Only the checked card carries the verdict.
    expect(await popup.locator('[data-testid=registry-verdict]').count()).toBe(1);
    await screenshot(popup, 'miit-match');
    await query.close();
    await popup.close();
  });

  it('another number (MIIT by fetch)', async () => {
    sites.answers.set(`miit:${DOMAIN}`, 'miit-list-yuntu-other.json');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'icp-filing');
    await query.goto(`https://${MIIT_HOST}/?via=fetch`);
    await search(query, DOMAIN);
    const seen = await verdict(popup, 'icp-filing', 'miit-other-number');
    expect(seen.tone).toBe('warn');
    expect(seen.text).toContain(
      `MIIT lists 京ICP备20004321号-3 for ${DOMAIN}, not the number this page shows`,
    );
    await screenshot(popup, 'miit-other-number');
    await query.close();
    await popup.close();
  });

  it('a borrowed number (MIIT from an iframe): the number is filed for another domain, named', async () => {
    sites.answers.set(`miit:${FILING}`, 'miit-list-yuntu-borrowed.json');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'icp-filing');
    await query.goto(`https://${MIIT_HOST}/?via=frame`);
    await search(query, FILING, true);
    const seen = await verdict(popup, 'icp-filing', 'miit-borrowed');
    expect(seen.tone).toBe('bad');
    expect(seen.text).toContain(
      `MIIT lists ${FILING} for cloudpath-media.cn (北京云程网络科技有限公司), not for this site: the number may be copied`,
    );
    await screenshot(popup, 'miit-borrowed');
    await screenshot(popup, 'miit-borrowed-dark', 'dark');
    await query.close();
    await popup.close();
  });

  it('an empty list (MIIT by XHR): no record, never "not filed"', async () => {
    sites.answers.set(`miit:${DOMAIN}`, 'miit-empty.json');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'icp-filing');
    await search(query, DOMAIN);
    const seen = await verdict(popup, 'icp-filing', 'miit-no-record');
    expect(seen.tone).toBe('muted');
    expect(seen.text).toContain(
      `MIIT returned no record for “${DOMAIN}”. This does not mean the site is not filed`,
    );
    await screenshot(popup, 'miit-no-record');
    await query.close();
    await popup.close();
  });

  it('the firewall page, 429, 401 and 500 (MIIT by fetch): MIIT did not answer, try again later', async () => {
    sites.answers.set(`miit:${DOMAIN}`, 'waf-403.html');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'icp-filing');
    await query.goto(`https://${MIIT_HOST}/?via=fetch`);
    await search(query, DOMAIN);
    const seen = await verdict(popup, 'icp-filing', 'miit-no-answer');
    expect(seen.text).toContain('MIIT did not answer (its firewall blocked the query). Try again later.');
    await screenshot(popup, 'miit-no-answer');
    // The other refusals, one after another on the same query page: each replaces the last.
    for (const [fixture, reason] of [
      ['miit-429.json', 'too many queries'],
      ['miit-401-expired.json', 'the query page’s session expired: reload it'],
      ['miit-500.json', 'server error'],
    ]) {
      sites.answers.set(`miit:${DOMAIN}`, fixture as string);
      await search(query, DOMAIN);
      const text = `MIIT did not answer (${reason}). Try again later.`;
      await pollUntil(
        async () =>
          (await card(popup, 'icp-filing').locator('[data-testid=registry-verdict-text]').textContent()) ??
          '',
        (seenText) => seenText === text,
        { timeout: 15_000, what: `the verdict for ${fixture}` },
      );
    }
    await query.close();
    await popup.close();
  });

  it('the police record (by fetch): the page’s number and its police office', async () => {
    sites.answers.set(`psb:${DOMAIN}`, 'psb-yuntu.json');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'psb');
    expect(query.url()).toBe(`https://${PSB_HOST}/#/query/webSearch?code=11010502038816`);
    await pollUntil(
      () => query.locator('#q').inputValue(),
      (value) => value === DOMAIN,
      { what: 'the police search box to be filled with the domain' },
    );
    await query.locator('#go').click();
    const seen = await verdict(popup, 'psb', 'psb-match');
    expect(seen.tone).toBe('ok');
    expect(seen.text).toContain(
      'Matches the police record: 京公网安备11010502038816号, filed with 北京市公安局朝阳分局 on 2017-03-08',
    );
    expect(seen.text).toContain('Police office北京市公安局朝阳分局');
    await screenshot(popup, 'psb-match');
    await query.close();
    await popup.close();
  });

  it('a borrowed police number (by XHR), found by the 14 digits', async () => {
    sites.answers.set('psb:11010502038816', 'psb-yuntu-borrowed.json');
    const { popup } = await beijingPopup();
    const query = await startCheck(popup, 'psb');
    await query.goto(`https://${PSB_HOST}/?via=xhr`);
    await search(query, '11010502038816');
    const seen = await verdict(popup, 'psb', 'psb-borrowed');
    expect(seen.tone).toBe('bad');
    expect(seen.text).toContain(
      'The police registry lists 京公网安备11010502038816号 for cloudpath-media.cn (filed with 北京市公安局朝阳分局)',
    );
    await screenshot(popup, 'psb-borrowed');
    await query.close();
    await popup.close();
  });

  it('made no request but to the imitation sites', () => {
    expect(foreignRequests(ext, (url) => HOSTS.includes(url.hostname))).toEqual([]);
  });
});
