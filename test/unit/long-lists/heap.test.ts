// trimHeap: the command line collects its garbage once the heap is above the limit, and not below.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { trimHeap } from '../../../src/cli/heap.ts';

describe('trimHeap', () => {
  it('does nothing while the heap is below the limit', () => {
    expect(trimHeap(Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('collects garbage above the limit, without a gc global in this context', () => {
    let junk: unknown[] | null = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `item ${i}` }));
    const before = getHeapStatistics().used_heap_size;
    expect(junk.length).toBe(300_000);
    junk = null;
    expect(trimHeap(1)).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before - 10 * 1024 * 1024);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
