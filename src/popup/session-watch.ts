// Watches one storage.session key, for the popup's live updates.
import browser from 'webextension-polyfill';

/** Calls back when `key` changes in storage.session; returns an unsubscribe function. */
export function watchSession(key: string, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
