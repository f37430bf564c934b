// One batch run: at most `concurrency` pages at once, each with its own timeout; cancelling stops
// new fetches and aborts running ones, and the rows done so far stay as they are.

import type { PageReport } from '../core/types.ts';
import { mapPool } from '../net/pool.ts';
import type { ListLine } from '../net/url-list.ts';
import { type BatchError, type FetchOptions, fetchPage } from './fetch-page.ts';
import { scanHtml } from './scan-html.ts';

export interface BatchRow {
  input: string;
  /** The URL asked for; null for a line that is not a domain or URL. */
  url: string | null;
  state: 'pending' | 'running' | 'done';
  /** The URL the page came from after redirects. */
  finalUrl?: string;
  report?: PageReport;
  error?: BatchError;
  /** When the row was finished, ms since the epoch. */
  at?: number;
}

export interface RunOptions extends Omit<FetchOptions, 'signal'> {
  concurrency: number;
  signal: AbortSignal;
  /** Called whenever a row changes (running, done). */
  onRow: (index: number, row: BatchRow) => void;
  scan?: (html: string) => PageReport;
  now?: () => number;
}

export const pendingRows = (lines: readonly ListLine[]): BatchRow[] =>
  lines.map((l) => ({ input: l.input, url: l.url, state: 'pending' }));

export function runBatch(lines: readonly ListLine[], options: RunOptions): Promise<BatchRow[]> {
  const scan = options.scan ?? ((html: string) => scanHtml(html));
  const now = options.now ?? Date.now;
  return mapPool(lines, options.concurrency, async (line, index): Promise<BatchRow> => {
    const base = { input: line.input, url: line.url };
    const done = (rest: Partial<BatchRow>): BatchRow => {
      const row: BatchRow = { ...base, ...rest, state: 'done', at: now() };
      options.onRow(index, row);
      return row;
    };
    if (!line.url) return done({ error: { code: 'invalid' } });
    if (options.signal.aborted) return done({ error: { code: 'cancelled' } });
    options.onRow(index, { ...base, state: 'running' });
    const fetched = await fetchPage(line.url, { ...options, signal: options.signal });
    if (!fetched.ok) return done({ error: fetched.error });
    try {
      return done({ finalUrl: fetched.url, report: scan(fetched.html) });
    } catch {
      return done({ finalUrl: fetched.url, error: { code: 'analyse' } });
    }
  });
}
