// What a person sees on typical Chinese footers: the badge shows the province of the page's primary
// ICP number (Province.abbr as src/core/provinces.ts defines it), the popup lists every licence.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provinceByChar } from '../../src/core/provinces.ts';
import type { Province } from '../../src/core/types.ts';
import {
  openPopup,
  openTab,
  type PopupRow,
  popupRows,
  settledBadge,
  waitForBadge,
} from './support/extension.ts';
import { foreignRequests, RESULTS_DIR } from './support/launch.ts';
import { expectEmptyPopup, useBrowserSession } from './support/session.ts';

function province(char: string): Province {
  const p = provinceByChar(char);
  if (!p) throw new Error(`no province for ${char}`);
  return p;
}

interface Expected {
  kind: string;
  /** Canonical number, or a pattern where the canonical form is not pinned down (culture brackets). */
  number: string | RegExp;
  /** Prefix character of the number; the row must name this province in Chinese and English. */
  prefix: string;
}

interface Case {
  name: string;
  page: string;
  /** Prefix character of the primary ICP number; the badge must be that province's abbr. */
  icp: string;
  licences: Expected[];
  screenshot?: string;
}

const CASES: Case[] = [
  {
    name: 'Beijing commercial site: ICP licence, ICP filing, PSB, culture and telecom licences',
    page: 'beijing.html',
    icp: '京',
    screenshot: 'popup-beijing.png',
    licences: [
      { kind: 'icp-license', number: '京ICP证160517号', prefix: '京' },
      { kind: 'icp-filing', number: '京ICP备16045689号-1', prefix: '京' },
      { kind: 'psb', number: '京公网安备11010502038816号', prefix: '京' },
      { kind: 'culture-license', number: /^京网文[〔[(（]2019[〕\])）]2847-311号$/, prefix: '京' },
      { kind: 'telecom-license', number: '京B2-20191236', prefix: '京' },
    ],
  },
  {
    name: 'Sichuan: 蜀ICP备 filing and 川公网安备 PSB filing',
    page: 'sichuan.html',
    icp: '蜀',
    licences: [
      { kind: 'icp-filing', number: '蜀ICP备2021014853号-2', prefix: '蜀' },
      { kind: 'psb', number: '川公网安备51010702002736号', prefix: '川' },
    ],
  },
  {
    name: 'Guangdong, traditional characters, number split across spans',
    page: 'guangdong-traditional.html',
    icp: '粤',
    licences: [{ kind: 'icp-filing', number: '粤ICP备17046231号-3', prefix: '粤' }],
  },
  {
    name: 'Shanghai: numbers in a bottom bar at the end of the body, no <footer>',
    page: 'shanghai-no-footer.html',
    icp: '沪',
    licences: [
      { kind: 'icp-filing', number: '沪ICP备13041765号-1', prefix: '沪' },
      { kind: 'psb', number: '沪公网安备31010402008541号', prefix: '沪' },
    ],
  },
  {
    name: 'Guizhou: 黔ICP备 filing and 贵公网安备 PSB filing',
    page: 'guizhou.html',
    icp: '黔',
    licences: [
      { kind: 'icp-filing', number: '黔ICP备18007264号-1', prefix: '黔' },
      { kind: 'psb', number: '贵公网安备52011502001467号', prefix: '贵' },
    ],
  },
];

const session = useBrowserSession();
mkdirSync(RESULTS_DIR, { recursive: true });

function matches(row: PopupRow, want: Expected): boolean {
  if (row.kind !== want.kind) return false;
  return typeof want.number === 'string' ? row.number === want.number : want.number.test(row.number);
}

describe('footers', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { page, tabId } = await openTab(session.ext);
      await page.goto(session.server.url(c.page));

      const abbr = province(c.icp).abbr;
      expect(await waitForBadge(session.ext, tabId, abbr), `badge of ${c.page}`).toBe(abbr);

      const popup = await openPopup(session.ext, tabId);
      const rows = await popupRows(popup);
      expect(await popup.locator('[data-testid=empty]').count()).toBe(0);
      for (const want of c.licences) {
        const row = rows.find((r) => matches(r, want));
        expect(row, `${want.kind} ${want.number} in ${JSON.stringify(rows)}`).toBeDefined();
        const p = province(want.prefix);
        expect(row?.province).toContain(p.zh);
        expect(row?.province).toContain(p.en);
      }
      expect(rows, 'no licence beyond the ones on the page').toHaveLength(c.licences.length);

      if (c.screenshot) await popup.screenshot({ path: join(RESULTS_DIR, c.screenshot), fullPage: true });
      await popup.close();
      await page.close();
    });
  }

  it('English overseas page without a number: empty badge, popup shows the empty state', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('overseas-english.html'));
    expect(await settledBadge(session.ext, tabId)).toBe('');
    await expectEmptyPopup(session.ext, tabId);
    await page.close();
  });

  it('the extension made no network request beyond the fixture server', () => {
    expect(session.ext.requests.length, 'requests were recorded at all').toBeGreaterThan(0);
    expect(foreignRequests(session.ext, session.server.origin)).toEqual([]);
    if (session.ext.proxied.length)
      console.info('Chromium housekeeping caught by the local proxy:', session.ext.proxied);
  });
});
