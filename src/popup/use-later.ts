// Loads later.tsx (the sections beside the licence cards) once, on the first render that wants it.
import { useEffect, useState } from 'preact/hooks';

type Later = typeof import('./later.tsx');

let loaded: Later | null = null;
let loading: Promise<Later> | null = null;

/** Loads the module once; tests await it so the sections render without waiting. */
export function loadLater(): Promise<Later> {
  loading ??= import('./later.tsx').then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

/** The module once loaded, else null (and starts loading it when `wanted`). */
export function useLater(wanted = true): Later | null {
  const [later, setLater] = useState(loaded);
  useEffect(() => {
    if (later || !wanted) return;
    let live = true;
    loadLater().then(
      (m) => live && setLater(m),
      (error: unknown) => console.error('[icp-lens] popup sections', error),
    );
    return () => {
      live = false;
    };
  }, [later, wanted]);
  return later;
}
