// Who may send what the registry pages send: our relay content script on one of the two official
// query sites (beian.miit.gov.cn, beian.mps.gov.cn), in any frame of a tab (the relay runs in all
// frames, and a query form can live in an iframe). The registry is the one of the frame's origin;
// the handler also checks that an answer claims that registry, so the police site can never speak
// for MIIT or the other way round.
import type { Runtime } from 'webextension-polyfill';
import { registryOfOrigin } from '../core/registry/calls.ts';
import type { RegistryPage } from './registry.ts';
import type { ExtensionIdentity } from './trust.ts';

/** Chrome adds origin and documentLifecycle; the polyfill types lack them. */
type Sender = Runtime.MessageSender & { origin?: unknown; documentLifecycle?: string };

const isId = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The registry page a message comes from, or null when the sender is not our relay there. */
export function registryPage(sender: Sender, self: ExtensionIdentity): RegistryPage | null {
  if (sender.id !== self.id) return null;
  const tabId = sender.tab?.id;
  if (!isId(tabId) || !isId(sender.frameId)) return null;
  if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return null;
  // Chrome gives the frame's origin (also for about:blank frames, which inherit it); Firefox only the URL.
  const origin = typeof sender.origin === 'string' ? sender.origin : originOf(sender.url);
  const registry = origin === null ? null : registryOfOrigin(origin);
  if (!registry) return null;
  // Where the URL is a web address it must be on the same site as the origin.
  const urlOrigin = originOf(sender.url);
  if (urlOrigin?.startsWith('http') && urlOrigin !== origin) return null;
  return { tabId, frameId: sender.frameId, registry };
}
