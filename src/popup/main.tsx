// Popup entry: wiring only (browser APIs live here, so the components stay testable). The entry
// carries what the first licence needs (the get-report message and its schema); every other call
// loads later-api.ts on first use, after the first render.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { REPORT_MESSAGES } from '../messaging/report-message.ts';
import { createSend } from '../messaging/send.ts';
import { readinessKey } from '../storage/readiness-key.ts';
import { registryTabKey } from '../storage/registry-key.ts';
import { tabKey } from '../storage/tab-state.ts';
import { App } from './App.tsx';
import type { PopupApi } from './api.ts';
import { primed } from './primed.ts';
import { fetchResult } from './report-client.ts';
import { watchSession } from './session-watch.ts';
import { resolveTargetTab } from './target-tab.ts';

const send = createSend(REPORT_MESSAGES, (message) => browser.runtime.sendMessage(message));
const later = () => import('./later-api.ts');

const api: PopupApi = {
  targetTab: () => resolveTargetTab({ search: location.search, origin: location.origin, tabs: browser.tabs }),
  result: (tabId) => fetchResult(send, tabId),
  watch: (tabId, onChange) => watchSession(tabKey(tabId), onChange),
  contentReachable: async (tabId) => (await later()).contentReachable(tabId),
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess().catch(() => false),
  showBlock: async (tabId, block) => (await later()).showBlock(tabId, block),
  copy: (text) => navigator.clipboard.writeText(text),
  hosting: async (tabId) => (await later()).hosting(tabId),
  sameFiler: async (tabId) => (await later()).sameFiler(tabId),
  readiness: {
    load: async (tabId) => (await later()).readiness(tabId),
    watch: (tabId, onChange) => watchSession(readinessKey(tabId), onChange),
  },
  registry: {
    load: async (tabId) => (await later()).registry.load(tabId),
    watch: (tabId, onChange) => watchSession(registryTabKey(tabId), onChange),
    check: async (tabId, registry, number) => (await later()).registry.check(tabId, registry, number),
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('appName');
render(<App api={primed(api)} />, document.getElementById('app') as HTMLElement);
