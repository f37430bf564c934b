// One fixture server and one browser with the extension per test file, started and stopped by
// vitest's hooks. Read `session.server` / `session.ext` inside tests (they exist once beforeAll ran).
import { afterAll, beforeAll, expect } from 'vitest';
import { openPopup, popupRows } from './extension.ts';
import { type Launched, type LaunchOptions, launchWithExtension, PAGES_DIR } from './launch.ts';
import { type FixtureServer, startServer } from './server.ts';
import { type Sites, startSites } from './sites.ts';

export interface Session {
  server: FixtureServer;
  ext: Launched;
}

export function useBrowserSession(options: LaunchOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startServer(PAGES_DIR);
    session.ext = await launchWithExtension(options);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  return session;
}

/** Opens the popup for `tabId` and checks it shows the "no licence number found" state. */
export async function expectEmptyPopup(ext: Launched, tabId: number): Promise<void> {
  const popup = await openPopup(ext, tabId);
  expect(await popupRows(popup)).toEqual([]);
  await popup.locator('[data-testid=empty]').waitFor({ state: 'visible' });
  await popup.close();
}

/**
 * The local sites (sites.ts) for one test file: started before its tests, closed after them. The
 * returned object forwards to them, so tests use it as they would the started sites.
 */
export function useSites(): Sites {
  let started: Sites | undefined;
  beforeAll(async () => {
    started = await startSites();
  });
  afterAll(async () => {
    await started?.close();
  });
  const live = (): Sites => {
    if (!started) throw new Error('the local sites are not started yet');
    return started;
  };
  return {
    url: (host, path) => live().url(host, path),
    slowUrl: (host) => live().slowUrl(host),
    get refusedUrl() {
      return live().refusedUrl;
    },
    slowOpen: () => live().slowOpen(),
    close: () => live().close(),
  };
}
