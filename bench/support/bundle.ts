// Bundles the collector (bench/support/collector.ts) into one minified IIFE with vite, the same
// bundler the extension is built with, so the timed code is what ships.
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const ENTRY = resolve(import.meta.dirname, 'collector.ts');

export async function collectorScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: ENTRY, formats: ['iife'], name: 'icpLensBench', fileName: 'collector' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bench: the collector bundle is empty');
  return chunk.code;
}
