// The popup in both languages and both themes, with Chromium started in that language and colour
// scheme. Saves test-results/screenshots/popup-<lang>-<theme>.png; `npm run screenshots` copies them to
// docs/screenshots/, which the README shows (a test run never changes tracked files). The Beijing page
// is served as www.yuntu-video.cn (mapped to 127.0.0.1) so the header shows a real-looking domain.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, openTab, popupRows, waitForBadge } from './support/extension.ts';
import { type Launched, launchWithExtension, PAGES_DIR, RESULTS_DIR } from './support/launch.ts';
import { type FixtureServer, startServer } from './support/server.ts';

const SHOTS_DIR = join(RESULTS_DIR, 'screenshots');
const HOST = 'www.yuntu-video.cn';

interface Variant {
  lang: 'en' | 'zh';
  theme: 'light' | 'dark';
  /** Text the status line must show in that language. */
  status: string;
  kind: string;
}

const VARIANTS: Variant[] = [
  { lang: 'en', theme: 'light', status: 'Commercial licence + filing · Beijing', kind: 'ICP licence' },
  { lang: 'en', theme: 'dark', status: 'Commercial licence + filing · Beijing', kind: 'ICP licence' },
  { lang: 'zh', theme: 'light', status: '经营许可证 + 备案 · 北京市', kind: 'ICP 经营许可证' },
  { lang: 'zh', theme: 'dark', status: '经营许可证 + 备案 · 北京市', kind: 'ICP 经营许可证' },
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer(PAGES_DIR);
  mkdirSync(SHOTS_DIR, { recursive: true });
});
afterAll(() => server?.close());

describe('popup screenshots, languages and themes', () => {
  for (const v of VARIANTS) {
    it(`${v.lang} ${v.theme}`, async () => {
      const chromeLang = v.lang === 'zh' ? 'zh-CN' : 'en-US';
      const ext: Launched = await launchWithExtension({
        colorScheme: v.theme,
        args: [
          `--lang=${chromeLang}`,
          `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
          `--proxy-bypass-list=${HOST}`,
        ],
        env: { LANGUAGE: chromeLang.replace('-', '_'), LANG: `${chromeLang.replace('-', '_')}.UTF-8` },
      });
      try {
        const { page, tabId } = await openTab(ext);
        await page.goto(server.url('beijing.html').replace('127.0.0.1', HOST));
        expect(await waitForBadge(ext, tabId, '京')).toBe('京');
        const popup = await openPopup(ext, tabId);
        await popupRows(popup);
        await popup.setViewportSize({ width: 380, height: 600 });
        expect(await popup.locator('[data-testid=site]').textContent()).toBe('yuntu-video.cn');
        expect(await popup.locator('[data-testid=status]').textContent()).toBe(v.status);
        expect(await popup.locator('[data-testid=licence] h2').first().textContent()).toBe(v.kind);
        const background = await popup.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(background).toBe(v.theme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
        await popup.screenshot({ path: join(SHOTS_DIR, `popup-${v.lang}-${v.theme}.png`), fullPage: true });
        // Only the fixture server (under either name) and the extension itself were contacted.
        const own = `chrome-extension://${ext.extensionId}/`;
        const foreign = ext.requests.filter(
          ({ url }) =>
            !url.startsWith(`${server.origin}/`) &&
            !url.startsWith(`http://${HOST}:`) &&
            !url.startsWith(own) &&
            !/^(data|about|blob):/.test(url),
        );
        expect(foreign).toEqual([]);
      } finally {
        await ext.close();
      }
    });
  }
});
