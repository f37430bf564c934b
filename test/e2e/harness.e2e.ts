// The harness itself: server, browser, extension, service worker, tab ids, badge and popup page.
// These pass as soon as `npm run build` produces a loadable extension, whatever the features do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeText, manifest, openPopup, openTab, setBadge, waitForBadge } from './support/extension.ts';
import { ROOT } from './support/launch.ts';
import { pollUntil } from './support/poll.ts';
import { useBrowserSession } from './support/session.ts';

const sourceManifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  permissions: string[];
};

const session = useBrowserSession();

describe('e2e harness', () => {
  it('serves the fixture pages as UTF-8 from 127.0.0.1', async () => {
    const res = await fetch(session.server.url('beijing.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('京ICP备16045689号-1');
    expect((await fetch(session.server.url('../package.json'))).status).not.toBe(200);
  });

  it('loads the built extension and finds its service worker', async () => {
    expect(session.ext.extensionId).toMatch(/^[a-p]{32}$/);
    const m = await manifest(session.ext);
    expect(m.name).toBe('ICP Lens');
    // Whatever manifest.json asks for; host permissions only for http(s), which webRequest needs to
    // see which IP served a page (issue 4).
    expect(m.permissions).toEqual(sourceManifest.permissions);
    expect(m.permissions).not.toContain('tabs');
    expect(m.host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts?.[0]?.matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('finds the tab id of a new tab and reads and writes its badge', async () => {
    const { page, tabId } = await openTab(session.ext);
    const title = () =>
      session.ext.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } };
            }
          ).chrome.action.getTitle({ tabId: id }),
        tabId,
      );
    const untouched = await title();
    await page.goto(session.server.url('overseas-english.html'));
    expect(typeof (await badgeText(session.ext, tabId))).toBe('string');
    // Let the extension's own badge for the page land first (it sets text and title together), so
    // it cannot overwrite the value written below.
    await pollUntil(title, (t) => t !== untouched, { what: 'the badge title of the scanned page' });
    await setBadge(session.ext, tabId, '测');
    expect(await waitForBadge(session.ext, tabId, '测')).toBe('测');
    await setBadge(session.ext, tabId, '');
    await page.close();
  });

  it('opens the popup as a page for a given tab', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));
    const popup = await openPopup(session.ext, tabId);
    expect(popup.url()).toContain(`?tabId=${tabId}`);
    await popup.locator('body *').first().waitFor({ state: 'attached' });
    expect(await popup.title()).toBe('ICP Lens');
    await popup.close();
    await page.close();
  });
});
