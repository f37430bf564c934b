// What the history page needs from the browser; main.tsx implements it, unit tests use fakes.
import type { HistorySite } from '../storage/history-schema.ts';
import type { RowCheck } from '../ui/RegistryCell.tsx';

export interface HistoryApi {
  read(): Promise<HistorySite[]>;
  /** Calls back when the stored history or the settings change; returns an unsubscribe function. */
  watch(onChange: () => void): () => void;
  rememberSites(): Promise<boolean>;
  /** Opens the options page, where remembering is turned on (its one writer). */
  openOptions(): void;
  download(name: string, text: string, type: string): void;
  now(): number;
  /** Asks the background to check a site on an official registry (opens its query page). */
  checkSite?(check: RowCheck): Promise<void>;
}
