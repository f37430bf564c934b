// Entry of the main-world content script on the registry query pages (document_start, all frames):
// wraps the page's fetch and XMLHttpRequest before any page script runs and sends what it sees of
// the registry's answers over the private channel to the relay. See observer.ts and channel.ts.
import { installObserver } from './observer.ts';
import { observerChannel } from './pairing.ts';

installObserver(globalThis as unknown as Parameters<typeof installObserver>[0], observerChannel(document));
