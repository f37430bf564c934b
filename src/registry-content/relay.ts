// Isolated-world relay on the registries' query pages: takes the observer's observations over the
// private channel, checks each one (size, schema, a query call of this page's own registry), reads
// the response body into a registry answer with the core's parsers and sends that to the service
// worker. A page can make it send no more than a few answers per second, and nothing that is not a
// registry's answer to one of its own query calls.

import * as v from 'valibot';
import { registryCall, registryOfOrigin } from '../core/registry/calls.ts';
import { parseMiitResponse } from '../core/registry/miit.ts';
import { parsePsbResponse } from '../core/registry/psb.ts';
import { queryOfRequest } from '../core/registry/request.ts';
import {
  MAX_OBSERVATION_CHARS,
  ObservationSchema,
  REGISTRY_ANSWER,
  type RegistryAnswerMessage,
} from './message.ts';
import { relayChannel } from './pairing.ts';

/** Answers sent at most per RATE_WINDOW_MS; more are dropped. */
export const RATE_LIMIT = 20;
export const RATE_WINDOW_MS = 10_000;

export interface RelayOptions {
  doc: Document;
  /** The page's origin (location.origin): decides which registry's answers it may send. */
  origin: string;
  send(message: RegistryAnswerMessage): void;
  now(): number;
}

/** The message for one observation text, or null when it is not one to pass on. */
export function answerMessage(text: string, origin: string, readAt: number): RegistryAnswerMessage | null {
  if (text.length > MAX_OBSERVATION_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(ObservationSchema, raw);
  if (!parsed.success) return null;
  const observation = parsed.output;
  const call = registryCall(observation.url);
  if (!call || call.registry !== registryOfOrigin(origin)) return null;
  const query = queryOfRequest(call.registry, observation.request);
  const answer =
    call.registry === 'miit'
      ? parseMiitResponse(call.call, observation, query, readAt)
      : parsePsbResponse(observation, query, readAt);
  return { type: REGISTRY_ANSWER, answer };
}

export function startRelay({ doc, origin, send, now }: RelayOptions): { paired(): boolean } {
  const sent: number[] = [];
  return relayChannel(doc, (text) => {
    const at = now();
    while (sent.length > 0 && at - (sent[0] as number) >= RATE_WINDOW_MS) sent.shift();
    if (sent.length >= RATE_LIMIT) return;
    const message = answerMessage(text, origin, at);
    if (!message) return;
    sent.push(at);
    send(message);
  });
}
