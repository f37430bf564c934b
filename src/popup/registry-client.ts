// The popup's side of the registry checks: asks the worker by message (send() checks the replies)
// and watches the tab's verdicts in storage.session.
import type { Registry } from '../core/types.ts';
import type { BackgroundMessages } from '../messaging/protocol.ts';
import { replyValue, type Send } from '../messaging/send.ts';
import { registryTabKey } from '../storage/registry-state.ts';
import type { RegistryApi } from './api.ts';

interface ChangeEvents {
  addListener(f: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(f: (changes: Record<string, unknown>, area: string) => void): void;
}

export function registryClient(send: Send<BackgroundMessages>, onChanged: ChangeEvents): RegistryApi {
  return {
    async load(tabId) {
      return replyValue('get-registry', await send('get-registry', { tabId })).checks;
    },
    watch(tabId, onChange) {
      const key = registryTabKey(tabId);
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && key in changes) onChange();
      };
      onChanged.addListener(listener);
      return () => onChanged.removeListener(listener);
    },
    async check(tabId: number, registry: Registry, number: string) {
      const reply = await send('registry-check', { tabId, registry, number });
      return reply.ok && reply.value.opened;
    },
  };
}
