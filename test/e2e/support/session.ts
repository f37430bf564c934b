// One fixture server and one browser with the extension per test file, started and stopped by
// vitest's hooks. Read `session.server` / `session.ext` inside tests (they exist once beforeAll ran).
import { afterAll, beforeAll, expect } from 'vitest';
import { openPopup, popupRows } from './extension.ts';
import { type Launched, type LaunchOptions, launchWithExtension, PAGES_DIR } from './launch.ts';
import { type FixtureServer, startServer } from './server.ts';

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
