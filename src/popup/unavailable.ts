// Why the popup has nothing for a tab whose content script does not answer. The URL is known only in
// a real popup (activeTab); without it the reason is the general one.
import type { MessageKey } from '../i18n/i18n.ts';

const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'addons.opera.com',
];

export function unavailableReason(url: string | undefined, fileAccess: boolean): MessageKey {
  if (!url) return 'reasonUnknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'reasonUnknown';
  }
  const scheme = parsed.protocol;
  if (scheme === 'http:' || scheme === 'https:') {
    if (
      STORE_HOSTS.includes(parsed.hostname) &&
      (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
    )
      return 'reasonStorePage';
    return 'reasonReload';
  }
  if (scheme === 'file:') return fileAccess ? 'reasonReload' : 'reasonFile';
  if (
    /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|chrome-untrusted):$/.test(
      scheme,
    )
  )
    return 'reasonBrowserPage';
  return 'reasonNotWeb';
}
