// History page entry: wiring only. The page only reads the history and the settings: the background
// writes the history, the options page the settings (where "Turn on" takes the user).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { HISTORY_KEY, readHistory } from '../storage/history-store.ts';
import { readSettings, SETTINGS_KEY } from '../storage/settings.ts';
import { downloadText } from '../ui/download.ts';
import type { HistoryApi } from './api.ts';
import { HistoryApp } from './HistoryApp.tsx';

const api: HistoryApi = {
  read: () => readHistory(browser.storage.local),
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (HISTORY_KEY in changes || SETTINGS_KEY in changes)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  rememberSites: async () => (await readSettings(browser.storage.local)).rememberSites,
  openOptions: () => void browser.runtime.openOptionsPage(),
  download: downloadText,
  now: Date.now,
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('historyTitle');
render(<HistoryApp api={api} />, document.getElementById('app') as HTMLElement);
