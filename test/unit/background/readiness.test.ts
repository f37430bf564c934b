// The readiness tracker with fake browser events and a fake storage.session: what a tab's page loads
// from listed hosts is tallied from the main document's response on, written in coalesced bursts,
// replaced on navigation, forgotten on close, and read back safely from corrupt storage.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReadiness, MAX_PENDING, registerReadiness } from '../../../src/background/readiness.ts';
import { MAX_TALLY_HOSTS } from '../../../src/core/readiness/tally.ts';
import {
  createReadinessStore,
  type ReadinessArea,
  readinessKey,
} from '../../../src/storage/readiness-state.ts';

class Area implements ReadinessArea {
  data = new Map<string, unknown>();
  writes = 0;
  async get(key: string) {
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) {
    this.writes++;
    for (const [k, val] of Object.entries(items)) this.data.set(k, structuredClone(val));
  }
  async remove(key: string) {
    this.data.delete(key);
  }
}

// A delay no test waits for: writes happen when current() asks, or when MAX_PENDING is reached.
function setup(flushDelayMs = 3_600_000) {
  const area = new Area();
  const logError = vi.fn();
  const tracker = createReadiness({ store: createReadinessStore(area), flushDelayMs, logError });
  return { area, tracker, logError };
}

const PAGE = 'http://www.example-shop.com/';
let nextId = 0;
const request = (url: string, type = 'script', over: Record<string, unknown> = {}) => ({
  tabId: 7,
  requestId: String(++nextId),
  type: type as 'script',
  url,
  ...over,
});
const response = (url = PAGE, timeStamp = 1000, over: Record<string, unknown> = {}) => ({
  tabId: 7,
  frameId: 0,
  type: 'main_frame' as const,
  url,
  timeStamp,
  ...over,
});
const commit = (url = PAGE, timeStamp = 1005, over: Record<string, unknown> = {}) => ({
  tabId: 7,
  frameId: 0,
  url,
  timeStamp,
  ...over,
});

/** Host → requests counted, from the tab's current tally. */
async function hosts(tracker: ReturnType<typeof setup>['tracker'], tabId = 7) {
  const doc = await tracker.current(tabId);
  return Object.fromEntries(
    (doc?.tally.hosts ?? []).map((h) => [
      h.host + (h.rule ?? ''),
      Object.values(h.counts).reduce((a, b) => a + b, 0),
    ]),
  );
}

async function load(tracker: ReturnType<typeof setup>['tracker'], url = PAGE, at = 1000) {
  await tracker.onResponseStarted(response(url, at));
  await tracker.onCommitted(commit(url, at + 5));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readiness tracker', () => {
  it('tallies listed hosts of every frame from the main response on; others are only counted', async () => {
    const { tracker } = setup();
    await tracker.onResponseStarted(response());
    // Requested before the commit event is handled: still this page's.
    tracker.onBeforeRequest(request('https://fonts.googleapis.com/css2?family=Inter', 'stylesheet'));
    await tracker.onCommitted(commit(`${PAGE}#top`));
    tracker.onBeforeRequest(request('https://www.google.com/recaptcha/api.js'));
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/abc', 'sub_frame', { frameId: 3 }));
    tracker.onBeforeRequest(request('https://www.youtube.com/s/player.js', 'script', { frameId: 3 }));
    tracker.onBeforeRequest(request('https://hm.baidu.com/hm.js'));
    tracker.onBeforeRequest(request('http://www.example-shop.com/app.js'));
    expect(await hosts(tracker)).toEqual({
      'fonts.googleapis.com': 1,
      'www.google.com/recaptcha/': 1,
      'www.youtube.com': 2,
    });
    const doc = await tracker.current(7);
    expect(doc).toMatchObject({ url: PAGE, fromStart: true });
    expect(doc?.tally.requests).toBe(6);
  });

  it('writes a burst of requests once, and unlisted requests never on their own', async () => {
    const { tracker, area } = setup();
    await load(tracker);
    const before = area.writes;
    for (let i = 0; i < 150; i++) tracker.onBeforeRequest(request(`http://www.example-shop.com/${i}.png`));
    for (let i = 0; i < 40; i++)
      tracker.onBeforeRequest(request('https://fonts.gstatic.com/s/a.woff2', 'font'));
    await Promise.resolve();
    expect(area.writes).toBe(before);
    expect(await hosts(tracker)).toEqual({ 'fonts.gstatic.com': 40 });
    expect(area.writes).toBe(before + 1);
    expect((await tracker.current(7))?.tally.requests).toBe(190);
  });

  it('writes after the delay without being asked, and at once when too many events wait', async () => {
    vi.useFakeTimers();
    const { tracker, area } = setup(400);
    await load(tracker);
    const before = area.writes;
    tracker.onBeforeRequest(request('https://www.google-analytics.com/analytics.js'));
    await vi.advanceTimersByTimeAsync(399);
    expect(area.writes).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(area.writes).toBe(before + 1);

    for (let i = 0; i < MAX_PENDING; i++) tracker.onBeforeRequest(request('https://unpkg.com/x.js'));
    await vi.advanceTimersByTimeAsync(0);
    expect(area.writes).toBe(before + 2);
  });

  it('counts a redirect (same request id) once, and skips other tabs’ and non-active documents’ requests', async () => {
    const { tracker } = setup();
    await load(tracker);
    const first = request('http://fonts.googleapis.com/css', 'stylesheet');
    tracker.onBeforeRequest(first);
    tracker.onBeforeRequest({ ...first, url: 'https://fonts.googleapis.com/css' });
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/x', 'sub_frame', { tabId: -1 }));
    for (const lifecycle of ['prerender', 'cached', 'pending_deletion']) {
      tracker.onBeforeRequest(
        request('https://maps.googleapis.com/js', 'script', { documentLifecycle: lifecycle }),
      );
    }
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/x', 'main_frame'));
    expect(await hosts(tracker)).toEqual({ 'fonts.googleapis.com': 1 });
  });

  it('counts a font that the cache was asked for first, and then the network, once', async () => {
    const { tracker } = setup();
    await load(tracker);
    const font = 'https://fonts.gstatic.com/s/inter.woff2';
    const probe = request(font, 'font');
    tracker.onBeforeRequest(probe);
    tracker.onErrorOccurred({ tabId: 7, url: font, error: 'net::ERR_CACHE_MISS' });
    tracker.onBeforeRequest(request(font, 'font'));
    // A later load of the same font is another request; so is one after another kind of error.
    tracker.onBeforeRequest(request(font, 'font'));
    tracker.onErrorOccurred({ tabId: 7, url: font, error: 'net::ERR_CONNECTION_RESET' });
    tracker.onBeforeRequest(request(font, 'font'));
    expect(await hosts(tracker)).toEqual({ 'fonts.gstatic.com': 3 });
  });

  it('replaces the tally on navigation: the previous page’s hosts never show for the next', async () => {
    const { tracker } = setup();
    await load(tracker);
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/x', 'sub_frame'));
    expect(await hosts(tracker)).toEqual({ 'www.youtube.com': 1 });

    // The old page is on screen until the commit; its tally stays until then.
    await tracker.onResponseStarted(response('http://www.example-shop.com/about', 2000));
    expect(await hosts(tracker)).toEqual({ 'www.youtube.com': 1 });
    tracker.onBeforeRequest(request('https://fonts.googleapis.com/css', 'stylesheet'));
    await tracker.onCommitted(commit('http://www.example-shop.com/about', 2005));
    expect(await hosts(tracker)).toEqual({ 'fonts.googleapis.com': 1 });

    // A commit with no response of its own (back/forward cache): an empty tally, not seen from the start.
    await tracker.onCommitted(commit('http://www.example-shop.com/', 3000));
    expect(await tracker.current(7)).toMatchObject({ fromStart: false, tally: { hosts: [] } });
    // A response for another URL, or a later one, does not belong to the commit.
    await tracker.onResponseStarted(response('http://elsewhere.example/', 4000));
    await tracker.onCommitted(commit('http://www.example-shop.com/', 4005));
    expect((await tracker.current(7))?.fromStart).toBe(false);
    // A page that is not http(s) has no tally.
    await tracker.onCommitted(commit('chrome://newtab/', 5000));
    expect(await tracker.current(7)).toBeNull();
  });

  it('ignores subframe and prerender commits and responses', async () => {
    const { tracker } = setup();
    await load(tracker);
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/x', 'sub_frame'));
    await tracker.onResponseStarted(response(PAGE, 2000, { frameId: 2 }));
    await tracker.onCommitted(commit('https://www.youtube.com/embed/x', 2005, { frameId: 2 }));
    await tracker.onCommitted(commit(PAGE, 2006, { documentLifecycle: 'prerender' }));
    expect(await hosts(tracker)).toEqual({ 'www.youtube.com': 1 });
  });

  it('keeps at most MAX_TALLY_HOSTS hosts and counts the rest as dropped', async () => {
    const { tracker, area } = setup();
    await load(tracker);
    for (let i = 0; i < MAX_TALLY_HOSTS + 5; i++)
      tracker.onBeforeRequest(request(`https://h${i}.github.io/a.js`));
    const doc = await tracker.current(7);
    expect(doc?.tally.hosts).toHaveLength(MAX_TALLY_HOSTS);
    expect(doc?.tally.dropped).toBe(5);
    expect(JSON.stringify(area.data.get(readinessKey(7))).length).toBeLessThan(20_000);
  });

  it('forgets the tab when it closes or is replaced', async () => {
    const { tracker, area } = setup();
    const onRemoved: Array<(tabId: number) => void> = [];
    const onReplaced: Array<(added: number, removed: number) => void> = [];
    const listen = <F>(list: F[]) => ({ addListener: (f: F) => void list.push(f) });
    registerReadiness(tracker, {
      tabs: { onRemoved: listen(onRemoved), onReplaced: listen(onReplaced) } as never,
    });
    await load(tracker);
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/x', 'sub_frame'));
    await tracker.current(7);
    expect(area.data.has(readinessKey(7))).toBe(true);
    onRemoved[0]?.(7);
    expect(await tracker.current(7)).toBeNull();
    expect(area.data.has(readinessKey(7))).toBe(false);

    await load(tracker);
    await tracker.current(7);
    onReplaced[0]?.(8, 7);
    expect(await tracker.current(7)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['another version', { v: 2, current: null, next: null }],
    [
      'a forged tally',
      {
        v: 1,
        next: null,
        current: { url: PAGE, at: 1, fromStart: true, tally: { v: 1, requests: -1, dropped: 0, hosts: [] } },
      },
    ],
    [
      'a host that is not a host name',
      {
        v: 1,
        next: null,
        current: {
          url: PAGE,
          at: 1,
          fromStart: true,
          tally: {
            v: 1,
            requests: 1,
            dropped: 0,
            hosts: [{ host: '<script>', rule: null, counts: {}, waits: 0 }],
          },
        },
      },
    ],
  ])('reads %s in storage as nothing recorded, and starts again from it', async (_name, raw) => {
    const { tracker, area, logError } = setup();
    area.data.set(readinessKey(7), raw);
    expect(await tracker.current(7)).toBeNull();
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/x', 'sub_frame'));
    await load(tracker);
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/y', 'sub_frame'));
    expect(await hosts(tracker)).toEqual({ 'www.youtube.com': 1 });
    expect(logError).not.toHaveBeenCalled();
  });

  it('survives a storage that fails: the error is logged, later events still work', async () => {
    const { tracker, area, logError } = setup();
    const set = area.set.bind(area);
    area.set = async () => {
      throw new Error('Session storage quota bytes exceeded');
    };
    await load(tracker);
    expect(logError).toHaveBeenCalledWith('readiness', expect.any(Error));
    area.set = set;
    await load(tracker, PAGE, 2000);
    tracker.onBeforeRequest(request('https://www.youtube.com/embed/y', 'sub_frame'));
    expect(await hosts(tracker)).toEqual({ 'www.youtube.com': 1 });
  });

  it('ignores a request URL it cannot read', async () => {
    const { tracker } = setup();
    await load(tracker);
    tracker.onBeforeRequest(request('not a url'));
    expect(await hosts(tracker)).toEqual({});
  });
});
