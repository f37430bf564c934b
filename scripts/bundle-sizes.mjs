// Sizes of what each build ships, per part: the content script(s) the manifest runs on every page, the
// background (service worker or scripts, with every module they import) and the popup page (its
// scripts and styles, with their imports). Shared by the build's budget check and `npm run bench`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script runs on every page: the build fails above this (check-bundle-size.mjs). Raised
 * from 16 KB for the paused mutation watch and the large-page candidate search, whose 0.9 KB save
 * the page far more CPU than parsing them costs (`npm run bench`).
 */
export const CONTENT_SCRIPT_BUDGET = 17 * 1024;
/**
 * The popup opens on every click and never parses text (the worker does): the build fails above
 * this, which is what catches a popup import that drags the parser in (about 70 KB).
 */
export const POPUP_BUDGET = 136 * 1024;

const IMPORT_RE = /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bimport\()\s*["']([^"']+\.js)["']/g;

/** `file` and every JS module it imports statically or dynamically, relative to `dir`. */
function withImports(dir, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(dir, file))) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  for (const m of readFileSync(join(dir, file), 'utf8').matchAll(IMPORT_RE)) {
    const target = m[1].startsWith('/') ? m[1].slice(1) : posix.join(posix.dirname(file), m[1]);
    withImports(dir, posix.normalize(target), seen);
  }
  return seen;
}

function measure(dir, files) {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(join(dir, f));
    bytes += statSync(join(dir, f)).size;
    gzip += gzipSync(data).length;
  }
  return { files: [...files].sort(), bytes, gzip };
}

/** { content, background, popup } for the build in `dir` (dist/chrome, dist/firefox). */
export function bundleSizes(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  // The budget is for what runs on every page: scripts limited to a few sites (the registries' query
  // pages) are not counted.
  const everyPage = (c) =>
    (c.matches ?? []).some((m) => ['<all_urls>', 'http://*/*', 'https://*/*', '*://*/*'].includes(m));
  const content = new Set((manifest.content_scripts ?? []).filter(everyPage).flatMap((c) => c.js ?? []));
  const background = new Set();
  const bg = manifest.background ?? {};
  for (const f of [bg.service_worker, ...(bg.scripts ?? [])].filter(Boolean)) withImports(dir, f, background);
  const popup = new Set();
  const popupHtml = manifest.action?.default_popup;
  if (popupHtml && existsSync(join(dir, popupHtml))) {
    const html = readFileSync(join(dir, popupHtml), 'utf8');
    for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
      const ref = m[1].startsWith('/') ? m[1].slice(1) : posix.join(dirname(popupHtml), m[1]);
      withImports(dir, posix.normalize(ref), popup);
    }
  }
  return { content: measure(dir, content), background: measure(dir, background), popup: measure(dir, popup) };
}
