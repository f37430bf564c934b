// Launches Debian Chromium with the built extension in a fresh profile (README, Browser tests) and records
// every request the browser makes, so tests can prove the extension talks to nobody.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = join(ROOT, 'dist/chrome');
export const PAGES_DIR = join(ROOT, 'test/e2e/pages');
export const RESULTS_DIR = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export interface RecordedRequest {
  url: string;
  /** 'page' (tabs, popup pages) or 'service-worker'. */
  from: 'page' | 'service-worker';
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, as first seen (Playwright keeps the handle across restarts). */
  worker: Worker;
  /** Requests seen by Playwright: tabs, extension pages and the service worker. */
  requests: RecordedRequest[];
  /**
   * Requests that tried to leave the machine. Chromium is pointed at a local proxy that answers 502, so
   * nothing reaches the internet; Chromium's own housekeeping (component updater, accounts.google.com)
   * lands here too, so it is reported, not asserted on.
   */
  proxied: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra Chromium flags, e.g. ['--lang=zh-CN']. */
  args?: string[];
  colorScheme?: 'light' | 'dark';
  /** Extra environment for Chromium (LANGUAGE picks the UI language on Linux). */
  env?: Record<string, string>;
  /** The unpacked extension to load (default dist/chrome); it must have a service worker. */
  extensionDir?: string;
}

export async function launchWithExtension({
  headless = true,
  args: extraArgs = [],
  colorScheme = 'light',
  env,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions = {}): Promise<Launched> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json is missing: run \`npm run build\` first`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei, or set CHROME_PATH`,
    );
  }

  const proxied: string[] = [];
  const proxy: Server = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    // Chromium may reset the tunnel before reading the answer; an unhandled ECONNRESET on this raw
    // socket would otherwise end the test run.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const proxyPort = (proxy.address() as AddressInfo).port;

  const profile = await mkdtemp(join(tmpdir(), 'icp-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
      '--no-pings',
      // Loopback is never proxied, so the fixture server is reached directly.
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
    colorScheme,
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 800, height: 600 },
  });

  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), from: request.serviceWorker() ? 'service-worker' : 'page' });
  });

  const worker = await findExtensionWorker(context);
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    requests,
    proxied,
    async close() {
      await context.close().catch(() => {});
      await new Promise<void>((done) => {
        proxy.closeAllConnections();
        proxy.close(() => done());
      });
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function findExtensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
}

/** URLs that are neither the fixture server, the extension itself nor inline (data:, about:, blob:). */
/**
 * Requests that went anywhere but the extension itself and the test's own servers: `allowed` is the
 * fixture server's origin, or a test of the URL for tests with several local sites.
 */
export function foreignRequests(
  launched: Launched,
  allowed: string | ((url: URL) => boolean),
): RecordedRequest[] {
  const own = `chrome-extension://${launched.extensionId}/`;
  const isAllowed = typeof allowed === 'string' ? (url: URL) => url.href.startsWith(`${allowed}/`) : allowed;
  return launched.requests.filter(
    ({ url }) => !url.startsWith(own) && !/^(data|about|blob):/.test(url) && !isAllowed(new URL(url)),
  );
}
