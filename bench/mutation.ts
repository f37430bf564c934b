// Content-script CPU on a page that mutates its DOM 50 times a second for 10 seconds, from a CDP
// CPU profile of the page's renderer: the time of every sample whose stack holds a frame of our
// extension (the content script and what it calls, e.g. querySelectorAll or the MutationObserver).
import type { Launched } from '../test/e2e/support/launch.ts';
import { pollUntil } from '../test/e2e/support/poll.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { NAME_SHIM } from './support/name-shim.ts';

export const MUTATION_TARGET_MS = 50;

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface MutationResult {
  scenario: string;
  mutations: number;
  contentScriptMs: number;
  pageScriptMs: number;
}

/** Milliseconds of samples under a frame whose URL starts with `prefix`, and of all page scripts. */
export function cpuUnder(profile: Profile, prefix: string): { ours: number; page: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, 'ours' | 'page' | 'none'>();
  const owner = (id: number): 'ours' | 'page' | 'none' => {
    const known = memo.get(id);
    if (known) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const inherited = up === undefined ? 'none' : owner(up);
    const own = url.startsWith(prefix) ? 'ours' : /^https?:/.test(url) ? 'page' : 'none';
    const result =
      inherited === 'ours' || own === 'ours'
        ? 'ours'
        : inherited === 'page' || own === 'page'
          ? 'page'
          : 'none';
    memo.set(id, result);
    return result;
  };
  let ours = 0;
  let page = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const o = owner(id);
    if (o === 'ours') ours += dt;
    else if (o === 'page') page += dt;
  });
  return { ours, page };
}

export async function benchMutation(
  ext: Launched,
  server: FixtureServer,
  log: (s: string) => void,
  footer: boolean,
): Promise<MutationResult> {
  const page = await ext.context.newPage();
  await page.addInitScript(NAME_SHIM);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(`gen/mutating?rate=50&seconds=10&footer=${footer ? 1 : 0}`));
  await pollUntil(
    () =>
      page.evaluate(() => (globalThis as unknown as { __mutationsDone?: boolean }).__mutationsDone === true),
    (done) => done,
    { timeout: 30_000, interval: 250, what: 'the page to finish mutating' },
  );
  // The observer's last batch and any rescan run shortly after the last mutation.
  await page.waitForTimeout(1_000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const mutations = await page.evaluate(() => (globalThis as unknown as { __mutations: number }).__mutations);
  await cdp.detach();
  await page.close();
  const cpu = cpuUnder(profile, `chrome-extension://${ext.extensionId}/`);
  const scenario = footer ? 'footer number on the page' : 'no number on the page';
  log(
    `mutation (${scenario}): ${mutations} mutations, content script ${cpu.ours.toFixed(1)} ms, page scripts ${cpu.page.toFixed(1)} ms`,
  );
  return { scenario, mutations, contentScriptMs: cpu.ours, pageScriptMs: cpu.page };
}
