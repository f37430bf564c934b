// History page entry: wiring only. The page reads the history through the service worker (the
// database's one owner, src/storage/history-db/store.ts) and the settings from storage.local; the
// options page writes the settings (where "Turn on" takes the user).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { BACKGROUND_MESSAGES } from '../messaging/protocol.ts';
import { createSend, replyValue } from '../messaging/send.ts';
import { onHistoryChange } from '../storage/history-db/channel.ts';
import { readSettings, SETTINGS_KEY } from '../storage/settings.ts';
import { downloadText } from '../ui/download.ts';
import { filterFromSearch } from '../ui/history-link.ts';
import type { HistoryApi } from './api.ts';
import { FIRST_ROWS, HistoryApp, initialQuery } from './HistoryApp.tsx';

const send = createSend(BACKGROUND_MESSAGES, (message) => browser.runtime.sendMessage(message));

const api: HistoryApi = {
  page: async (query, offset, limit) =>
    replyValue('history-page', await send('history-page', { query, offset, limit })),
  groups: async (by, query) => replyValue('history-groups', await send('history-groups', { by, query })),
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    const stop = onHistoryChange(onChange);
    return () => {
      browser.storage.onChanged.removeListener(listener);
      stop();
    };
  },
  rememberSites: async () => (await readSettings(browser.storage.local)).rememberSites,
  openOptions: () => void browser.runtime.openOptionsPage(),
  download: downloadText,
  now: Date.now,
  // The worker opens the query page and, when the answer comes, writes the verdict into the site's
  // record (the history's one writer), whose change this page is watching.
  checkSite: async (check) => void (await send('registry-check-site', check)),
};

const initial = filterFromSearch(location.search);
// Asked before anything is drawn: the worker reads the first rows while this page renders.
const firstPage = api.page(initialQuery(initial), 0, FIRST_ROWS);
// Observed by HistoryApp; this keeps a failure from also being reported as unhandled.
firstPage.catch(() => {});
document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('historyTitle');
render(
  <HistoryApp api={api} initial={initial} firstPage={firstPage} />,
  document.getElementById('app') as HTMLElement,
);
