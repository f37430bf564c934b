// The sending side of the protocol (src/messaging/protocol.ts) for the extension pages and the popup:
// send(type, payload) builds the request, hands it to a transport (runtime.sendMessage, or
// tabs.sendMessage to a tab's content script) and validates the reply against the type's schema.
// It never throws: a transport failure or a malformed reply becomes a typed error reply.
import * as v from 'valibot';
import type { ProtocolMap, ReplyOf, RequestOf, TypeOf } from './protocol.ts';
import { type ErrorCode, type Reply, replySchema } from './reply.ts';

/** Delivers one request and resolves to whatever came back; rejects when nobody answered. */
export type Transport = (message: unknown) => Promise<unknown>;

export type Send<M extends ProtocolMap> = <K extends TypeOf<M>>(
  type: K,
  payload: RequestOf<M, K>,
) => Promise<Reply<ReplyOf<M, K>>>;

export function createSend<M extends ProtocolMap>(map: M, transport: Transport): Send<M> {
  const schemas = new Map<string, v.GenericSchema<unknown, Reply<unknown>>>();
  const schemaOf = (type: string) => {
    let schema = schemas.get(type);
    if (!schema) {
      schema = replySchema(map[type]?.reply ?? v.never());
      schemas.set(type, schema);
    }
    return schema;
  };
  return async (type, payload) => {
    let raw: unknown;
    try {
      raw = await transport({ ...payload, type });
    } catch {
      return { ok: false, error: 'unreachable' };
    }
    const reply = v.safeParse(schemaOf(type), raw);
    return reply.success
      ? (reply.output as Reply<ReplyOf<M, typeof type>>)
      : { ok: false, error: 'invalid reply' };
  };
}

/** An error reply as an exception, for callers whose only answer to failure is an error state. */
export class MessageError extends Error {
  constructor(
    readonly type: string,
    readonly code: ErrorCode,
  ) {
    super(`${type}: ${code}`);
    this.name = 'MessageError';
  }
}

/** The reply's value; throws MessageError on an error reply. */
export function replyValue<T>(type: string, reply: Reply<T>): T {
  if (!reply.ok) throw new MessageError(type, reply.error);
  return reply.value;
}
