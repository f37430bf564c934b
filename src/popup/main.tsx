// Popup entry: wiring only (browser APIs live here, so the components stay testable).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { BACKGROUND_MESSAGES, CONTENT_MESSAGES } from '../messaging/protocol.ts';
import { createSend, replyValue } from '../messaging/send.ts';
import { readinessKey } from '../storage/readiness-key.ts';
import { tabKey } from '../storage/tab-state.ts';
import { App } from './App.tsx';
import type { PopupApi } from './api.ts';
import { fetchHosting } from './hosting-client.ts';
import { fetchReadiness } from './readiness-client.ts';
import { registryClient } from './registry-client.ts';
import { fetchResult } from './report-client.ts';
import { resolveTargetTab } from './target-tab.ts';

const send = createSend(BACKGROUND_MESSAGES, (message) => browser.runtime.sendMessage(message));

/** To the content script in the tab's top frame. No content script (browser page, store page, file:
 * without access, or a tab not reloaded since install) gives an error reply. */
const sendToTab = (tabId: number) =>
  createSend(CONTENT_MESSAGES, (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));

/** Calls back when `key` changes in storage.session; returns an unsubscribe function. */
function watchSession(key: string, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const api: PopupApi = {
  targetTab: () => resolveTargetTab({ search: location.search, origin: location.origin, tabs: browser.tabs }),
  result: (tabId) => fetchResult(send, tabId),
  watch: (tabId, onChange) => watchSession(tabKey(tabId), onChange),
  contentReachable: async (tabId) => (await sendToTab(tabId)('content-status', {})).ok,
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess().catch(() => false),
  async showBlock(tabId, block) {
    const reply = await sendToTab(tabId)('show-block', { block });
    return reply.ok && reply.value.shown;
  },
  copy: (text) => navigator.clipboard.writeText(text),
  hosting: (tabId) => fetchHosting(send, tabId),
  sameFiler: async (tabId) => replyValue('same-filer', await send('same-filer', { tabId })),
  readiness: {
    load: (tabId) => fetchReadiness(send, tabId),
    watch: (tabId, onChange) => watchSession(readinessKey(tabId), onChange),
  },
  registry: registryClient(send, watchSession),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('appName');
render(<App api={api} />, document.getElementById('app') as HTMLElement);
