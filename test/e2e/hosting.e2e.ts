// Hosting check in the real browser: a page served from 127.0.0.1 is recognised as local network,
// from the IP that webRequest reports, and the popup says so without a verdict.
import { describe, expect, it } from 'vitest';
import { openPopup, openTab, stopServiceWorker } from './support/extension.ts';
import { foreignRequests } from './support/launch.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

describe('hosting', () => {
  it('shows the local-network state for a page on 127.0.0.1', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));

    const popup = await openPopup(session.ext, tabId);
    const panel = popup.locator('[data-testid=hosting]');
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.getAttribute('data-verdict')).toBe('local');
    expect((await popup.locator('[data-testid=hosting-ip]').textContent())?.trim()).toContain('127.0.0.1');
    expect(await popup.locator('[data-testid=hosting-place]').textContent()).toContain('loopback');
    expect(await popup.locator('[data-testid=hosting-tld]').count()).toBe(0);
    await popup.close();

    // The record is in storage.session, so it outlives the worker.
    const stopped = await stopServiceWorker(session.ext);
    const again = await openPopup(session.ext, tabId);
    await again.locator('[data-testid=hosting][data-verdict=local]').waitFor({ timeout: 10_000 });
    await stopped.waitRunning();
    expect((await again.locator('[data-testid=hosting-ip]').textContent())?.trim()).toContain('127.0.0.1');
    await again.close();
    await page.close();
  });

  it('made no network request beyond the fixture server and the extension itself', () => {
    expect(foreignRequests(session.ext, session.server.origin)).toEqual([]);
  });
});
