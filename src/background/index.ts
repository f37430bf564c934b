// Background service worker: wiring only. Every listener is registered synchronously at the top
// level so a worker woken by an event finds it. No per-tab state lives in memory: it is in
// storage.session (src/storage/tab-state.ts).
import browser, { type Runtime } from 'webextension-polyfill';
import { analysePage } from '../core/analyse.ts';
import { HISTORY_CHANNEL } from '../storage/history-db/channel.ts';
import { createHistoryDb } from '../storage/history-db/store.ts';
import { createHostingStore } from '../storage/hosting-state.ts';
import { createReadinessStore } from '../storage/readiness-state.ts';
import { createRegistryState } from '../storage/registry-state.ts';
import { parseSettings, SETTINGS_KEY } from '../storage/settings.ts';
import { createTabStateStore } from '../storage/tab-state.ts';
import { applyBadge, clearBadge } from './badge.ts';
import { refreshAllBadges } from './badge-refresh.ts';
import { createMessageHandler } from './handler.ts';
import { createHistoryRecorder } from './history.ts';
import { createHosting, registerHosting } from './hosting.ts';
import { loadIpTable } from './ip-table-source.ts';
import { createReadiness, registerReadiness } from './readiness.ts';
import { createRegistryChecks } from './registry.ts';
import { createSettingsCache } from './settings-cache.ts';
import { registerTabLifecycle } from './tab-lifecycle.ts';

const store = createTabStateStore(browser.storage.session);
const hosting = createHosting({ store: createHostingStore(browser.storage.session), table: loadIpTable });
// The one owner of the site history (IndexedDB): pages ask by message. Opened now, so the old
// storage.local history is moved in at worker start, before the first read.
const historyChanges = new BroadcastChannel(HISTORY_CHANNEL);
const history = createHistoryDb({
  legacy: browser.storage.local,
  onChange: () => historyChanges.postMessage('changed'),
});
void history.ready().catch((error: unknown) => console.error('[icp-lens] history', error));
const settings = createSettingsCache(browser.storage.local, browser.storage.onChanged);
const rememberSites = async () => (await settings.read()).rememberSites;
const readiness = createReadiness({ store: createReadinessStore(browser.storage.session) });
// Checks on the official registries: the query page opens only on the user's click (tabs.create,
// no permission needed), and answers come from our relay on that page.
const registry = createRegistryChecks({
  state: createRegistryState(browser.storage.session),
  tabs: store,
  analyse: analysePage,
  history,
  historyEnabled: rememberSites,
  openTab: async (url) => (await browser.tabs.create({ url, active: true })).id ?? null,
});

const handleMessage = createMessageHandler({
  self: { id: browser.runtime.id, origin: browser.runtime.getURL('') },
  analyse: analysePage,
  store,
  setBadge: (tabId, badge) => applyBadge(browser.action, tabId, badge),
  badgeStyle: async () => (await settings.read()).badgeStyle,
  // Without webRequest (the permission is missing) no response is seen: hosting is not available,
  // rather than "not observed" for every page.
  ...(browser.webRequest ? { hosting, readiness } : {}),
  history,
  historyEnabled: rememberSites,
  // Pages scanned while browsing, only when "remember checked sites" is on in the options.
  recordHistory: createHistoryRecorder({ store: history, enabled: rememberSites }),
  registry,
});

// A new badge style from the options page applies to every open tab at once.
browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_KEY];
  if (area !== 'local' || !change) return;
  const { badgeStyle } = parseSettings(change.newValue);
  void refreshAllBadges(
    {
      allSessionItems: () => browser.storage.session.get(null),
      setBadge: (tabId, badge) => applyBadge(browser.action, tabId, badge),
      verdict: async (tabId, state) => (await hosting.view(tabId, state.report, state.url))?.verdict,
    },
    badgeStyle,
  );
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
  forgetAlso: (tabId) => registry.forgetTab(tabId),
});

// Which IP served each tab's page (webRequest), kept per tab next to the report; see hosting.ts.
registerHosting(hosting, {
  webRequest: browser.webRequest,
  webNavigation: browser.webNavigation,
  tabs: browser.tabs,
});

// Which listed hosts each tab's page loads from (webRequest), kept per tab; see readiness.ts.
registerReadiness(readiness, {
  webRequest: browser.webRequest,
  webNavigation: browser.webNavigation,
  tabs: browser.tabs,
});
