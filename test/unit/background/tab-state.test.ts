import { describe, expect, it } from 'vitest';
import { createTabStateStore, parseTabState, tabKey } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { EMPTY_REPORT, FILING_ONLY, RICH_REPORT } from './fixtures.ts';

describe('tab-state', () => {
  it('round-trips a report with url and time', async () => {
    const area = new FakeSession();
    const store = createTabStateStore(area, () => 1234);
    await store.write(3, RICH_REPORT, 'https://example.cn/');
    expect(area.data.get('tab:3')).toEqual({
      v: 1,
      report: RICH_REPORT,
      url: 'https://example.cn/',
      at: 1234,
    });
    expect(await store.read(3)).toEqual({ v: 1, report: RICH_REPORT, url: 'https://example.cn/', at: 1234 });
    expect(await store.read(4)).toBeNull();
  });

  it('keeps tabs apart and clears one', async () => {
    const store = createTabStateStore(new FakeSession());
    await store.write(1, FILING_ONLY);
    await store.write(2, EMPTY_REPORT);
    await store.clear(1);
    expect(await store.read(1)).toBeNull();
    expect((await store.read(2))?.report).toEqual(EMPTY_REPORT);
  });

  it('survives a new store over the same area (service worker restart)', async () => {
    const area = new FakeSession();
    await createTabStateStore(area).write(9, FILING_ONLY);
    expect((await createTabStateStore(area).read(9))?.report).toEqual(FILING_ONLY);
  });

  const good = { v: 1, report: FILING_ONLY, at: 1 };
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'tab'],
    ['an array', [good]],
    ['another version', { ...good, v: 2 }],
    ['no version', { report: FILING_ONLY, at: 1 }],
    ['no time', { v: 1, report: FILING_ONLY }],
    ['a report that is not one', { ...good, report: { licences: 'x' } }],
    [
      'an unknown licence kind',
      { ...good, report: { ...FILING_ONLY, licences: [{ ...FILING_ONLY.licences[0], kind: 'x' }] } },
    ],
    [
      'an unknown flag',
      {
        ...good,
        report: {
          ...FILING_ONLY,
          licences: [{ ...FILING_ONLY.licences[0], flags: [{ flag: 'zzz', reason: '' }] }],
        },
      },
    ],
    ['primary out of range', { ...good, report: { ...FILING_ONLY, primary: 1 } }],
    ['negative primary', { ...good, report: { ...FILING_ONLY, primary: -1 } }],
    ['a url that is not a string', { ...good, url: 5 }],
  ])('reads %s as no state', async (_name, value) => {
    expect(parseTabState(value)).toBeNull();
    const area = new FakeSession();
    area.data.set(tabKey(1), value);
    expect(await createTabStateStore(area).read(1)).toBeNull();
  });

  it('reads as no state when storage itself fails', async () => {
    const area = new FakeSession();
    area.get = async () => {
      throw new Error('boom');
    };
    expect(await createTabStateStore(area).read(1)).toBeNull();
  });
});
