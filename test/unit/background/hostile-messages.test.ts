// Malformed, oversized and foreign messages: each is refused with an error reply, the handler never
// throws, and the state already stored (and the badge) stays exactly as it was.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import {
  MAX_BLOCK_CHARS,
  MAX_BLOCKS,
  MAX_CONTEXT_BLOCKS,
  MAX_HREF_CHARS,
  MAX_LINKS,
} from '../../../src/messaging/limits.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { testHistory } from './test-history.ts';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const TAB = { id: 5, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const CONTENT: Runtime.MessageSender = { id: 'ourid', url: 'https://example.cn/', frameId: 0, tab: TAB };
const block = (text: string, id = 0) => ({ text, region: 'footer', id });
const scan = (over: Record<string, unknown> = {}) => ({
  type: 'page-scan',
  blocks: [block('京ICP备16045689号-1')],
  links: [],
  truncated: false,
  ...over,
});

async function setup() {
  const area = new FakeSession();
  const setBadge = vi.fn(async () => {});
  const handle = createMessageHandler({
    self: SELF,
    analyse: (blocks, links, truncated) => analysePage(blocks, links, truncated, { year: 2026 }),
    store: createTabStateStore(area, () => 1),
    setBadge,
    history: testHistory(),
    logError: () => {},
  });
  expect(await handle(scan(), CONTENT)).toEqual({ ok: true, value: {} });
  const stored = structuredClone(Object.fromEntries(area.data));
  setBadge.mockClear();
  return { area, handle, setBadge, stored };
}

const HUGE = 'x'.repeat(MAX_BLOCK_CHARS + 1);

describe('hostile messages', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a string', 'page-scan'],
    ['an array', [scan()]],
    ['an unknown type', { type: 'erase-everything' }],
    [
      'a prototype-polluting key',
      JSON.parse('{"type":"page-scan","__proto__":{"ok":true},"blocks":[],"links":[]}'),
    ],
    ['blocks that are not an array', scan({ blocks: 'x' })],
    ['a block without text', scan({ blocks: [{ region: 'footer', id: 0 }] })],
    ['a block with an unknown region', scan({ blocks: [{ text: 'a', region: 'header', id: 0 }] })],
    ['a negative block id', scan({ blocks: [block('a', -1)] })],
    ['a fractional block id', scan({ blocks: [block('a', 0.5)] })],
    ['truncated as a string', scan({ truncated: 'yes' })],
    ['a block over the size limit', scan({ blocks: [block(HUGE)] })],
    ['too many blocks', scan({ blocks: Array.from({ length: MAX_BLOCKS + 1 }, (_, i) => block('a', i)) })],
    [
      'too many links',
      scan({ links: Array.from({ length: MAX_LINKS + 1 }, () => ({ href: 'a', region: 'body' })) }),
    ],
    [
      'an href over the size limit',
      scan({ links: [{ href: 'h'.repeat(MAX_HREF_CHARS + 1), region: 'body' }] }),
    ],
    ['context that is not an array', scan({ context: 'x' })],
    ['a context block over the size limit', scan({ context: [block(HUGE, 1)] })],
    [
      'too many context blocks',
      scan({ context: Array.from({ length: MAX_CONTEXT_BLOCKS + 1 }, (_, i) => block('a', i + 1)) }),
    ],
    ['a get-report with a negative tab', { type: 'get-report', tabId: -1 }],
    ['a get-report with a string tab', { type: 'get-report', tabId: '5' }],
  ])('refuses %s and keeps the stored state', async (_name, message) => {
    const { area, handle, setBadge, stored } = await setup();
    const reply = await handle(message, CONTENT);
    expect(reply.ok).toBe(false);
    expect(Object.fromEntries(area.data)).toEqual(stored);
    expect(setBadge).not.toHaveBeenCalled();
  });

  it.each<[string, Runtime.MessageSender]>([
    ['another extension', { ...CONTENT, id: 'evil' }],
    ['a sender without an id (a web page)', { ...CONTENT, id: undefined }],
    ['a sub-frame', { ...CONTENT, frameId: 2 }],
  ])('refuses a valid page-scan from %s and keeps the stored state', async (_name, sender) => {
    const { area, handle, setBadge, stored } = await setup();
    const reply = await handle(scan({ blocks: [block('沪ICP备13041765号-1')] }), sender);
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
    expect(Object.fromEntries(area.data)).toEqual(stored);
    expect(setBadge).not.toHaveBeenCalled();
  });

  it('refuses get-report from another extension: no report leaks', async () => {
    const { handle } = await setup();
    const reply = await handle(
      { type: 'get-report', tabId: 5 },
      { id: 'evil', url: 'chrome-extension://evil/x.html' },
    );
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
  });

  it('never throws and never changes state on arbitrary values', async () => {
    const { area, handle, stored } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const reply = await handle(value, { id: 'evil' });
        expect(reply.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(Object.fromEntries(area.data)).toEqual(stored);
  });
});
