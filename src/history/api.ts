// What the history page needs from the browser; main.tsx implements it, unit tests use fakes.
import type { HistorySite } from '../storage/history-schema.ts';

export interface HistoryApi {
  read(): Promise<HistorySite[]>;
  /** Calls back when the stored history or the settings change; returns an unsubscribe function. */
  watch(onChange: () => void): () => void;
  rememberSites(): Promise<boolean>;
  turnOn(): Promise<void>;
  download(name: string, text: string, type: string): void;
  now(): number;
}
