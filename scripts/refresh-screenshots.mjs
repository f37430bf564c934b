#!/usr/bin/env node
// Copies the popup screenshots the browser tests just made (test-results/screenshots/*.png) into
// docs/screenshots/, where the README shows them. `npm run screenshots` runs the screenshot test first;
// the tests themselves only ever write to test-results/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'test-results/screenshots');
const to = join(root, 'docs/screenshots');

const shots = existsSync(from) ? readdirSync(from).filter((name) => name.endsWith('.png')) : [];
if (shots.length === 0) {
  console.error(
    `refresh-screenshots: no screenshots in ${from}; run the browser test test/e2e/screenshots.e2e.ts`,
  );
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const name of shots.sort()) {
  copyFileSync(join(from, name), join(to, name));
  console.log(`docs/screenshots/${name} (${Math.round(statSync(join(to, name)).size / 1024)} KB)`);
}
