// @vitest-environment happy-dom
// The content script's answers to the popup are the replies CONTENT_MESSAGES pairs with each request,
// and anything else gets a typed error reply.
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_MESSAGES, replySchema } from '../../../src/messaging/protocol.ts';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

const ORIGIN = 'chrome-extension://ourid/';
const POPUP = { id: 'ourid', url: `${ORIGIN}src/popup/index.html` };

let listener: Listener | undefined;

beforeEach(async () => {
  vi.resetModules();
  document.body.innerHTML = '<footer><p>京ICP备16046272号-1</p></footer>';
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'ourid',
      getURL: (path: string) => `${ORIGIN}${path}`,
      sendMessage: () => Promise.resolve(),
      onMessage: {
        addListener: (l: Listener) => {
          listener = l;
        },
      },
    },
  });
  await import('../../../src/content/index.ts');
});

afterEach(() => {
  vi.unstubAllGlobals();
  listener = undefined;
});

function ask(message: unknown, sender: unknown = POPUP): unknown {
  const sendResponse = vi.fn();
  listener?.(message, sender, sendResponse);
  expect(sendResponse).toHaveBeenCalledTimes(1);
  return sendResponse.mock.calls[0]?.[0];
}

describe('content script replies', () => {
  it('answers content-status and show-block with their paired replies', () => {
    const status = ask({ type: 'content-status' });
    expect(v.safeParse(replySchema(CONTENT_MESSAGES['content-status'].reply), status).success).toBe(true);
    expect(status).toEqual({ ok: true, value: { present: true } });
    const shown = ask({ type: 'show-block', block: 0 });
    expect(v.safeParse(replySchema(CONTENT_MESSAGES['show-block'].reply), shown).success).toBe(true);
    expect(shown).toEqual({ ok: true, value: { shown: true } });
    expect(ask({ type: 'show-block', block: 7 })).toEqual({ ok: true, value: { shown: false } });
  });

  it('answers malformed requests and foreign senders with a typed error', () => {
    expect(ask({ type: 'show-block', block: -1 })).toEqual({ ok: false, error: 'invalid message' });
    expect(ask('content-status')).toEqual({ ok: false, error: 'invalid message' });
    expect(ask({ type: 'content-status' }, { id: 'other', url: 'chrome-extension://other/x' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(ask({ type: 'content-status' }, { id: 'ourid', url: 'https://example.cn/' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });
});
