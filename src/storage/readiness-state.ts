// What a tab's pages loaded from listed hosts (src/core/readiness/tally.ts), in storage.session
// next to the tab's report: one key per tab ("readiness:<id>") holding the tally of the document on
// screen (`current`) and, between a main-frame response and its commit, of the document on its way
// (`next`). The commit promotes `next` only when it belongs to it (as hosting-state.ts does for the
// server address), so a request made before the commit is event is handled still counts, and a
// previous page's hosts are never shown for the next one. Reads validate everything (the tally with
// parseTally) and treat anything unexpected as "nothing recorded"; they never throw.
import * as v from 'valibot';
import { parseTally } from '../core/readiness/schema.ts';
import type { ReadinessTally } from '../core/readiness/tally.ts';
import { readinessKey } from './readiness-key.ts';

export const READINESS_STATE_VERSION = 1;

/** The tally of one document of the tab. */
export interface ReadinessDoc {
  /** URL of the document, without its #fragment. */
  url: string;
  /** Event time (ms since the epoch) of its main-frame response, or of its commit. */
  at: number;
  /** Whether its main-frame response was seen, so every request from then on was counted. */
  fromStart: boolean;
  tally: ReadinessTally;
}

export interface ReadinessRecord {
  v: typeof READINESS_STATE_VERSION;
  current: ReadinessDoc | null;
  next: ReadinessDoc | null;
}

const DocSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(8192)),
  at: v.number(),
  fromStart: v.boolean(),
  tally: v.unknown(),
});

const RecordSchema = v.object({
  v: v.literal(READINESS_STATE_VERSION),
  current: v.nullable(DocSchema),
  next: v.nullable(DocSchema),
});

function parseDoc(raw: v.InferOutput<typeof DocSchema> | null): ReadinessDoc | null {
  if (!raw) return null;
  const tally = parseTally(raw.tally);
  return tally && { url: raw.url, at: raw.at, fromStart: raw.fromStart, tally };
}

/** A stored record; a document whose tally is not valid is dropped on its own. */
export function parseReadinessRecord(raw: unknown): ReadinessRecord | null {
  const result = v.safeParse(RecordSchema, raw);
  if (!result.success) return null;
  return {
    v: READINESS_STATE_VERSION,
    current: parseDoc(result.output.current),
    next: parseDoc(result.output.next),
  };
}

export { readinessKey } from './readiness-key.ts';

export const emptyRecord = (): ReadinessRecord => ({ v: READINESS_STATE_VERSION, current: null, next: null });

/** The part of storage.session this module uses (the shape of tab-state.ts's SessionArea). */
export interface ReadinessArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface ReadinessStore {
  read(tabId: number): Promise<ReadinessRecord | null>;
  write(tabId: number, record: ReadinessRecord): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function createReadinessStore(area: ReadinessArea): ReadinessStore {
  return {
    async read(tabId) {
      const key = readinessKey(tabId);
      try {
        return parseReadinessRecord((await area.get(key))?.[key]);
      } catch {
        return null;
      }
    },
    async write(tabId, record) {
      await area.set({ [readinessKey(tabId)]: record });
    },
    async forget(tabId) {
      await area.remove(readinessKey(tabId));
    },
  };
}
