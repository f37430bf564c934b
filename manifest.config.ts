// Turns the source manifest.json into the manifest for one browser. The version always comes
// from package.json so there is a single place to bump it.
import { defineManifest } from '@crxjs/vite-plugin';
import source from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Top-level keys only Chrome reads; web-ext lint flags them in a Firefox build. */
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url'];

/** Firefox's add-on id: permanent once the add-on is on addons.mozilla.org. */
export const GECKO_ID = 'icp-lens@icp-lens.invalid';

/**
 * Every key of the source passes through unchanged (default_locale, options_ui, host_permissions …);
 * for Firefox only the background and the Chrome-only keys change.
 */
export function manifestFor(target: Target, src: Record<string, unknown> = source, version = pkg.version) {
  const manifest = structuredClone(src);
  manifest.version = version;
  if (target === 'firefox') {
    const background = src.background as { service_worker: string; type?: string };
    // Firefox runs MV3 backgrounds as event pages, not service workers; crxjs's Firefox mode wants
    // background.scripts.
    manifest.background = { scripts: [background.service_worker], type: background.type };
    for (const key of CHROME_ONLY_KEYS) delete manifest[key];
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // Lowest version where data_collection_permissions is known on desktop and Android.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

export function makeManifest(target: Target) {
  // biome-ignore lint/suspicious/noExplicitAny: crxjs types the manifest loosely per browser.
  return defineManifest(() => manifestFor(target) as any);
}
