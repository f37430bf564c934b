#!/usr/bin/env node
// `npm start`: serves demo/ on 127.0.0.1 and opens Chromium with the built extension (dist/chrome) on
// the demo page, in a fresh temporary profile. Without a display it runs headless instead, opens the
// popup for the demo tab, saves demo-screenshot.png and prints the badge text.
//
//   node scripts/demo.mjs [--headless]      CHROME_PATH=/path/to/chromium to pick the browser
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, 'dist/chrome');
const DEMO_DIR = join(ROOT, 'demo');
const SCREENSHOT = join(ROOT, 'demo-screenshot.png');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
  fail('dist/chrome is missing: run `npm run build` first.');
if (!existsSync(CHROMIUM)) {
  fail(
    `no Chromium at ${CHROMIUM}. On Debian/Ubuntu: sudo apt-get install chromium fonts-wqy-microhei; ` +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

// --- static server for demo/ ---------------------------------------------------------------------
const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = normalize(join(DEMO_DIR, decodeURIComponent(path === '/' ? '/index.html' : path)));
  if (!file.startsWith(DEMO_DIR + sep)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
});
await new Promise((done) => server.listen(Number(process.env.PORT) || 0, '127.0.0.1', done));
const demoUrl = `http://127.0.0.1:${server.address().port}/`;

// --- browser -------------------------------------------------------------------------------------
const profile = await mkdtemp(join(tmpdir(), 'icp-lens-demo-'));
const args = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
];
// Chromium refuses to start sandboxed as root (containers, CI machines).
if (process.getuid?.() === 0) args.push('--no-sandbox');
if (headless) args.push('--disable-gpu');

let cleanupDone;
/** Closes Chromium and the server and removes the profile; safe to call more than once. */
function cleanup(context) {
  cleanupDone ??= (async () => {
    await context?.close().catch(() => {});
    server.closeAllConnections();
    await new Promise((done) => server.close(() => done()));
    await rm(profile, { recursive: true, force: true });
  })();
  return cleanupDone;
}

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: headless ? { width: 1100, height: 800 } : null,
    // Our own handlers close Chromium and remove the profile; Playwright's would just kill it.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
} catch (error) {
  await cleanup();
  fail(`could not start ${CHROMIUM}: ${error.message.split('\n')[0]}`);
}

const isOurs = (w) => w.url().startsWith('chrome-extension://');
const worker =
  context.serviceWorkers().find(isOurs) ??
  (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => null));
if (!worker) {
  await cleanup(context);
  fail('the extension did not start (no service worker). Is dist/chrome a complete build?');
}
const extensionId = new URL(worker.url()).host;

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(`ICP Lens demo: ${demoUrl}`);
  console.log('Chromium is open with the extension loaded. The badge on the demo page should read 京.');
  console.log('Pin ICP Lens from the puzzle-piece menu and click it to see the licences.');
  console.log('Close Chromium or press Ctrl-C to stop.');
  const stop = async () => {
    await cleanup(context);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', stop);
} else {
  if (!hasDisplay) {
    console.log('No display found (DISPLAY and WAYLAND_DISPLAY are unset): running Chromium headless.');
    console.log('The demo opens the popup for the demo tab and saves a screenshot instead of a window.');
  }
  const exit = await headlessDemo().catch((error) => {
    console.error(`demo: ${error.message}`);
    return 1;
  });
  await cleanup(context);
  process.exit(exit);
}

async function headlessDemo() {
  const tabIds = async () =>
    (await worker.evaluate(() => chrome.tabs.query({})))
      .map((tab) => tab.id)
      .filter((id) => id !== undefined);
  const before = new Set(await tabIds());
  const page = await context.newPage();
  await page.goto(demoUrl);
  const tabId = (await tabIds()).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error('could not find the tab id of the demo page');

  // Poll the badge with a deadline: the content script runs at document_idle.
  let badge = '';
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (badge) break;
    await new Promise((done) => setTimeout(done, 100));
  }

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup
    .locator('[data-testid=licence], [data-testid=empty]')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => console.warn('demo: the popup showed neither licences nor its empty state within 10 s'));
  const rows = await popup.locator('[data-testid=number]').allTextContents();
  await popup.screenshot({ path: SCREENSHOT, fullPage: true });

  console.log(`Demo page:  ${demoUrl}`);
  console.log(`Badge text: ${badge ? JSON.stringify(badge) : '(empty)'}`);
  console.log(
    `Popup lists ${rows.length} licence(s)${rows.length ? `: ${rows.map((r) => r.trim()).join(', ')}` : ''}`,
  );
  console.log(`Screenshot: ${SCREENSHOT}`);
  if (!badge) console.warn('demo: the badge stayed empty; the extension found no primary ICP number.');
  return 0;
}
