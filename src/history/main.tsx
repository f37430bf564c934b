// History page entry: wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { createHistoryStore, HISTORY_KEY } from '../storage/history-store.ts';
import { readSettings, SETTINGS_KEY, writeSettings } from '../storage/settings.ts';
import { downloadText } from '../ui/download.ts';
import type { HistoryApi } from './api.ts';
import { HistoryApp } from './HistoryApp.tsx';

const store = createHistoryStore(browser.storage.local);

const api: HistoryApi = {
  read: () => store.read(),
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (HISTORY_KEY in changes || SETTINGS_KEY in changes)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  rememberSites: async () => (await readSettings(browser.storage.local)).rememberSites,
  turnOn: async () => void (await writeSettings(browser.storage.local, { rememberSites: true })),
  download: downloadText,
  now: Date.now,
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('historyTitle');
render(<HistoryApp api={api} />, document.getElementById('app') as HTMLElement);
