// The popup's side of the registry checks: asks the worker by message (send() checks the replies)
// and watches the tab's verdicts in storage.session.
import type { Registry } from '../core/types.ts';
import type { BackgroundMessages } from '../messaging/protocol.ts';
import { replyValue, type Send } from '../messaging/send.ts';
import { registryTabKey } from '../storage/registry-key.ts';
import type { RegistryApi } from './api.ts';

/** Calls back when a storage.session key changes; returns an unsubscribe function. */
type WatchSession = (key: string, onChange: () => void) => () => void;

export function registryClient(send: Send<BackgroundMessages>, watchSession: WatchSession): RegistryApi {
  return {
    async load(tabId) {
      return replyValue('get-registry', await send('get-registry', { tabId })).checks;
    },
    watch: (tabId, onChange) => watchSession(registryTabKey(tabId), onChange),
    async check(tabId: number, registry: Registry, number: string) {
      const reply = await send('registry-check', { tabId, registry, number });
      return reply.ok && reply.value.opened;
    },
  };
}
