// What the history page needs from the browser; main.tsx implements it (messages to the service
// worker, the database's one owner), unit tests use fakes.
import type { BackgroundReply } from '../messaging/protocol.ts';
import type { GroupBy, Query } from '../storage/history-query.ts';
import type { RowCheck } from '../ui/RegistryCell.tsx';

export type SitePage = BackgroundReply<'history-page'>;
export type Groups = BackgroundReply<'history-groups'>;

export interface HistoryApi {
  page(query: Query, offset: number, limit: number): Promise<SitePage>;
  groups(by: GroupBy, query: Query): Promise<Groups>;
  /** Calls back when the history or the settings change; returns an unsubscribe function. */
  watch(onChange: () => void): () => void;
  rememberSites(): Promise<boolean>;
  /** Opens the options page, where remembering is turned on (its one writer). */
  openOptions(): void;
  download(name: string, text: string, type: string): void;
  now(): number;
  /** Asks the worker to check a site on an official registry (opens its query page). */
  checkSite?(check: RowCheck): Promise<void>;
}
