// tsx compiles the bench with esbuild's keepNames, which wraps named functions in a `__name(…)`
// helper. Functions sent to a page or worker with evaluate() carry that call but not the helper:
// define a do-nothing one there first.
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

export interface Evaluates {
  evaluate(script: string): Promise<unknown>;
}

export async function shimNames(target: Evaluates): Promise<void> {
  await target.evaluate(NAME_SHIM);
}
