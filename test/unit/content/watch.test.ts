// @vitest-environment happy-dom
// The late-content watch: batched, only marked text triggers a rescan, rescans back off while
// they find no footer, and the watch ends once a footer is read. Fake timers, no clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent } from '../../../src/content/watch.ts';

const timings = { batchMs: 100, quietMs: 60_000, maxMs: 600_000 };

function addItem(text: string): void {
  const li = document.createElement('li');
  li.textContent = text;
  document.body.append(li);
}

/** Lets the MutationObserver deliver, then runs the timers that are due. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watchLateContent', () => {
  it('rescans only for marked text, once per batch', async () => {
    const rescan = vi.fn(() => false);
    const watch = watchLateContent(document.body, rescan, () => {}, timings);
    addItem('第 1 条动态');
    await advance(150);
    expect(rescan).not.toHaveBeenCalled();
    addItem('未经许可 1');
    addItem('未经许可 2');
    await advance(150);
    expect(rescan).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it.each([
    ['while the observer is paused for the batch', ''],
    // Too much text to read twice a batch: the observer stays on.
    ['on a page that keeps the observer on', '正文 '.repeat(40_000)],
  ])('sees marked text added later in a batch, %s', async (_, text) => {
    document.body.append(text);
    const rescan = vi.fn(() => false);
    const watch = watchLateContent(document.body, rescan, () => {}, timings);
    addItem('第 1 条动态');
    await advance(30);
    addItem('未经许可 1');
    await advance(150);
    expect(rescan).toHaveBeenCalledTimes(1);
    // Unmarked text added later is not a reason to rescan.
    addItem('第 2 条动态');
    await advance(150);
    expect(rescan).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('backs off while rescans find no footer, and stops once one is read', async () => {
    const found: boolean[] = [];
    const rescan = vi.fn(() => found.length > 0);
    const watch = watchLateContent(document.body, rescan, () => {}, timings);
    // A page adding marked text every 50 ms for 10 s: without back-off that is 100 rescans.
    for (let i = 0; i < 200; i++) {
      addItem(`未经许可 ${i}`);
      await advance(50);
    }
    const calls = rescan.mock.calls.length;
    expect(calls).toBeGreaterThan(2);
    expect(calls).toBeLessThan(20);
    found.push(true);
    addItem('京ICP备15012345号');
    await advance(1_700);
    expect(rescan.mock.calls.length).toBe(calls + 1);
    addItem('未经许可 again');
    await advance(5_000);
    expect(rescan.mock.calls.length).toBe(calls + 1);
    watch.stop();
  });
});
