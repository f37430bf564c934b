// A history database for background tests: fake-indexeddb, a database of its own per call.
import 'fake-indexeddb/auto';
import { createHistoryDb, type HistoryDbOptions } from '../../../src/storage/history-db/store.ts';

let made = 0;

export function testHistory(options: HistoryDbOptions = {}) {
  return createHistoryDb({ name: `background-test-${++made}`, logError: () => {}, ...options });
}
