// The protocol map and send(): requests are exactly `type` plus the payload, replies are checked
// against their type's schema, and every failure is a typed error reply, never a throw.
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_MESSAGES,
  CONTENT_MESSAGES,
  ERROR_CODES,
  messageSchema,
  parseMessage,
} from '../../../src/messaging/protocol.ts';
import { createSend, MessageError, replyValue } from '../../../src/messaging/send.ts';

describe('protocol map', () => {
  it('names each type once across both receivers, each with a sender', () => {
    const types = [...Object.keys(BACKGROUND_MESSAGES), ...Object.keys(CONTENT_MESSAGES)];
    expect(new Set(types).size).toBe(types.length);
    for (const spec of [...Object.values(BACKGROUND_MESSAGES), ...Object.values(CONTENT_MESSAGES)]) {
      expect(['content-script', 'extension-page', 'registry-page']).toContain(spec.from);
    }
  });

  it('accepts exactly type + payload', () => {
    expect(parseMessage({ type: 'get-report', tabId: 3 })).toEqual({ type: 'get-report', tabId: 3 });
    expect(parseMessage({ type: 'clear-history' })).toEqual({ type: 'clear-history' });
    expect(parseMessage({ type: 'get-report', tabId: 3, more: 1 })).toBeNull();
    expect(parseMessage({ type: 'show-block', block: 1 })).toBeNull();
    expect(parseMessage({ type: 'toString' })).toBeNull();
    expect(v.safeParse(messageSchema(CONTENT_MESSAGES), { type: 'show-block', block: 1 }).success).toBe(true);
    expect(v.safeParse(messageSchema(CONTENT_MESSAGES), { type: 'get-report', tabId: 1 }).success).toBe(
      false,
    );
  });
});

describe('send', () => {
  it('sends type + payload and returns a valid reply as is', async () => {
    const transport = vi.fn(async () => ({ ok: true, value: { added: 2, complete: true } }));
    const send = createSend(BACKGROUND_MESSAGES, transport);
    expect(await send('add-to-history', { sites: [] })).toEqual({
      ok: true,
      value: { added: 2, complete: true },
    });
    expect(transport).toHaveBeenCalledWith({ type: 'add-to-history', sites: [] });
  });

  it('keeps the type it was asked to send even if the payload carries one', async () => {
    const transport = vi.fn(async () => ({ ok: true, value: {} }));
    const payload = { type: 'page-scan' } as unknown as Record<string, never>;
    await createSend(BACKGROUND_MESSAGES, transport)('clear-history', payload);
    expect(transport).toHaveBeenCalledWith({ type: 'clear-history' });
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a value of the wrong shape', { ok: true, value: { added: '2', complete: true } }],
    ['a value for another type', { ok: true, value: { report: null } }],
    ['an unknown error code', { ok: false, error: 'teapot' }],
    ['no ok field', { value: { added: 1, complete: true } }],
  ])('turns %s into "invalid reply"', async (_name, raw) => {
    const send = createSend(BACKGROUND_MESSAGES, async () => raw);
    expect(await send('add-to-history', { sites: [] })).toEqual({ ok: false, error: 'invalid reply' });
  });

  it('passes error replies through and turns a rejected transport into "unreachable"', async () => {
    for (const error of ERROR_CODES.slice(0, 3)) {
      const send = createSend(BACKGROUND_MESSAGES, async () => ({ ok: false, error }));
      expect(await send('clear-history', {})).toEqual({ ok: false, error });
    }
    const send = createSend(CONTENT_MESSAGES, () =>
      Promise.reject(new Error('Receiving end does not exist')),
    );
    expect(await send('content-status', {})).toEqual({ ok: false, error: 'unreachable' });
  });

  it('replyValue throws a MessageError with the code', () => {
    expect(replyValue('clear-history', { ok: true, value: 1 })).toBe(1);
    expect(() => replyValue('clear-history', { ok: false, error: 'forbidden' })).toThrow(MessageError);
    expect(() => replyValue('clear-history', { ok: false, error: 'forbidden' })).toThrow(
      'clear-history: forbidden',
    );
  });
});
