// The extensions the page-cost benchmark compares, written to a temporary folder for one run:
//   - icp-lens: a copy of the built dist/chrome, plus bench-bare.html next to the popup (the popup's
//     HTML shell and stylesheet with every script removed: the floor any popup pays);
//   - naive: a content script that reads document.body.innerText and runs one regex;
//   - floor: a content script that reads document.body.textContent and runs the same regex (what any
//     content script that reads the page's text at all pays);
//   - sending: the floor plus one runtime.sendMessage of what it found (what any content script that
//     reads the text and reports to its service worker pays: the first use of the runtime API in
//     the isolated world is part of it).
// Each gets an empty service worker, so the launcher finds the extension the same way for all four.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../test/e2e/support/launch.ts';

export const BARE_POPUP = 'src/popup/bench-bare.html';

/** The one regex every baseline runs over the page text. */
const BASELINE_RE = '/[\\u4e00-\\u9fff]\\s*ICP\\s*[备证]\\s*\\d{5,12}/g';

/** The extensions of one run, in the order each page is loaded in them. */
export const VARIANTS = ['icp-lens', 'naive', 'floor', 'sending'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface BenchExtensions {
  dirs: Record<Variant, string>;
  remove(): Promise<void>;
}

function baselineManifest(name: string): string {
  return JSON.stringify({
    manifest_version: 3,
    name,
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' },
    ],
  });
}

async function writeBaseline(
  dir: string,
  name: string,
  read: 'innerText' | 'textContent',
  report = false,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'manifest.json'), baselineManifest(name));
  await writeFile(join(dir, 'worker.js'), '');
  const send = report ? ' chrome.runtime.sendMessage({ found }).catch(() => {});' : '';
  const script = `(() => { const found = (document.body.${read} || '').match(${BASELINE_RE}); globalThis.__found = found ? found.length : 0;${send} })();`;
  await writeFile(join(dir, 'content.js'), script);
}

/** The built popup page with its scripts and module preloads removed; stylesheets stay. */
export function barePopupHtml(popupHtml: string): string {
  return popupHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
}

export async function prepareExtensions(): Promise<BenchExtensions> {
  const root = await mkdtemp(join(tmpdir(), 'icp-lens-bench-'));
  const dirs = Object.fromEntries(VARIANTS.map((v) => [v, join(root, v)])) as Record<Variant, string>;
  await cp(EXTENSION_DIR, dirs['icp-lens'], { recursive: true });
  const popup = await readFile(join(dirs['icp-lens'], 'src/popup/index.html'), 'utf8');
  await writeFile(join(dirs['icp-lens'], BARE_POPUP), barePopupHtml(popup));
  await writeBaseline(dirs.naive, 'naive innerText baseline', 'innerText');
  await writeBaseline(dirs.floor, 'textContent floor', 'textContent');
  await writeBaseline(dirs.sending, 'textContent floor that reports', 'textContent', true);
  return { dirs, remove: () => rm(root, { recursive: true, force: true }) };
}
