// Options page entry: wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { createHistoryStore } from '../storage/history-store.ts';
import { readSettings, writeSettings } from '../storage/settings.ts';
import { Options, type SettingsStore } from './Options.tsx';

const store: SettingsStore = {
  read: () => readSettings(browser.storage.local),
  write: (changes) => writeSettings(browser.storage.local, changes),
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('optionsTitle');
const history = createHistoryStore(browser.storage.local);
render(
  <Options store={store} clearHistory={() => history.clear()} />,
  document.getElementById('app') as HTMLElement,
);
