// The BroadcastChannel on which the service worker says "the history changed" after each committed
// write, so an open history page reloads. Only our extension's own pages and worker share its
// origin, and the message carries nothing: a page that hears it asks the worker again.
export const HISTORY_CHANNEL = 'icp-lens-history';

/** Calls back on every change message; returns the function that stops listening. */
export function onHistoryChange(onChange: () => void): () => void {
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
