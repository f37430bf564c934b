// The content script's cost as the page feels it: a Chromium performance trace (devtools.timeline)
// of the tab, and the main-thread script tasks whose script is the extension's content script,
// summed, in wall-clock and in main-thread CPU time. Nested events (a FunctionCall inside an
// EvaluateScript) count once; garbage collection and native DOM work inside those tasks count, since
// the page waits for them all the same.
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread clock start and duration (CPU time of the thread). */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Script entry points: the script's first run, and every callback (timers, observers, listeners). */
const SCRIPT_EVENTS: ReadonlySet<string> = new Set(['EvaluateScript', 'FunctionCall']);

export interface ScriptTime {
  /** Wall-clock time of the tasks: what the page waits on an idle machine, plus any preemption. */
  wallMs: number;
  /** Main-thread CPU time of the tasks (the trace's thread clock): steady on a busy machine. */
  cpuMs: number;
}

/** Summed length of intervals, each counted once where they nest or overlap. */
function unionMs(intervals: Array<[number, number]>): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of intervals) {
    if (to <= end) continue; // nested in a task already counted
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

/** Main-thread script tasks of scripts whose URL starts with `prefix`. */
export function scriptTime(events: readonly TraceEvent[], prefix: string): ScriptTime {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !main.has(thread)) continue;
    if (!(e.args?.data?.url ?? '').startsWith(prefix)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e]);
  }
  let wallMs = 0;
  let cpuMs = 0;
  for (const list of byThread.values()) {
    wallMs += unionMs(list.map((e) => [e.ts, e.ts + (e.dur ?? 0)]));
    // Thread clock missing (a platform without it): fall back to wall time.
    cpuMs += unionMs(list.map((e) => [e.tts ?? e.ts, (e.tts ?? e.ts) + (e.tdur ?? e.dur ?? 0)]));
  }
  return { wallMs, cpuMs };
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
