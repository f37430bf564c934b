// Dynamic pages, cheaply.
//
// Late content: one MutationObserver (childList + subtree, nothing else). Mutations only collect the
// added nodes; a timer started by the first mutation of a batch looks at them once, and only when an
// added node's text has a licence marker does it ask for a rescan. The observer switches itself off
// once a footer number was read, after a quiet period without mutations, or after a hard limit.
//
// A page that mutates all the time (a feed, a ticker) would call the observer for every change, and
// each call into the isolated world costs the page more than the text it adds. So on a page with
// little text the observer is paused for the rest of a batch after its first call; instead, the
// text around the markers is read natively at the start and at the end of the batch, and a change
// there counts as marked text added. A page with more text keeps the observer on: reading it twice a
// batch would cost more.
//
// Navigation in single-page apps: the content script lives in an isolated world, so it cannot wrap
// the page's history.pushState. It listens to the Navigation API's currententrychange (push, replace,
// traverse, hash) where there is one, to popstate/hashchange, and compares location.href on every
// mutation batch as a last resort.
import { hasMarker } from '../core/markers.ts';
import { findSpans } from '../dom/marker-spans.ts';

export interface WatchTimings {
  /**
   * Mutations are looked at this long after the first one of a batch. The wait doubles after each
   * rescan that still finds no footer (up to 16×), so a page that keeps adding marked text
   * (未经许可 in every feed item) costs a few rescans, not one every batch.
   */
  batchMs: number;
  /** Stop when no mutation came for this long. */
  quietMs: number;
  /** Stop after this long whatever happens. */
  maxMs: number;
}

export const DEFAULT_TIMINGS: WatchTimings = { batchMs: 250, quietMs: 10_000, maxMs: 60_000 };

/** Added nodes kept per batch; beyond this the batch is treated as relevant without looking. */
const MAX_PENDING = 500;
/** Characters of one added subtree that are tested for a marker. */
const MAX_TEXT = 20_000;
/** The observer pauses during a batch only on a root with at most this much text. */
const PAUSE_MAX_CHARS = 64 * 1024;
/** Characters kept around each marker in a root's signature, and markers kept. */
const AROUND = 32;
const MAX_MARKS = 256;

/** The text around every marker of `root`, or null when the root holds too much text to read so. */
export function markedSignature(root: Node): string | null {
  const text = root.textContent ?? '';
  if (text.length > PAUSE_MAX_CHARS) return null;
  const { starts, ends } = findSpans(text, MAX_MARKS);
  return starts
    .map((at, i) => text.slice(Math.max(0, at - AROUND), (ends[i] as number) + AROUND))
    .join('\u0000');
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true };

export interface LateContentWatch {
  stop(): void;
}

/**
 * Calls `rescan` after batches that added marked text; `rescan` returns true once the footer was read,
 * which ends the watch. `onBatch` runs for every batch (the cheap URL check).
 */
export function watchLateContent(
  root: Node,
  rescan: () => boolean,
  onBatch: () => void,
  timings: WatchTimings = DEFAULT_TIMINGS,
): LateContentWatch {
  let pending: Node[] = [];
  let batchMs = timings.batchMs;
  let overflow = false;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let lastMutation = Date.now();
  /** The marked text when the observer was paused for this batch; null while it is not paused. */
  let pausedAt: string | null = null;
  /** False once the root held too much text to pause: it then stays on. */
  let mayPause = true;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (pending.length < MAX_PENDING) pending.push(node);
        else overflow = true;
      }
    }
    lastMutation = Date.now();
    if (batchTimer !== undefined) return;
    batchTimer = setTimeout(flush, batchMs);
    if (!mayPause) return;
    pausedAt = markedSignature(root);
    if (pausedAt === null) mayPause = false;
    else observer.disconnect();
  });
  const hardStop = setTimeout(stop, timings.maxMs);

  function flush(): void {
    batchTimer = undefined;
    const nodes = pending;
    let relevant =
      overflow || nodes.some((n) => n.isConnected && hasMarker((n.textContent ?? '').slice(0, MAX_TEXT)));
    if (pausedAt !== null) {
      // Changes made while paused were not observed: the text around the markers tells.
      relevant ||= markedSignature(root) !== pausedAt;
      pausedAt = null;
      observer.observe(root, OBSERVED);
    }
    pending = [];
    overflow = false;
    onBatch();
    if (!relevant) return;
    if (rescan()) stop();
    else batchMs = Math.min(batchMs * 2, timings.batchMs * 16);
  }

  /** Stops after `quietMs` without mutations; one timer, moved on only when it fires. */
  function checkQuiet(): void {
    const left = lastMutation + timings.quietMs - Date.now();
    if (left <= 0 && batchTimer === undefined) stop();
    else quietTimer = setTimeout(checkQuiet, Math.max(left, batchMs));
  }

  function stop(): void {
    observer.disconnect();
    clearTimeout(batchTimer);
    clearTimeout(quietTimer);
    clearTimeout(hardStop);
    pending = [];
  }

  observer.observe(root, OBSERVED);
  quietTimer = setTimeout(checkQuiet, timings.quietMs);
  return { stop };
}

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Calls `onChange` (at most once per distinct URL) when the page's URL changes without a reload. */
export function watchUrl(onChange: (url: string) => void): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('currententrychange', check);
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  return check;
}
