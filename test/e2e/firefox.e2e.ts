// Firefox smoke test: the production dist/firefox build in Debian's firefox-esr. Proves the chain
// content script → background → storage.session → badge, and that a navigation clears it. The popup
// cannot be opened in Firefox under automation (BiDi refuses to navigate to moz-extension:// pages);
// the Chromium tests cover it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../manifest.config.ts';
import { FIREFOX, type FirefoxSession, hasFirefox, launchFirefox } from './support/firefox.ts';
import { PAGES_DIR } from './support/launch.ts';
import { pollUntil } from './support/poll.ts';
import { type FixtureServer, startServer } from './support/server.ts';

if (!hasFirefox) {
  console.warn(
    `Firefox smoke test SKIPPED: no Firefox at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`,
  );
}

describe.skipIf(!hasFirefox)('Firefox (firefox-esr)', () => {
  let server: FixtureServer;
  let ff: FirefoxSession;

  beforeAll(async () => {
    server = await startServer(PAGES_DIR);
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('installs the add-on under its gecko id', () => {
    expect(ff.addonId).toBe(GECKO_ID);
  });

  it('content script → background → storage.session → badge, cleared on navigation', async () => {
    const page = await ff.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    const beijing = server.url('beijing.html');
    await page.goto(beijing);
    const state = await pollUntil(
      () => ff.tabState(beijing),
      // Which of the two lands first is the background's business; both must.
      (s) => s.badge === '京' && Object.values(s.session).includes(beijing),
      { timeout: 10_000, what: 'badge 京 and the stored state of the Beijing page' },
    );
    expect(state.title).toBeTruthy();
    expect(Object.values(state.session)).toContain(beijing);

    // webNavigation.onCommitted clears the old state; the new page has no numbers, so the badge stays empty.
    const overseas = server.url('overseas-english.html');
    await page.goto(overseas);
    const cleared = await pollUntil(
      () => ff.tabState(overseas),
      (s) => s.badge === '' && !Object.values(s.session).includes(beijing),
      { timeout: 10_000, what: 'the Beijing state to be cleared after navigating away' },
    );
    expect(cleared.badge).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
