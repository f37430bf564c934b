// Asks for the tab and its report as soon as the entry runs, not when the App's effect runs (Preact
// runs effects after the first paint): the App's first targetTab, result and tabUrl calls get the
// promises already on their way. Later calls (a changed report) ask again.
import type { PopupApi, TabResult } from './api.ts';

interface Early {
  tabId: number;
  result: Promise<TabResult> | null;
  tabUrl: Promise<string | undefined> | null;
}

export function primed(api: PopupApi): PopupApi {
  let early: Early | null = null;
  const tab = api.targetTab().then((tabId) => {
    if (tabId !== null) early = { tabId, result: api.result(tabId), tabUrl: api.tabUrl(tabId) };
    return tabId;
  });
  let tabTaken = false;
  return {
    ...api,
    targetTab() {
      if (tabTaken) return api.targetTab();
      tabTaken = true;
      return tab;
    },
    result(tabId) {
      const first = early?.tabId === tabId ? early.result : null;
      if (!first || !early) return api.result(tabId);
      early.result = null;
      return first;
    },
    tabUrl(tabId) {
      const first = early?.tabId === tabId ? early.tabUrl : null;
      if (!first || !early) return api.tabUrl(tabId);
      early.tabUrl = null;
      return first;
    },
  };
}
