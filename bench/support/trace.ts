// The content script's cost as the page feels it: a Chromium performance trace (devtools.timeline)
// of the tab, and the main-thread script tasks whose script is the extension's content script,
// summed. Nested events (a FunctionCall inside an EvaluateScript) count once; garbage collection and
// native DOM work inside those tasks count, since the page waits for them all the same.
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Script entry points: the script's first run, and every callback (timers, observers, listeners). */
const SCRIPT_EVENTS: ReadonlySet<string> = new Set(['EvaluateScript', 'FunctionCall']);

/** Milliseconds of main-thread script tasks of scripts whose URL starts with `prefix`. */
export function scriptMs(events: readonly TraceEvent[], prefix: string): number {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        SCRIPT_EVENTS.has(e.name) &&
        main.has(`${e.pid}:${e.tid}`) &&
        (e.args?.data?.url ?? '').startsWith(prefix),
    )
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  let total = 0;
  let thread = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const e of ours) {
    const key = `${e.pid}:${e.tid}`;
    if (key !== thread) {
      thread = key;
      end = Number.NEGATIVE_INFINITY;
    }
    const stop = e.ts + (e.dur ?? 0);
    if (stop <= end) continue; // nested in a task already counted
    total += stop - Math.max(e.ts, end);
    end = stop;
  }
  return total / 1000;
}

/**
 * Traces the browser while `run` navigates the session's page (and waits for whatever it waits for),
 * returning every event. The page must already be open (about:blank), so the session exists before
 * the navigation.
 */
export async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: ReadonlyArray<object> }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** Loads `url` in `page` and waits `afterMs` past its load event. */
export async function loadAndLinger(page: Page, url: string, afterMs: number): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(afterMs);
}
