// The per-browser manifests: what Firefox gets changed, and that everything else passes through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from '../../../manifest.config.ts';
import source from '../../../manifest.json' with { type: 'json' };
import pkg from '../../../package.json' with { type: 'json' };

const extended = {
  ...source,
  default_locale: 'en',
  options_ui: { page: 'src/options/index.html', open_in_tab: false },
  host_permissions: ['https://example.invalid/*'],
  web_accessible_resources: [{ resources: ['a.png'], matches: ['<all_urls>'] }],
};

describe('manifestFor', () => {
  it('takes the version from package.json for both browsers', () => {
    expect(manifestFor('chrome').version).toBe(pkg.version);
    expect(manifestFor('firefox').version).toBe(pkg.version);
  });

  it('leaves the Chrome manifest as the source, version aside', () => {
    expect(manifestFor('chrome', extended, '9.9.9')).toEqual({ ...extended, version: '9.9.9' });
  });

  it('gives Firefox background scripts, a gecko id and data_collection_permissions', () => {
    const m = manifestFor('firefox');
    expect(m.background).toEqual({ scripts: [source.background.service_worker], type: 'module' });
    expect(m.minimum_chrome_version).toBeUndefined();
    expect(m.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });

  it('passes every other key through to Firefox', () => {
    const m = manifestFor('firefox', { ...extended, key: 'abc', update_url: 'https://x.invalid' }, '1.0.0');
    const { background, minimum_chrome_version, ...rest } = extended;
    expect(m).toEqual({
      ...rest,
      version: '1.0.0',
      background: expect.any(Object),
      browser_specific_settings: expect.any(Object),
    });
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('icons', () => {
  it('every icon the manifest names exists in public/ at its size', () => {
    const all = { ...source.icons, ...source.action.default_icon };
    expect(Object.keys(source.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    for (const [size, path] of Object.entries(all)) {
      expect(pngSize(`public/${path}`), path).toEqual([Number(size), Number(size)]);
    }
  });
});
