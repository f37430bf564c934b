import { describe, expect, it, vi } from 'vitest';
import { primed } from '../../../src/popup/primed.ts';
import { fakeApi } from './fake-api.ts';

describe('primed', () => {
  it('asks for the tab and its report at once, and hands those answers to the first calls', async () => {
    const result = vi.fn(async () => ({ report: null }));
    const tabUrl = vi.fn(async () => 'https://a.cn/');
    const api = primed(fakeApi({ result, tabUrl }));
    await Promise.resolve();
    await Promise.resolve();
    expect(result).toHaveBeenCalledWith(7);
    expect(tabUrl).toHaveBeenCalledWith(7);
    expect(await api.targetTab()).toBe(7);
    expect(await api.result(7)).toEqual({ report: null });
    expect(await api.tabUrl(7)).toBe('https://a.cn/');
    expect(result).toHaveBeenCalledTimes(1);
    // A later refresh (the report changed) asks again.
    await api.result(7);
    await api.tabUrl(7);
    expect(result).toHaveBeenCalledTimes(2);
    expect(tabUrl).toHaveBeenCalledTimes(2);
  });

  it('asks afresh for another tab, and asks nothing when there is no tab', async () => {
    const result = vi.fn(async () => ({ report: null }));
    const none = primed(fakeApi({ targetTab: async () => null, result }));
    expect(await none.targetTab()).toBeNull();
    await none.result(3);
    expect(result).toHaveBeenCalledOnce();
    expect(result).toHaveBeenCalledWith(3);
  });
});
