// Loads the IP → country table once per service-worker life. The gzip file ships inside the
// extension and is read from the extension's own package (chrome-extension:// URL): no network.
// Only the background imports this module, so the table stays out of the content script and popup.
import browser from 'webextension-polyfill';
import tableUrl from '../core/hosting/data/ip-country.bin?url';
import { decodeIpTable, type IpTable } from '../core/hosting/ip-table.ts';

let loading: Promise<IpTable> | null = null;

async function load(): Promise<IpTable> {
  const response = await fetch(browser.runtime.getURL(tableUrl));
  if (!response.ok || !response.body) throw new Error(`ip table: ${response.status}`);
  const inflated = response.body.pipeThrough(new DecompressionStream('gzip'));
  return decodeIpTable(new Uint8Array(await new Response(inflated).arrayBuffer()));
}

export function loadIpTable(): Promise<IpTable> {
  if (!loading) {
    loading = load();
    // A failed load is retried on the next lookup rather than cached.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
