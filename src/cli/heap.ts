// Keeps the command line's heap small on long lists. Each page parsed leaves megabytes of happy-dom
// nodes behind; V8 lets its heap grow far before it collects them (to over 150 MB on a 10,000-URL
// list at --concurrency 16), so after each input the command line collects itself once the heap
// holds more than HEAP_TRIM_BYTES. Only the command line does this, never the library: a program
// that imports icp-lens keeps its own garbage-collection policy.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const HEAP_TRIM_BYTES = 64 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** A full garbage collection when the heap holds more than `limit`; false when none was made. */
export function trimHeap(limit = HEAP_TRIM_BYTES): boolean {
  if (getHeapStatistics().used_heap_size <= limit) return false;
  if (collect === undefined) {
    try {
      // The flag makes `gc` a global of contexts created from now on; a new context hands it over.
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
  return collect !== null;
}
