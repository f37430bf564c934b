// History page entry: wiring only. The page only reads the history and the settings: the background
// writes the history, the options page the settings (where "Turn on" takes the user). Registry
// verdicts of this session are shown with the sites too, also while the history is off.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { BACKGROUND_MESSAGES } from '../messaging/protocol.ts';
import { createSend } from '../messaging/send.ts';
import { HISTORY_KEY, readHistory } from '../storage/history-store.ts';
import { readSettings, SETTINGS_KEY } from '../storage/settings.ts';
import { downloadText } from '../ui/download.ts';
import { sessionChecks, touchesSessionChecks, withSessionChecks } from '../ui/session-checks.ts';
import type { HistoryApi } from './api.ts';
import { HistoryApp } from './HistoryApp.tsx';

const send = createSend(BACKGROUND_MESSAGES, (message) => browser.runtime.sendMessage(message));

const api: HistoryApi = {
  async read() {
    const [sites, session] = await Promise.all([readHistory(browser.storage.local), sessionChecks(send)]);
    return withSessionChecks(sites, session);
  },
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (HISTORY_KEY in changes || SETTINGS_KEY in changes)) onChange();
      else if (touchesSessionChecks(changes, area)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  rememberSites: async () => (await readSettings(browser.storage.local)).rememberSites,
  openOptions: () => void browser.runtime.openOptionsPage(),
  download: downloadText,
  now: Date.now,
  // The background opens the query page and, when the answer comes, writes the verdict into the
  // history (its one writer), which this page is watching.
  checkSite: async (check) => void (await send('registry-check-site', check)),
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('historyTitle');
render(<HistoryApp api={api} />, document.getElementById('app') as HTMLElement);
