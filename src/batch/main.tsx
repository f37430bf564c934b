// Batch check page entry: wiring only.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/i18n.ts';
import { BACKGROUND_MESSAGES } from '../messaging/protocol.ts';
import { createSend, replyValue } from '../messaging/send.ts';
import { downloadText } from '../ui/download.ts';
import { ensureAccess } from './access.ts';
import type { BatchApi } from './api.ts';
import { BatchApp } from './BatchApp.tsx';
import { watchNetErrors } from './net-errors.ts';
import { runBatch } from './run.ts';
import { sessionChecks, touchesSessionChecks } from './session-checks.ts';

/** Pages fetched at once: polite to the sites, and enough to keep a list of 50 moving. */
const CONCURRENCY = 4;

const send = createSend(BACKGROUND_MESSAGES, (message) => browser.runtime.sendMessage(message));

const api: BatchApi = {
  ensureAccess: (urls) => ensureAccess(browser.permissions, urls),
  async run(lines, options) {
    // Present when the build has the webRequest permission (the hosting check); see net-errors.ts.
    const net = watchNetErrors(browser.webRequest, location.origin);
    try {
      return await runBatch(lines, { ...options, concurrency: CONCURRENCY, netError: net.lookup });
    } finally {
      net.dispose();
    }
  },
  // The background is the history's one writer; it merges these with the sites it records.
  addToHistory: async (sites) =>
    replyValue('add-to-history', await send('add-to-history', { sites: [...sites] })).added,
  download: downloadText,
  now: Date.now,
  registry: {
    sites: () => sessionChecks(send),
    watch(onChange) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (touchesSessionChecks(changes, area)) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    check: async (check) => void (await send('registry-check-site', check)),
  },
};

document.documentElement.lang = t('localeCode').replace('_', '-');
document.title = t('batchTitle');
render(<BatchApp api={api} />, document.getElementById('app') as HTMLElement);
