// Popup entry: wiring only (browser APIs live here, so the components stay testable).
import { render } from 'preact';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { ContentReplySchema, type ContentRequest } from '../messaging/protocol.ts';
import { tabKey } from '../storage/tab-state.ts';
import { App } from './App.tsx';
import type { PopupApi } from './api.ts';
import { fetchHosting } from './hosting-client.ts';
import { fetchResult } from './report-client.ts';
import { resolveTargetTab } from './target-tab.ts';

async function askContent(tabId: number, request: ContentRequest): Promise<boolean> {
  try {
    const reply = v.safeParse(
      ContentReplySchema,
      await browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
    );
    return reply.success && reply.output.ok;
  } catch {
    // No content script in the tab (browser page, store page, file: without access, or not reloaded).
    return false;
  }
}

const api: PopupApi = {
  targetTab: () => resolveTargetTab({ search: location.search, origin: location.origin, tabs: browser.tabs }),
  result: (tabId) => fetchResult((message) => browser.runtime.sendMessage(message), tabId),
  watch(tabId, onChange) {
    const key = tabKey(tabId);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  contentReachable: (tabId) => askContent(tabId, { type: 'content-status' }),
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess().catch(() => false),
  showBlock: (tabId, block) => askContent(tabId, { type: 'show-block', block }),
  copy: (text) => navigator.clipboard.writeText(text),
  hosting: (tabId) => fetchHosting((message) => browser.runtime.sendMessage(message), tabId),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('appName');
render(<App api={api} />, document.getElementById('app') as HTMLElement);
