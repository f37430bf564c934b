// The worker's copy of the settings: one storage read, then every change as storage.onChanged
// reports it, and a failed read not kept.
import { describe, expect, it } from 'vitest';
import { createSettingsCache } from '../../../src/background/settings-cache.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../../src/storage/settings.ts';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function fakeLocal(value: unknown) {
  const area = {
    reads: 0,
    fail: false,
    value,
    async get(key: string) {
      area.reads++;
      if (area.fail) throw new Error('storage unavailable');
      return { [key]: area.value };
    },
  };
  const listeners: Listener[] = [];
  const changes = { addListener: (l: Listener) => void listeners.push(l) };
  const emit = (newValue: unknown, name = 'local') => {
    for (const l of listeners) l({ [SETTINGS_KEY]: { newValue } }, name);
  };
  return { area, changes, emit };
}

const on = { v: SETTINGS_VERSION, badgeStyle: 'dot', rememberSites: true } as const;

describe('settings cache', () => {
  it('reads the storage once and then follows its changes', async () => {
    const { area, changes, emit } = fakeLocal(on);
    const cache = createSettingsCache(area, changes);
    expect(await cache.read()).toEqual(on);
    expect(await cache.read()).toEqual(on);
    expect(area.reads).toBe(1);
    emit({ ...on, rememberSites: false });
    expect((await cache.read()).rememberSites).toBe(false);
    // Another area's change, or a removed key (defaults), as the storage would report them.
    emit({ ...on, badgeStyle: 'none' }, 'session');
    expect((await cache.read()).badgeStyle).toBe('dot');
    emit(undefined);
    expect(await cache.read()).toEqual(DEFAULT_SETTINGS);
    expect(area.reads).toBe(1);
  });

  it('answers the defaults when the storage fails, and asks it again next time', async () => {
    const { area, changes } = fakeLocal(on);
    area.fail = true;
    const cache = createSettingsCache(area, changes);
    expect(await cache.read()).toEqual(DEFAULT_SETTINGS);
    area.fail = false;
    expect(await cache.read()).toEqual(on);
    expect(area.reads).toBe(2);
  });
});
