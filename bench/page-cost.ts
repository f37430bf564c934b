// What the content script costs the page, measured from outside (support/trace.ts): each page is
// loaded in three browsers, one per extension (ICP Lens, the naive innerText script, the textContent
// floor), interleaved page by page, and the content script's main-thread time is read from a trace
// of the load and the 1.5 s after it. The ratios to the naive script, from the same run, are what the
// budgets are about, in main-thread CPU time: absolute times, and wall-clock times most of all, move
// with the machine's load.
import type { Launched } from '../test/e2e/support/launch.ts';
import type { FixtureServer } from '../test/e2e/support/server.ts';
import { median } from './stats.ts';
import { VARIANTS, type Variant } from './support/extensions.ts';
import { loadAndLinger, type ScriptTime, scriptTime, traced } from './support/trace.ts';

export interface CostPage {
  id: string;
  label: string;
  path: string;
  /** ICP Lens may cost at most this many times the naive script. */
  budget: number;
}

export const COST_PAGES: readonly CostPage[] = [
  { id: 'small', label: '2,000 nodes, footer with numbers', path: 'gen/prose?nodes=2000', budget: 1.5 },
  { id: 'medium', label: '20,000 nodes, footer at the end', path: 'gen/prose?nodes=20000', budget: 0.5 },
  { id: 'large', label: '200,000 nodes, footer at the end', path: 'gen/prose?nodes=200000', budget: 0.5 },
  {
    id: 'english',
    label: '20,000-node English page, no number',
    path: 'gen/english?nodes=20000',
    budget: 0.75,
  },
];

export const LINGER_MS = 1_500;

export interface CostRow {
  page: CostPage;
  /** Content-script time per load, per extension. */
  samples: Record<Variant, ScriptTime[]>;
  /** Medians of the CPU and of the wall-clock times, each on its own. */
  median: Record<Variant, ScriptTime>;
  /**
   * ICP Lens / naive, floor / naive and sending / naive, from the CPU medians (the budgets); and
   * ICP Lens / naive from wall clock.
   */
  ratio: number;
  floorRatio: number;
  sendingRatio: number;
  wallRatio: number;
  met: boolean;
}

/** One load of `path` in `browser`: the content script's main-thread time. */
export async function contentScriptTime(
  browser: Launched,
  server: FixtureServer,
  path: string,
): Promise<ScriptTime> {
  const page = await browser.context.newPage();
  try {
    await page.goto('about:blank');
    const cdp = await browser.context.newCDPSession(page);
    const events = await traced(cdp, () => loadAndLinger(page, server.url(path), LINGER_MS));
    await cdp.detach();
    return scriptTime(events, `chrome-extension://${browser.extensionId}/`);
  } finally {
    await page.close();
  }
}

export async function benchPageCost(
  browsers: Record<Variant, Launched>,
  server: FixtureServer,
  log: (s: string) => void,
  runs = 5,
): Promise<CostRow[]> {
  // One untimed load per browser: the first injection into a fresh profile pays one-time costs.
  for (const v of VARIANTS) await contentScriptTime(browsers[v], server, 'gen/prose?nodes=200&warm=1');
  const samples = COST_PAGES.map(
    () => Object.fromEntries(VARIANTS.map((v) => [v, [] as ScriptTime[]])) as Record<Variant, ScriptTime[]>,
  );
  for (let run = 0; run < runs; run++) {
    for (const [i, page] of COST_PAGES.entries()) {
      for (const v of VARIANTS) {
        samples[i]?.[v].push(await contentScriptTime(browsers[v], server, `${page.path}&run=${run}`));
      }
    }
    log(`page cost: run ${run + 1} of ${runs}`);
  }
  const medianOf = (list: ScriptTime[]): ScriptTime => ({
    cpuMs: median(list.map((t) => t.cpuMs)),
    wallMs: median(list.map((t) => t.wallMs)),
  });
  return COST_PAGES.map((page, i) => {
    const s = samples[i] as Record<Variant, ScriptTime[]>;
    const m = Object.fromEntries(VARIANTS.map((v) => [v, medianOf(s[v])])) as Record<Variant, ScriptTime>;
    const ratio = m['icp-lens'].cpuMs / m.naive.cpuMs;
    return {
      page,
      samples: s,
      median: m,
      ratio,
      floorRatio: m.floor.cpuMs / m.naive.cpuMs,
      sendingRatio: m.sending.cpuMs / m.naive.cpuMs,
      wallRatio: m['icp-lens'].wallMs / m.naive.wallMs,
      met: ratio <= page.budget,
    };
  });
}
