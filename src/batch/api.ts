// What the batch page needs from the browser; main.tsx implements it, unit tests use fakes.

import type { ListLine } from '../net/url-list.ts';
import type { HistorySite } from '../storage/history-schema.ts';
import type { RegistryChecks } from '../storage/registry-checks.ts';
import type { RowCheck } from '../ui/RegistryCell.tsx';
import type { BatchRow } from './run.ts';

export interface BatchApi {
  /** Asks for host access when it is missing; false when the user declined. Call from a click. */
  ensureAccess(urls: readonly string[]): Promise<boolean>;
  run(
    lines: readonly ListLine[],
    options: { timeoutMs: number; signal: AbortSignal; onRow: (index: number, row: BatchRow) => void },
  ): Promise<BatchRow[]>;
  /** Adds entries to the site history; resolves to how many were added. */
  addToHistory(entries: readonly HistorySite[]): Promise<number>;
  download(name: string, text: string, type: string): void;
  now(): number;
  /** Registry checks of the rows' sites; absent: no registry column actions. */
  registry?: BatchRegistryApi;
}

export interface BatchRegistryApi {
  /** The verdicts kept this session, per domain. */
  sites(): Promise<ReadonlyMap<string, RegistryChecks>>;
  /** Calls back when they change; returns an unsubscribe function. */
  watch(onChange: () => void): () => void;
  /** Asks the background to check a site (opens the query page). */
  check(check: RowCheck): Promise<void>;
}
