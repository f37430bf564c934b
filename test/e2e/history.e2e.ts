// The site history in the real browser: off by default; once on, pages on real-looking domains are
// remembered (local addresses are not), and the history page searches, filters, sorts, charts and
// exports them; "clear history" in the options empties it (through the background, the history's
// one writer).
import { describe, expect, it } from 'vitest';
import { readCsv } from '../unit/support/csv.ts';
import { openTab, waitForBadge } from './support/extension.ts';
import { foreignRequests } from './support/launch.ts';
import { download, openExtensionPage, setRememberSites } from './support/pages.ts';
import { pollUntil } from './support/poll.ts';
import { useBrowserSession, useSites } from './support/session.ts';
import { isLocalSite, SITE_ARGS } from './support/sites.ts';

const session = useBrowserSession({ args: SITE_ARGS });
const sites = useSites();

async function visit(url: string, badge?: string) {
  const { page, tabId } = await openTab(session.ext);
  await page.goto(url);
  if (badge !== undefined) expect(await waitForBadge(session.ext, tabId, badge)).toBe(badge);
  return page;
}

const rowDomains = async (page: import('playwright-core').Page) =>
  page
    .locator('[data-testid=site-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-domain')));

/** The rows once the worker has answered the latest query: polled, since answers are asynchronous. */
const rowsBecome = (page: import('playwright-core').Page, expected: readonly string[]) =>
  pollUntil(
    () => rowDomains(page),
    (rows) => JSON.stringify(rows) === JSON.stringify(expected),
    { timeout: 5_000, what: `rows ${expected.join(', ')}` },
  );

describe('history', () => {
  it('remembers nothing while off (the default)', async () => {
    const page = await visit(sites.url('beijing.example'), '京');
    await page.close();
    const history = await openExtensionPage(session.ext, 'history');
    await history.locator('[data-testid=history-empty]').waitFor();
    await history.locator('[data-testid=history-off]').waitFor();
    // The options page is the settings' one writer: "Turn it on" takes the user there.
    const [options] = await Promise.all([
      session.ext.context.waitForEvent('page', (p) => p.url().includes('/src/options/index.html')),
      history.click('[data-testid=history-turn-on]'),
    ]);
    await options.locator('[data-testid=remember-sites]').waitFor();
    expect(await options.locator('[data-testid=remember-sites]').isChecked()).toBe(false);
    await options.close();
    await history.close();
  });

  it('remembers public sites once on, never local ones, and shows them', async () => {
    await setRememberSites(session.ext, true);
    for (const [url, badge] of [
      [session.server.url('beijing.html'), '京'],
      [sites.url('shanghai.example'), '沪'],
      [sites.url('commercial.example'), '粤'],
      [sites.url('beijing.example', '/again'), '京'],
    ] as const) {
      await (await visit(url, badge)).close();
    }
    await (await visit(sites.url('plain.example'))).close();

    const history = await openExtensionPage(session.ext, 'history');
    await history.locator('[data-testid=site-row]').nth(3).waitFor();
    expect((await rowDomains(history)).sort()).toEqual([
      'beijing.example',
      'commercial.example',
      'plain.example',
      'shanghai.example',
    ]);
    expect(await history.locator('[data-testid=history-off]').count()).toBe(0);
    const beijing = history.locator('[data-testid=site-row][data-domain="beijing.example"]');
    expect(await beijing.getAttribute('data-status')).toBe('filing');
    expect(await beijing.textContent()).toContain('京公网安备11010502038816号');

    // Chart: one site each for Beijing, Shanghai and Guangdong.
    const bars = history.locator('[data-testid=province-chart] button');
    expect(
      await bars.evaluateAll((b) =>
        b.map((x) => [x.getAttribute('data-province'), x.getAttribute('data-count')]),
      ),
    ).toEqual([
      ['11', '1'],
      ['31', '1'],
      ['44', '1'],
    ]);

    // Search, filters and sort.
    await history.fill('[data-testid=search]', 'shang');
    await rowsBecome(history, ['shanghai.example']);
    await history.fill('[data-testid=search]', '');
    await history.selectOption('[data-testid=filter-status]', 'commercial');
    await rowsBecome(history, ['commercial.example']);
    await history.selectOption('[data-testid=filter-status]', '');
    await history.selectOption('[data-testid=filter-kind]', 'psb');
    await rowsBecome(history, ['beijing.example']);
    await history.selectOption('[data-testid=filter-kind]', '');
    await history.selectOption('[data-testid=filter-province]', 'none');
    await rowsBecome(history, ['plain.example']);
    await history.selectOption('[data-testid=filter-province]', '');
    await history.selectOption('[data-testid=sort]', 'domain');
    await rowsBecome(history, ['beijing.example', 'commercial.example', 'plain.example', 'shanghai.example']);

    // Keyboard: a chart bar is a button; Enter filters to its province, Enter again clears it.
    await bars.nth(1).focus();
    await history.keyboard.press('Enter');
    await rowsBecome(history, ['shanghai.example']);
    await history.keyboard.press('Enter');
    await pollUntil(
      () => rowDomains(history),
      (rows) => rows.length === 4,
      { timeout: 5_000, what: 'all four rows again' },
    );
    await history.close();
  });

  it('exports CSV (BOM, CRLF) and JSON that parse back', async () => {
    const history = await openExtensionPage(session.ext, 'history');
    await history.locator('[data-testid=site-row]').nth(3).waitFor();

    const csv = await download(history, '[data-testid=export-csv]');
    expect(csv.name).toMatch(/^icp-lens-history-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv.text.slice(1));
    const header = rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const numbers = rows.slice(1).map((r) => `${r[col('domain')]} ${r[col('number')]} ${r[col('province')]}`);
    expect(numbers.sort()).toEqual([
      'beijing.example 京ICP备16045689号-1 北京市',
      'beijing.example 京公网安备11010502038816号 北京市',
      'commercial.example 粤B2-20090059 广东省',
      'commercial.example 粤ICP证030173号 广东省',
      'plain.example  ',
      'shanghai.example 沪ICP备17036581号 上海市',
    ]);
    // Served from 127.0.0.1: the hosting verdict is "local" (or "unknown" when the page was scanned
    // before the browser reported its address).
    for (const row of rows.slice(1)) expect(['local', 'unknown']).toContain(row[col('hosting')]);

    const json = await download(history, '[data-testid=export-json]');
    const parsed = JSON.parse(json.text) as { sites: Array<{ domain: string; licences: unknown[] }> };
    expect(parsed.sites.map((s) => s.domain).sort()).toEqual([
      'beijing.example',
      'commercial.example',
      'plain.example',
      'shanghai.example',
    ]);
    await history.close();
  });

  it('"clear history" in the options empties it', async () => {
    const history = await openExtensionPage(session.ext, 'history');
    await history.locator('[data-testid=site-row]').first().waitFor();
    const options = await openExtensionPage(session.ext, 'options');
    await options.click('[data-testid=clear-history]');
    await options.locator('[data-testid=history-cleared]', { hasText: /\S/ }).waitFor();
    // The open history page follows storage changes.
    await history.locator('[data-testid=history-empty]').waitFor();
    await options.close();
    await history.close();
  });

  it('made no request beyond the local sites and the extension', () => {
    expect(foreignRequests(session.ext, isLocalSite)).toEqual([]);
  });
});
