// A registry check as the user makes it, in Chromium with the built extension: the Beijing fixture
// page at its own host name (www.yuntu-video.cn), its popup, a click on "Check on MIIT" or "Police
// record", the imitation query site that the worker opens (test/e2e/registry-sites, served at the
// real host names), the search there (by XHR, by fetch, from an iframe), and the verdict that then
// appears under the card in the popup, which stays open. One case per verdict: match, another
// number, a borrowed number, an empty list, no answer (the firewall page, 429, 401, 500), a match on
// a page that names another operator, and the police record and a borrowed police number.
// Screenshots of each verdict go to test-results/screenshots/registry-*.png (`npm run screenshots`
// copies them to docs/screenshots/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HOSTS, MIIT_HOST, OTHER_OPERATOR_PATH, PAGE_HOST, PSB_HOST } from './registry-sites/handler.ts';
import { haveOpenssl, type RegistrySites, startRegistrySites } from './registry-sites/serve.ts';
import { badgeText, openPopup, openTab, popupRows } from './support/extension.ts';
import { foreignRequests, type Launched, launchWithExtension, RESULTS_DIR } from './support/launch.ts';
import { openExtensionPage, setRememberSites } from './support/pages.ts';
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

/** A fresh tab on the Beijing page (or `path` on its host) and its popup, opened as a page that stays open. */
async function beijingPopup(path = '/'): Promise<{ popup: Page; tab: Page }> {
  const { page: tab, tabId } = await openTab(ext);
  await tab.goto(`https://${PAGE_HOST}${path}`);
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

const SHOTS_DIR = join(RESULTS_DIR, 'screenshots');

async function screenshot(popup: Page, name: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await popup.bringToFront();
  await popup.emulateMedia({ colorScheme });
  mkdirSync(SHOTS_DIR, { recursive: true });
  await popup.screenshot({ path: join(SHOTS_DIR, `registry-${name}.png`), fullPage: true });
}

/** One check from the popup to the verdict under its card. */
interface Case {
  name: string;
  card: 'icp-filing' | 'psb';
  /** The page on the site's host that is checked; absent: the Beijing page. */
  page?: string;
  /** What the imitation answers, by `registry:query`: fixture names in test/fixtures/registry. */
  answers: Record<string, string>;
  /** Where to take the opened query page before searching (how its front-end calls the API). */
  via?: string;
  /** What to search for, in the iframe or not; absent: search with the box as the extension filled it. */
  search?: { text: string; frame?: boolean };
  outcome: string;
  tone: string;
  says: string[];
  shot: string;
  /** More to do and check once the verdict is there. */
  after?: (popup: Page, query: Page) => Promise<void>;
}

const MIIT_PAGE = `https://${MIIT_HOST}`;
const PSB_PAGE = `https://${PSB_HOST}`;

const CASES: Case[] = [
  {
    name: 'match (MIIT by XHR): the search box is filled with the domain; the record shows under the card',
    card: 'icp-filing',
    answers: { [`miit:${DOMAIN}`]: 'miit-list-yuntu.json' },
    outcome: 'miit-match',
    tone: 'ok',
    says: [
      `Matches the MIIT record: 北京云途文化传媒有限公司 (企业), ${FILING}, last updated 2024-05-20`,
      'Operator北京云途文化传媒有限公司',
      'Record date2024-05-20',
    ],
    shot: 'miit-match',
    async after(popup) {
      // The hint to go and search is gone once the answer is there, and only this card has a verdict.
      expect(await card(popup, 'icp-filing').locator('[data-testid=feedback]').textContent()).toBe('');
      expect(await popup.locator('[data-testid=registry-verdict]').count()).toBe(1);
    },
  },
  {
    name: 'another number (MIIT by fetch)',
    card: 'icp-filing',
    answers: { [`miit:${DOMAIN}`]: 'miit-list-yuntu-other.json' },
    via: `${MIIT_PAGE}/?via=fetch`,
    search: { text: DOMAIN },
    outcome: 'miit-other-number',
    tone: 'warn',
    says: [`MIIT lists 京ICP备20004321号-3 for ${DOMAIN}, not the number this page shows`],
    shot: 'miit-other-number',
  },
  {
    name: 'a borrowed number (MIIT from an iframe): the number is filed for another domain, named',
    card: 'icp-filing',
    answers: { [`miit:${FILING}`]: 'miit-list-yuntu-borrowed.json' },
    via: `${MIIT_PAGE}/?via=frame`,
    search: { text: FILING, frame: true },
    outcome: 'miit-borrowed',
    tone: 'bad',
    says: [
      `MIIT lists ${FILING} for cloudpath-media.cn (北京云程网络科技有限公司), not for this site: the number may be copied`,
    ],
    shot: 'miit-borrowed',
    after: (popup) => screenshot(popup, 'miit-borrowed-dark', 'dark'),
  },
  {
    name: 'an empty list (MIIT by XHR): no record, never "not filed"',
    card: 'icp-filing',
    answers: { [`miit:${DOMAIN}`]: 'miit-empty.json' },
    outcome: 'miit-no-record',
    tone: 'muted',
    says: [`MIIT returned no record for “${DOMAIN}”. This does not mean the site is not filed`],
    shot: 'miit-no-record',
  },
  {
    name: 'the firewall page, 429, 401 and 500 (MIIT by fetch): MIIT did not answer, try again later',
    card: 'icp-filing',
    answers: { [`miit:${DOMAIN}`]: 'waf-403.html' },
    via: `${MIIT_PAGE}/?via=fetch`,
    search: { text: DOMAIN },
    outcome: 'miit-no-answer',
    tone: 'muted',
    says: ['MIIT did not answer (its firewall blocked the query). Try again later.'],
    shot: 'miit-no-answer',
    async after(popup, query) {
      // The other refusals, one after another on the same query page: each replaces the last.
      for (const [fixture, reason] of [
        ['miit-429.json', 'too many queries'],
        ['miit-401-expired.json', 'the query page’s session expired: reload it'],
        ['miit-500.json', 'server error'],
      ] as const) {
        sites.answers.set(`miit:${DOMAIN}`, fixture);
        await search(query, DOMAIN);
        const text = `MIIT did not answer (${reason}). Try again later.`;
        await pollUntil(
          async () =>
            (await card(popup, 'icp-filing').locator('[data-testid=registry-verdict-text]').textContent()) ??
            '',
          (seen) => seen === text,
          { timeout: 15_000, what: `the verdict for ${fixture}` },
        );
      }
    },
  },
  {
    name: 'the operator differs (MIIT by XHR): the numbers match, the page names another operator',
    card: 'icp-filing',
    page: OTHER_OPERATOR_PATH,
    answers: { [`miit:${DOMAIN}`]: 'miit-list-yuntu.json' },
    outcome: 'miit-match',
    tone: 'warn',
    says: [
      `Matches the MIIT record: 北京云途文化传媒有限公司 (企业), ${FILING}`,
      'The page names the operator “北京星河互动科技有限公司”; the registry names “北京云途文化传媒有限公司”.',
    ],
    shot: 'miit-operator-differs',
  },
  {
    name: 'the police record (by fetch): the page’s number and its police office',
    card: 'psb',
    answers: { [`psb:${DOMAIN}`]: 'psb-yuntu.json' },
    outcome: 'psb-match',
    tone: 'ok',
    says: [
      'Matches the police record: 京公网安备11010502038816号, filed with 北京市公安局朝阳分局 on 2017-03-08',
      'Police office北京市公安局朝阳分局',
    ],
    shot: 'psb-match',
  },
  {
    name: 'a borrowed police number (by XHR), found by the 14 digits',
    card: 'psb',
    answers: { 'psb:11010502038816': 'psb-yuntu-borrowed.json' },
    via: `${PSB_PAGE}/?via=xhr`,
    search: { text: '11010502038816' },
    outcome: 'psb-borrowed',
    tone: 'bad',
    says: [
      'The police registry lists 京公网安备11010502038816号 for cloudpath-media.cn (filed with 北京市公安局朝阳分局)',
    ],
    shot: 'psb-borrowed',
  },
];

/** The query page a check of `kind` opens (the police page by the number's digits). */
const OPENED: Record<Case['card'], string> = {
  'icp-filing': `${MIIT_PAGE}/`,
  psb: `${PSB_PAGE}/#/query/webSearch?code=11010502038816`,
};

describe.skipIf(skip)('registry check from the popup', () => {
  it.each(CASES)('$name', async (c) => {
    for (const [key, fixture] of Object.entries(c.answers))
      sites.answers.set(key as `miit:${string}`, fixture);
    const { popup } = await beijingPopup(c.page);
    const query = await startCheck(popup, c.card);
    expect(query.url()).toBe(OPENED[c.card]);
    expect(await card(popup, c.card).locator('[data-testid=feedback]').textContent()).toContain(
      'Solve the CAPTCHA',
    );
    // The relay types the domain into the box of the page the check opened.
    await pollUntil(
      () => query.locator('#q').inputValue(),
      (value) => value === DOMAIN,
      { what: 'the search box to be filled with the domain' },
    );
    if (c.via) await query.goto(c.via);
    if (c.search) await search(query, c.search.text, c.search.frame);
    else await query.locator('#go').click();
    const seen = await verdict(popup, c.card, c.outcome);
    expect(seen.tone).toBe(c.tone);
    for (const part of c.says) expect(seen.text).toContain(part);
    await screenshot(popup, c.shot);
    await c.after?.(popup, query);
    await query.close();
    await popup.close();
  });

  it('with the history on, the verdict goes to the site’s row, and a row starts a check of its own', async () => {
    await setRememberSites(ext, true);
    sites.answers.set(`miit:${DOMAIN}`, 'miit-list-yuntu.json');
    sites.answers.set(`psb:${DOMAIN}`, 'psb-yuntu.json');
    const { popup, tab } = await beijingPopup();
    const miitPage = await startCheck(popup, 'icp-filing');
    await pollUntil(
      () => miitPage.locator('#q').inputValue(),
      (value) => value === DOMAIN,
      { what: 'the search box to be filled with the domain' },
    );
    await miitPage.locator('#go').click();
    await verdict(popup, 'icp-filing', 'miit-match');
    await miitPage.close();
    await popup.close();
    await tab.close();

    const history = await openExtensionPage(ext, 'history');
    const row = history.locator(`[data-testid=site-row][data-domain="${DOMAIN}"]`);
    const shorts = () =>
      row.locator('[data-testid=registry-short]').evaluateAll((els) =>
        // The short verdict, without the sentence kept for screen readers.
        els.map((e) => `${e.getAttribute('data-outcome')} ${e.firstChild?.textContent}`),
      );
    await pollUntil(shorts, (seen) => seen.length === 1, { what: 'the MIIT verdict in the history row' });
    expect(await shorts()).toEqual(['miit-match MIIT: matches']);

    // "Police record" on the row: the worker opens the police page for the row's domain.
    const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
    await row.locator('[data-testid=row-check-psb]').click();
    const psbPage = await opened;
    await psbPage.waitForLoadState('domcontentloaded');
    expect(psbPage.url()).toBe(OPENED.psb);
    await pollUntil(
      () => psbPage.locator('#q').inputValue(),
      (value) => value === DOMAIN,
      { what: 'the police search box to be filled with the domain' },
    );
    await psbPage.locator('#go').click();
    await pollUntil(shorts, (seen) => seen.length === 2, { what: 'the police verdict in the history row' });
    expect(await shorts()).toEqual(['miit-match MIIT: matches', 'psb-match Police: matches']);
    await psbPage.close();
    await history.bringToFront();
    mkdirSync(SHOTS_DIR, { recursive: true });
    await history.screenshot({ path: join(SHOTS_DIR, 'registry-history-row.png'), fullPage: true });
    await history.close();
    await setRememberSites(ext, false);
  });

  it('made no request but to the imitation sites', () => {
    expect(foreignRequests(ext, (url) => HOSTS.includes(url.hostname))).toEqual([]);
  });
});
