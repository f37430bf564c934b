// Launches Debian's firefox-esr through puppeteer-core over WebDriver BiDi with dist/firefox installed
// as a temporary add-on (README, Browser tests). Firefox gives BiDi no handle on extension pages, so the
// badge and storage.session are read from the browser's own privileged (chrome) scope instead, which
// `--remote-allow-system-access` opens. Nothing test-only ships in the extension.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from './launch.ts';

export const FIREFOX_DIR = join(ROOT, 'dist/firefox');
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);

/** What the browser itself holds for one tab: the action's badge and title, and storage.session. */
export interface FirefoxTabState {
  url: string | null;
  badge: string | null;
  title: string | null;
  /** storage.session keys of the extension, with the stored page URL of each ("tab:<id>" → url). */
  session: Record<string, string | null>;
  /** Why storage.session could not be read, if it could not. */
  sessionError?: string;
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** Reads the state of the tab whose URL starts with `urlPrefix`, from Firefox's chrome scope. */
  tabState(urlPrefix: string): Promise<FirefoxTabState>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

// Runs in browser.xhtml with system privileges. ExtensionParent's API global holds the action
// state per tab; extensionStorageSession is what backs storage.session. Both are Firefox internals
// (checked in 153 ESR), so every step reports what it could not find instead of throwing.
const READ_STATE = (addonId: string, urlPrefix: string) => `(async () => {
  const ext = WebExtensionPolicy.getByID(${JSON.stringify(addonId)})?.extension;
  const tab = [...gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec.startsWith(${JSON.stringify(urlPrefix)}));
  const out = { url: tab ? tab.linkedBrowser.currentURI.spec : null, badge: null, title: null, session: {} };
  if (!ext || !tab) return JSON.stringify(out);
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const action = ExtensionParent.apiManager.global.browserActionFor(ext)?.action;
  out.badge = action?.getProperty(tab, 'badgeText') ?? null;
  out.title = action?.getProperty(tab, 'title') ?? null;
  try {
    const { extensionStorageSession } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorage.sys.mjs');
    const items = (await extensionStorageSession.get(ext, null)) ?? {};
    for (const [key, holder] of Object.entries(items)) {
      // keepData = true: without it deserialize consumes the stored value, wiping the add-on's state.
      const value = typeof holder?.deserialize === 'function' ? holder.deserialize(globalThis, true) : holder;
      out.session[key] = typeof value?.url === 'string' ? value.url : null;
    }
  } catch (error) {
    // Throws "not initialized" until the add-on has first used storage.session.
    out.sessionError = String(error);
  }
  return JSON.stringify(out);
})()`;

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_DIR}/manifest.json is missing: run \`npm run build\` first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Anything not for 127.0.0.1 goes to a port nothing listens on, so the run stays offline.
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_DIR);
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: Array<{ context: string; url: string }>;
    };
    const chrome = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!chrome)
      throw new Error('no browser.xhtml chrome context: was --remote-allow-system-access honoured?');

    return {
      browser,
      addonId,
      async tabState(urlPrefix) {
        const { result } = await connection.send('script.evaluate', {
          expression: READ_STATE(addonId, urlPrefix),
          target: { context: chrome.context },
          awaitPromise: true,
          resultOwnership: 'none',
        });
        const reply = result as {
          type: string;
          result?: { value?: string };
          exceptionDetails?: { text?: string };
        };
        if (reply.type !== 'success' || typeof reply.result?.value !== 'string') {
          throw new Error(
            `chrome-scope read failed: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`,
          );
        }
        return JSON.parse(reply.result.value) as FirefoxTabState;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
