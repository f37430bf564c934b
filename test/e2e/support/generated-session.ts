// Like useBrowserSession, but the pages come from the generated-page server (generated.ts).
import { afterAll, beforeAll } from 'vitest';
import { startGeneratedServer } from './generated.ts';
import { launchWithExtension } from './launch.ts';
import type { Session } from './session.ts';

export function useGeneratedSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startGeneratedServer();
    session.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  return session;
}
