// Background service worker: wiring only. Every listener is registered synchronously at the top
// level so a worker woken by an event finds it. No per-tab state lives in memory: it is in
// storage.session (src/shared/tab-state.ts).
import browser, { type Runtime } from 'webextension-polyfill';
import { analysePage } from '../core/analyse.ts';
import { createTabStateStore } from '../shared/tab-state.ts';
import { applyBadge, clearBadge } from './badge.ts';
import { createMessageHandler } from './handler.ts';
import { registerTabLifecycle } from './tab-lifecycle.ts';

const store = createTabStateStore(browser.storage.session);

const handleMessage = createMessageHandler({
  self: { id: browser.runtime.id, origin: browser.runtime.getURL('') },
  analyse: analysePage,
  store,
  setBadge: (tabId, badge) => applyBadge(browser.action, tabId, badge),
});

// The polyfill sends the resolved value of the returned promise as the reply.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

registerTabLifecycle({
  tabs: browser.tabs,
  // Present when manifest.json grants "webNavigation"; see tab-lifecycle.ts for why it is better.
  webNavigation: browser.webNavigation,
  store,
  clearBadge: (tabId) => clearBadge(browser.action, tabId),
});
