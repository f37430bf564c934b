// Sizes of what each build ships, per part: the content script(s) the manifest runs on every page, the
// background (service worker or scripts, with every module they import), the popup's first screen
// (its page's scripts and styles with their static imports: what loads before the first licence) and
// the whole popup (with what it loads after the first render). Shared by the build's budget check
// and `npm run bench`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script runs on every page: the build fails above this (check-bundle-size.mjs). Raised
 * from 16 KB for the paused mutation watch and the large-page candidate search, whose 0.9 KB save
 * the page far more CPU than parsing them costs (`npm run bench`); to 18 KB for the footer's owner
 * line on pages that print no number (src/dom/footer-owner.ts, 0.8 KB), without which the operator
 * of such a page is never seen.
 */
export const CONTENT_SCRIPT_BUDGET = 18 * 1024;
/**
 * The popup opens on every click and never parses text (the worker does): the build fails when its
 * first screen (the page's scripts and styles with their static imports) grows past this. It catches
 * a first-screen import that drags the parser in (about 70 KB) or the whole message protocol and the
 * sections that load after the first render (about 32 KB).
 */
export const POPUP_BUDGET = 96 * 1024;

const STATIC_IMPORT_RE = /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const ANY_IMPORT_RE = /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bimport\()\s*["'`]([^"'`]+\.js)["'`]/g;

/** `file` and every JS module it imports (statically only, unless `dynamic`), relative to `dir`. */
function withImports(dir, file, seen = new Set(), dynamic = true) {
  if (seen.has(file) || !existsSync(join(dir, file))) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
    dynamic ? ANY_IMPORT_RE : STATIC_IMPORT_RE,
  )) {
    const target = m[1].startsWith('/') ? m[1].slice(1) : posix.join(posix.dirname(file), m[1]);
    withImports(dir, posix.normalize(target), seen, dynamic);
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

/** { content, background, popup, popupAll } for the build in `dir` (dist/chrome, dist/firefox). */
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
  const popupAll = new Set();
  const popupHtml = manifest.action?.default_popup;
  if (popupHtml && existsSync(join(dir, popupHtml))) {
    const html = readFileSync(join(dir, popupHtml), 'utf8');
    for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
      const ref = m[1].startsWith('/') ? m[1].slice(1) : posix.join(dirname(popupHtml), m[1]);
      withImports(dir, posix.normalize(ref), popup, false);
      withImports(dir, posix.normalize(ref), popupAll);
    }
  }
  return {
    content: measure(dir, content),
    background: measure(dir, background),
    popup: measure(dir, popup),
    popupAll: measure(dir, popupAll),
  };
}
