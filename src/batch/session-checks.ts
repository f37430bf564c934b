// Registry verdicts kept this session per domain (storage.session, written by the worker), for the
// batch rows, whose sites need not be in the history: read by message, watched through
// storage.onChanged.
import type { BackgroundMessages } from '../messaging/protocol.ts';
import type { Send } from '../messaging/send.ts';
import type { RegistryChecks } from '../storage/registry-checks.ts';
import { SITES_KEY } from '../storage/registry-state.ts';

/** The verdicts per domain; empty when the background cannot say. */
export async function sessionChecks(send: Send<BackgroundMessages>): Promise<Map<string, RegistryChecks>> {
  const reply = await send('get-registry-sites', {});
  return new Map(reply.ok ? reply.value.sites.map((s) => [s.domain, s.checks]) : []);
}

/** Whether a storage change touches the verdicts per domain. */
export const touchesSessionChecks = (changes: Record<string, unknown>, area: string) =>
  area === 'session' && SITES_KEY in changes;
