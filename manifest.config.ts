// Turns the source manifest.json into the manifest for one browser. The version always comes
// from package.json so there is a single place to bump it.
import { defineManifest } from '@crxjs/vite-plugin';
import source from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export function makeManifest(target: Target) {
  return defineManifest(() => {
    const manifest = structuredClone(source) as Record<string, unknown>;
    manifest.version = pkg.version;
    if (target === 'firefox') {
      const background = source.background;
      manifest.background = { scripts: [background.service_worker], type: background.type };
      delete manifest.minimum_chrome_version;
      manifest.browser_specific_settings = {
        gecko: {
          id: 'icp-lens@icp-lens.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      };
    }
    // biome-ignore lint/suspicious/noExplicitAny: crxjs types the manifest loosely per browser.
    return manifest as any;
  });
}
