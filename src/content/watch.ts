// Dynamic pages, cheaply.
//
// Late content: one MutationObserver (childList + subtree, nothing else). Mutations only collect the
// added nodes; a timer started by the first mutation of a batch looks at them once, and only when an
// added node's text has a licence marker does it ask for a rescan. The observer switches itself off
// once a footer number was read, after a quiet period without mutations, or after a hard limit.
//
// Navigation in single-page apps: the content script lives in an isolated world, so it cannot wrap
// the page's history.pushState. It listens to the Navigation API's currententrychange (push, replace,
// traverse, hash) where there is one, to popstate/hashchange, and compares location.href on every
// mutation batch as a last resort.
import { hasMarker } from '../core/markers.ts';

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
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (pending.length < MAX_PENDING) pending.push(node);
        else overflow = true;
      }
    }
    batchTimer ??= setTimeout(flush, batchMs);
    restartQuiet();
  });
  const hardStop = setTimeout(stop, timings.maxMs);

  function flush(): void {
    batchTimer = undefined;
    const nodes = pending;
    const relevant =
      overflow || nodes.some((n) => n.isConnected && hasMarker((n.textContent ?? '').slice(0, MAX_TEXT)));
    pending = [];
    overflow = false;
    onBatch();
    if (!relevant) return;
    if (rescan()) stop();
    else batchMs = Math.min(batchMs * 2, timings.batchMs * 16);
  }

  function restartQuiet(): void {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(stop, timings.quietMs);
  }

  function stop(): void {
    observer.disconnect();
    clearTimeout(batchTimer);
    clearTimeout(quietTimer);
    clearTimeout(hardStop);
    pending = [];
  }

  observer.observe(root, { childList: true, subtree: true });
  restartQuiet();
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
