// Build budget (issue #7): the content script runs on every page, so the build fails when it grows
// past its budget (CONTENT_SCRIPT_BUDGET, minified); the popup's first screen fails past its own.
// Checks every build present in dist/; the background is only reported.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, CONTENT_SCRIPT_BUDGET, POPUP_BUDGET } from './bundle-sizes.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const target of ['chrome', 'firefox']) {
  const dir = join('dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) continue;
  const s = bundleSizes(dir);
  const over = s.content.bytes > CONTENT_SCRIPT_BUDGET;
  const popupOver = s.popup.bytes > POPUP_BUDGET;
  failed ||= over || popupOver;
  console.log(
    `bundle ${target}: content script ${kb(s.content.bytes)} (budget ${kb(CONTENT_SCRIPT_BUDGET)}${over ? ', OVER' : ''}), ` +
      `background ${kb(s.background.bytes)}, popup first screen ${kb(s.popup.bytes)} (budget ${kb(POPUP_BUDGET)}${popupOver ? ', OVER' : ''}), ` +
      `whole popup ${kb(s.popupAll.bytes)}`,
  );
}
if (failed) {
  console.error('check-bundle-size: the content script or the popup is over its budget');
  process.exit(1);
}
