import { describe, expect, it, vi } from 'vitest';
import {
  createTabLifecycle,
  type LifecycleDeps,
  registerTabLifecycle,
} from '../../../src/background/tab-lifecycle.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { FILING_ONLY } from './fixtures.ts';

function setup() {
  const store = createTabStateStore(new FakeSession());
  const clearBadge = vi.fn(async (_tabId: number) => {});
  const life = createTabLifecycle({ store, clearBadge, logError: () => {} });
  return { store, clearBadge, life };
}

describe('tab lifecycle', () => {
  it('forgets a closed tab', async () => {
    const { store, life, clearBadge } = setup();
    await store.write(1, FILING_ONLY);
    await store.write(2, FILING_ONLY);
    await life.onRemoved(1);
    expect(await store.read(1)).toBeNull();
    expect(await store.read(2)).not.toBeNull();
    expect(clearBadge).not.toHaveBeenCalled();
  });

  it('forgets the replaced tab', async () => {
    const { store, life } = setup();
    await store.write(1, FILING_ONLY);
    await life.onReplaced(2, 1);
    expect(await store.read(1)).toBeNull();
  });

  it('clears state and badge when the tab starts loading, not on other updates', async () => {
    const { store, life, clearBadge } = setup();
    await store.write(1, FILING_ONLY);
    await life.onUpdated(1, { status: 'complete' });
    await life.onUpdated(1, { title: 'x' });
    expect(await store.read(1)).not.toBeNull();
    expect(clearBadge).not.toHaveBeenCalled();
    await life.onUpdated(1, { status: 'loading' });
    expect(await store.read(1)).toBeNull();
    expect(clearBadge).toHaveBeenCalledWith(1);
  });

  it('clears state and badge when the top frame commits a new document', async () => {
    const { store, life, clearBadge } = setup();
    await store.write(1, FILING_ONLY);
    await life.onCommitted({ tabId: 1, frameId: 3 });
    await life.onCommitted({ tabId: 1, frameId: 0, documentLifecycle: 'prerender' });
    expect(await store.read(1)).not.toBeNull();
    expect(clearBadge).not.toHaveBeenCalled();
    await life.onCommitted({ tabId: 1, frameId: 0 });
    expect(await store.read(1)).toBeNull();
    expect(clearBadge).toHaveBeenCalledWith(1);
  });

  it('registers webNavigation instead of tabs.onUpdated when available', () => {
    const ev = () => ({ addListener: vi.fn() });
    const tabs = { onRemoved: ev(), onReplaced: ev(), onUpdated: ev() };
    const webNavigation = { onCommitted: ev() };
    const deps = { store: createTabStateStore(new FakeSession()), clearBadge: async () => {} };
    registerTabLifecycle({ ...deps, tabs, webNavigation } as unknown as LifecycleDeps);
    expect(webNavigation.onCommitted.addListener).toHaveBeenCalledOnce();
    expect(tabs.onUpdated.addListener).not.toHaveBeenCalled();
    registerTabLifecycle({ ...deps, tabs, webNavigation: undefined } as unknown as LifecycleDeps);
    expect(tabs.onUpdated.addListener).toHaveBeenCalledOnce();
  });

  it('does not reject when clearing fails', async () => {
    const { life, clearBadge } = setup();
    clearBadge.mockRejectedValue(new Error('No tab'));
    await expect(life.onUpdated(1, { status: 'loading' })).resolves.toBeUndefined();
  });
});
