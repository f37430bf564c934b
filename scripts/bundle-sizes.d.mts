// Types of bundle-sizes.mjs, for the TypeScript that imports it (bench/main.ts).
export interface PartSize {
  files: string[];
  bytes: number;
  gzip: number;
}
export const CONTENT_SCRIPT_BUDGET: number;
export function bundleSizes(dir: string): { content: PartSize; background: PartSize; popup: PartSize };
