// The reply envelope every message type shares, apart from the map (protocol.ts) so a sender that
// needs one type's reply (the popup's first screen) does not build every schema of the protocol.
import * as v from 'valibot';

/** Errors the receiver answers with, and the two a sender adds (nobody answered; a malformed reply). */
export const ERROR_CODES = [
  'invalid message',
  'forbidden',
  'internal error',
  'unreachable',
  'invalid reply',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorReply = { ok: false; error: ErrorCode };
export type Reply<T> = { ok: true; value: T } | ErrorReply;

/** The schema of the whole reply to one message type: its value, or a typed error. */
export function replySchema<T>(value: v.GenericSchema<unknown, T>): v.GenericSchema<unknown, Reply<T>> {
  return v.variant('ok', [
    v.object({ ok: v.literal(true), value }),
    v.object({ ok: v.literal(false), error: v.picklist(ERROR_CODES) }),
  ]) as v.GenericSchema<unknown, Reply<T>>;
}
