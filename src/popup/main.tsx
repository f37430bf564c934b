// Popup entry: wiring only (browser APIs live here, so the components stay testable).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './App.tsx';
import { fetchReport } from './report-client.ts';
import { resolveTargetTab } from './target-tab.ts';

async function load() {
  const tabId = await resolveTargetTab({
    search: location.search,
    origin: location.origin,
    tabs: browser.tabs,
  });
  if (tabId === null) return null;
  return fetchReport((message) => browser.runtime.sendMessage(message), tabId);
}

render(<App load={load} />, document.getElementById('app') as HTMLElement);
