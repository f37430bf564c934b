// Where the content script's time goes on one page load: a V8 CPU profile of the tab (sampled every
// 50 µs) while the page loads and for 1.5 s after, summed by function over the samples whose stack
// holds a frame of the extension. Printed for every page-cost budget that is missed.
import type { Launched } from '../test/e2e/support/launch.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { LINGER_MS } from './page-cost.ts';
import { loadAndLinger } from './support/trace.ts';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  /** Function name (or V8's label: (garbage collector), (program) …) and position in the bundle. */
  frame: string;
  selfMs: number;
}

export interface ProfileSummary {
  path: string;
  /** Samples with a frame of the extension on the stack. */
  oursMs: number;
  /** All garbage-collector samples in the window (V8 does not say whose garbage it was). */
  gcMs: number;
  top: ProfileLine[];
}

/** Self time per frame, over samples whose stack holds a frame whose URL starts with `prefix`. */
export function summarise(profile: Profile, prefix: string, path: string, topN = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const own = (byId.get(id)?.callFrame.url ?? '').startsWith(prefix);
    const result = own || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const self = new Map<string, number>();
  let oursMs = 0;
  let gcMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (frame?.functionName === '(garbage collector)') gcMs += ms;
    if (!frame || !isOurs(id)) return;
    oursMs += ms;
    const where = frame.url.startsWith(prefix) ? ` :${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topN)
    .map(([frame, selfMs]) => ({ frame, selfMs }));
  return { path, oursMs, gcMs, top };
}

export async function profileLoad(
  ext: Launched,
  server: FixtureServer,
  path: string,
): Promise<ProfileSummary> {
  const page = await ext.context.newPage();
  await page.goto('about:blank');
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await loadAndLinger(page, server.url(`${path}&profile=1`), LINGER_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  await page.close();
  return summarise(profile, `chrome-extension://${ext.extensionId}/`, path);
}
