// The batch check in the real browser against local sites: pages read (GBK too), every kind of
// failure named in its row (HTTP 500, not HTML, redirect loop, timeout, refused, unknown name,
// not a URL), progress, cancel with partial results kept, export parsed back, and "add to history".
//
// Host access: this build lists http/https in host_permissions (for the hosting check), so
// permissions.contains() is already true and no prompt appears; the test checks exactly that.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../unit/support/csv.ts';
import { foreignRequests } from './support/launch.ts';
import { download, openExtensionPage } from './support/pages.ts';
import { pollUntil } from './support/poll.ts';
import { useBrowserSession, useSites } from './support/session.ts';
import { isLocalSite, SITE_ARGS } from './support/sites.ts';

const session = useBrowserSession({ args: SITE_ARGS });
const sites = useSites();
let batch: Page;

const row = (input: string) => batch.locator(`[data-testid=result-row][data-input="${input}"]`);

async function runList(lines: string[], timeoutSec: number) {
  await batch.fill('[data-testid=list]', lines.join('\n'));
  await batch.fill('[data-testid=timeout]', String(timeoutSec));
  await batch.click('[data-testid=start]');
}

describe('batch check', () => {
  it('has host access without a prompt in this build', async () => {
    batch = await openExtensionPage(session.ext, 'batch');
    const granted = await batch.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        }
      ).chrome.permissions.contains({
        origins: ['http://*.beijing.example/*', 'https://*.beijing.example/*'],
      }),
    );
    expect(granted).toBe(true);
  });

  it('checks every line and says what went wrong where', async () => {
    const lines = {
      beijing: sites.url('beijing.example'),
      gbk: sites.url('gbk.example'),
      plain: sites.url('plain.example'),
      fail: sites.url('fail.example'),
      json: sites.url('json.example'),
      loop: sites.url('loop.example'),
      slow: sites.slowUrl('slow.example'),
      refused: sites.refusedUrl,
      nowhere: 'http://nowhere.example/',
      invalid: 'not a site',
    };
    await runList(Object.values(lines), 2);
    await batch.locator('[data-testid=progress-text][data-phase=done]').waitFor({ timeout: 30_000 });
    expect(await batch.locator('[data-testid=progress]').getAttribute('value')).toBe('10');

    expect(await row(lines.beijing).textContent()).toContain('京ICP备16045689号-1');
    expect(await row(lines.gbk).textContent()).toContain('粤ICP备17036581号');
    expect(await row(lines.plain).textContent()).toContain('No licence number found');
    const code = async (input: string) =>
      row(input).locator('[data-testid=row-error]').getAttribute('data-code');
    expect(await code(lines.fail)).toBe('http');
    expect(await row(lines.fail).textContent()).toContain('HTTP 500');
    expect(await code(lines.json)).toBe('not-html');
    expect(await code(lines.loop)).toBe('redirects');
    expect(await code(lines.slow)).toBe('timeout');
    expect(await code(lines.refused)).toBe('refused');
    expect(await code(lines.nowhere)).toBe('dns');
    expect(await code(lines.invalid)).toBe('invalid');

    const csv = await download(batch, '[data-testid=export-csv]');
    expect(csv.name).toMatch(/^icp-lens-batch-.*\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.text.slice(1));
    const header = rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const byInput = (input: string) => rows.filter((r) => r[col('input')] === input);
    expect(byInput(lines.beijing).map((r) => r[col('number')])).toEqual([
      '京ICP备16045689号-1',
      '京公网安备11010502038816号',
    ]);
    expect(byInput(lines.fail)[0]?.[col('error')]).toContain('500');
    expect(byInput(lines.invalid)[0]?.[col('error')]).toBe('Not a domain or http(s) URL');
    expect(new Set(rows.slice(1).map((r) => r[col('input')])).size).toBe(10);

    const json = await download(batch, '[data-testid=export-json]');
    const parsed = JSON.parse(json.text) as {
      sites: Array<{ input: string; domain: string; error?: string }>;
    };
    expect(parsed.sites.length).toBe(10);
    expect(parsed.sites.find((s) => s.input === lines.gbk)?.domain).toBe('gbk.example');
  });

  it('adds the pages it read to the history', async () => {
    await batch.click('[data-testid=add-history]');
    await batch.locator('[data-testid=added]', { hasText: '3' }).waitFor();
    const history = await openExtensionPage(session.ext, 'history');
    await history.locator('[data-testid=site-row]').nth(2).waitFor();
    const domains = await history
      .locator('[data-testid=site-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-domain')));
    expect(domains.sort()).toEqual(['beijing.example', 'gbk.example', 'plain.example']);
    expect(await history.locator('[data-testid=site-row]').first().textContent()).toContain(
      'from a batch check',
    );
    await history.close();
  });

  it('cancels: running requests stop and finished rows are kept', async () => {
    const slow = [1, 2, 3, 4, 5, 6].map((n) => sites.slowUrl(`slow${n}.example`));
    const first = sites.url('shanghai.example');
    await runList([first, ...slow], 60);
    await row(first).locator('.sites__number').waitFor();
    // Three slow pages are being fetched (concurrency 4, one slot used by the first page).
    await pollUntil(
      async () => sites.slowOpen(),
      (n) => n >= 3,
      { what: 'three slow requests open' },
    );
    await batch.click('[data-testid=cancel]');
    await batch.locator('[data-testid=progress-text][data-phase=cancelled]').waitFor();
    expect(await row(first).textContent()).toContain('沪ICP备17036581号');
    for (const url of slow) {
      expect(await row(url).locator('[data-testid=row-error]').getAttribute('data-code')).toBe('cancelled');
    }
    await pollUntil(
      async () => sites.slowOpen(),
      (n) => n === 0,
      { what: 'the slow requests to be aborted' },
    );
  });

  it('made no request beyond the listed sites and the extension', () => {
    expect(foreignRequests(session.ext, isLocalSite)).toEqual([]);
  });
});
