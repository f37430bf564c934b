// Content-script cost on a page that mutates its DOM 50 times a second for 10 seconds, measured
// like the page loads (support/trace.ts): the main-thread script tasks of the content script (its
// first run, the MutationObserver callbacks, timers and rescans) over the whole run and 1 s after.
// The budget is on main-thread CPU time.
import type { Launched } from '../test/e2e/support/launch.ts';
import { pollUntil } from '../test/e2e/support/poll.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { NAME_SHIM } from './support/name-shim.ts';
import { type ScriptTime, scriptTime, traced } from './support/trace.ts';

export const MUTATION_TARGET_MS = 50;

export interface MutationResult {
  scenario: string;
  mutations: number;
  contentScript: ScriptTime;
  pageScripts: ScriptTime;
}

export async function benchMutation(
  ext: Launched,
  server: FixtureServer,
  log: (s: string) => void,
  footer: boolean,
): Promise<MutationResult> {
  const page = await ext.context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.goto('about:blank');
  const cdp = await ext.context.newCDPSession(page);
  const events = await traced(cdp, async () => {
    await page.goto(server.url(`gen/mutating?rate=50&seconds=10&footer=${footer ? 1 : 0}`));
    await pollUntil(
      () =>
        page.evaluate(
          () => (globalThis as unknown as { __mutationsDone?: boolean }).__mutationsDone === true,
        ),
      (done) => done,
      { timeout: 30_000, interval: 250, what: 'the page to finish mutating' },
    );
    // The observer's last batch and any rescan run shortly after the last mutation.
    await page.waitForTimeout(1_000);
  });
  const mutations = await page.evaluate(() => (globalThis as unknown as { __mutations: number }).__mutations);
  await cdp.detach();
  await page.close();
  const contentScript = scriptTime(events, `chrome-extension://${ext.extensionId}/`);
  const pageScripts = scriptTime(events, `${server.origin}/`);
  const scenario = footer ? 'footer number on the page' : 'no number on the page';
  log(
    `mutation (${scenario}): ${mutations} mutations, content script ${contentScript.cpuMs.toFixed(1)} ms CPU, page scripts ${pageScripts.cpuMs.toFixed(1)} ms CPU`,
  );
  return { scenario, mutations, contentScript, pageScripts };
}
