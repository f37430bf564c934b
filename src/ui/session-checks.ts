// Registry verdicts kept this session per domain (storage.session, written by the background), for
// pages that list sites: read by message, watched through storage.onChanged, and laid over the
// sites' own verdicts (a history entry keeps them only while the history is on).
import type { BackgroundMessages } from '../messaging/protocol.ts';
import type { Send } from '../messaging/send.ts';
import { mergeChecks, type RegistryChecks } from '../storage/registry-checks.ts';
import { SITES_KEY } from '../storage/registry-state.ts';

/** The verdicts per domain; empty when the background cannot say. */
export async function sessionChecks(send: Send<BackgroundMessages>): Promise<Map<string, RegistryChecks>> {
  const reply = await send('get-registry-sites', {});
  return new Map(reply.ok ? reply.value.sites.map((s) => [s.domain, s.checks]) : []);
}

/** Whether a storage change touches the verdicts per domain. */
export const touchesSessionChecks = (changes: Record<string, unknown>, area: string) =>
  area === 'session' && SITES_KEY in changes;

/** Each site with the session's verdicts for its domain merged over its own. */
export function withSessionChecks<T extends { domain: string; registry?: RegistryChecks }>(
  sites: readonly T[],
  session: ReadonlyMap<string, RegistryChecks>,
): T[] {
  return sites.map((site) => {
    const extra = session.get(site.domain);
    return extra ? { ...site, registry: mergeChecks(site.registry, extra) } : site;
  });
}
