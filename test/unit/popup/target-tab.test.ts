import { describe, expect, it, vi } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { resolveTargetTab, tabIdFromSearch } from '../../../src/popup/target-tab.ts';

const ORIGIN = 'chrome-extension://ourid';
const tab = (id: number, over: Partial<Tabs.Tab> = {}): Tabs.Tab => ({
  id,
  index: 0,
  highlighted: false,
  active: false,
  pinned: false,
  incognito: false,
  ...over,
});

function fakeTabs(current: Tabs.Tab | undefined, all: Tabs.Tab[]) {
  return {
    getCurrent: vi.fn(async () => current as Tabs.Tab),
    query: vi.fn(async (q: Tabs.QueryQueryInfoType) => (q.active ? all.filter((t) => t.active) : all)),
  };
}

describe('tabIdFromSearch', () => {
  it.each<[string, number | null]>([
    ['?tabId=12', 12],
    ['?x=1&tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=1.5', null],
    ['?tabId=1e3', null],
    ['?tabId=abc', null],
    ['?tabId=99999999999', null],
  ])('%s → %s', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
});

describe('resolveTargetTab', () => {
  it('uses ?tabId without asking the browser', async () => {
    const tabs = fakeTabs(undefined, []);
    expect(await resolveTargetTab({ search: '?tabId=7', origin: ORIGIN, tabs })).toBe(7);
    expect(tabs.query).not.toHaveBeenCalled();
  });

  it('uses the active tab of the current window in a real popup', async () => {
    const tabs = fakeTabs(undefined, [tab(1), tab(2, { active: true })]);
    expect(await resolveTargetTab({ search: '', origin: ORIGIN, tabs })).toBe(2);
    expect(tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('as a tab, picks the most recently used other tab that is not ours', async () => {
    const me = tab(10, { url: `${ORIGIN}/src/popup/index.html`, active: true, lastAccessed: 500 });
    const tabs = fakeTabs(me, [
      me,
      tab(11, { url: `${ORIGIN}/src/popup/index.html`, lastAccessed: 400 }),
      tab(12, { lastAccessed: 300 }), // a web page: url hidden without "tabs"
      tab(13, { lastAccessed: 100 }),
    ]);
    expect(await resolveTargetTab({ search: '', origin: ORIGIN, tabs })).toBe(12);
  });

  it('returns null when there is nothing to show', async () => {
    expect(await resolveTargetTab({ search: '', origin: ORIGIN, tabs: fakeTabs(undefined, []) })).toBeNull();
    const me = tab(10);
    expect(await resolveTargetTab({ search: '', origin: ORIGIN, tabs: fakeTabs(me, [me]) })).toBeNull();
  });
});
