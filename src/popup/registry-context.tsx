// The registry verdicts of the popup's tab, for every card: loaded once, reloaded whenever the
// worker stores a new one (so a verdict appears while the popup is open), and the function that
// starts a check. Cards outside a RegistryProvider (or without the API) get null and show nothing.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Registry } from '../core/types.ts';
import type { RegistryChecks } from '../storage/registry-checks.ts';
import type { PopupApi } from './api.ts';

export interface RegistryContextValue {
  checks: RegistryChecks;
  /** Starts a check of `number` (opens the query page); false when it could not start. */
  check(registry: Registry, number: string): Promise<boolean>;
}

const RegistryContext = createContext<RegistryContextValue | null>(null);

export const useRegistry = () => useContext(RegistryContext);

export function RegistryProvider({
  tabId,
  api,
  children,
}: {
  tabId: number;
  api: PopupApi;
  children: ComponentChildren;
}) {
  const registry = api.registry;
  const [checks, setChecks] = useState<RegistryChecks>({});
  useEffect(() => {
    if (!registry) return;
    let live = true;
    const load = () =>
      registry.load(tabId).then(
        (c) => live && setChecks(c),
        (error: unknown) => console.error('[icp-lens] registry', error),
      );
    const unwatch = registry.watch(tabId, () => void load());
    void load();
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId, registry]);
  const value = useMemo<RegistryContextValue | null>(
    () => (registry ? { checks, check: (which, number) => registry.check(tabId, which, number) } : null),
    [registry, checks, tabId],
  );
  return <RegistryContext.Provider value={value}>{children}</RegistryContext.Provider>;
}
