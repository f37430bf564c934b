import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  readSettings,
  SETTINGS_KEY,
  writeSettings,
} from '../../../src/storage/settings.ts';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('settings', () => {
  it('gives the defaults for nothing, garbage and unknown versions', () => {
    for (const raw of [
      undefined,
      null,
      'x',
      42,
      [],
      { v: 1, badgeStyle: 'rainbow' },
      { v: 2, badgeStyle: 'dot', rememberSites: 'yes' },
      { v: 99, badgeStyle: 'dot' },
    ]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid current settings', () => {
    const current = { v: 2, badgeStyle: 'dot', rememberSites: true };
    expect(parseSettings(current)).toEqual(current);
  });

  it('migrates the unversioned shape and v1, with history off', () => {
    expect(parseSettings({ badge: 'none' })).toEqual({ v: 2, badgeStyle: 'none', rememberSites: false });
    expect(parseSettings({ v: 1, badgeStyle: 'dot' })).toEqual({
      v: 2,
      badgeStyle: 'dot',
      rememberSites: false,
    });
  });

  it('is off by default for history', () => {
    expect(DEFAULT_SETTINGS.rememberSites).toBe(false);
  });

  it('reads and writes through storage, defaults on a throwing area', async () => {
    const area = memoryArea();
    expect(await readSettings(area)).toEqual(DEFAULT_SETTINGS);
    await writeSettings(area, { badgeStyle: 'dot' });
    expect(area.data[SETTINGS_KEY]).toEqual({ v: 2, badgeStyle: 'dot', rememberSites: false });
    expect((await readSettings(area)).badgeStyle).toBe('dot');
    const broken = { get: () => Promise.reject(new Error('x')), set: async () => {} };
    expect(await readSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });
});
