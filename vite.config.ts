import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { makeManifest, type Target } from './manifest.config.ts';
import { KINDS } from './src/core/kinds.ts';
import { markerSourceOf } from './src/core/markers.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: makeManifest(target),
        browser: target,
        // One self-contained IIFE: nothing has to be web-accessible to every page.
        contentScripts: {
          standaloneFiles: [
            'src/content/index.ts',
            'src/registry-content/observer-main.ts',
            'src/registry-content/relay-main.ts',
          ],
        },
      }),
    ],
    // The marker alternation as a literal (src/core/markers.ts): the content script drops the table.
    define: { __ICP_MARKER_SOURCE__: JSON.stringify(markerSourceOf(KINDS)) },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Extension pages no manifest key names: crxjs builds them as extra inputs (issue #5).
      rollupOptions: { input: { history: 'src/history/index.html', batch: 'src/batch/index.html' } },
    },
  };
});
