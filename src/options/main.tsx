// Options page entry: wiring only. This page is the one writer of the settings (storage.local key
// "settings"); everyone else only reads them. The site history it clears by asking the background,
// which is the history's one writer.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { BACKGROUND_MESSAGES } from '../messaging/protocol.ts';
import { createSend, replyValue } from '../messaging/send.ts';
import { readSettings, writeSettings } from '../storage/settings.ts';
import { Options, type SettingsStore } from './Options.tsx';

const send = createSend(BACKGROUND_MESSAGES, (message) => browser.runtime.sendMessage(message));

const store: SettingsStore = {
  read: () => readSettings(browser.storage.local),
  write: (changes) => writeSettings(browser.storage.local, changes),
};

const clearHistory = async () => void replyValue('clear-history', await send('clear-history', {}));

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('optionsTitle');
render(<Options store={store} clearHistory={clearHistory} />, document.getElementById('app') as HTMLElement);
