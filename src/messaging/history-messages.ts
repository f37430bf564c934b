// The history's messages (part of BACKGROUND_MESSAGES, src/messaging/protocol.ts): the pages ask the
// service worker, the database's one owner (src/storage/history-db/store.ts), for a page of sites,
// for groups of sites of one filer, and the popup for the other sites of its tab's filer.
import * as v from 'valibot';
import { LICENCE_KINDS } from '../core/types.ts';
import { SORT_KEYS } from '../storage/history-query.ts';
import { HistorySiteSchema } from '../storage/history-schema.ts';

/** Sites in one page of the history page's list; it asks for more as the user scrolls on. */
export const MAX_PAGE_SITES = 500;
/** Groups in one answer, and sites listed in each (the count says how many there are). */
export const MAX_GROUPS = 500;
export const MAX_GROUP_SITES = 50;
/** Other sites named per line in the popup. */
export const SAME_FILER_SITES = 5;

const Short = v.pipe(v.string(), v.maxLength(200));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const QuerySchema = v.object({
  text: Short,
  province: v.pipe(v.string(), v.maxLength(8)),
  kind: v.union([v.picklist(LICENCE_KINDS), v.literal('')]),
  status: v.picklist(['filing', 'commercial', 'flagged', 'none', '']),
  subject: Short,
  operator: Short,
  sort: v.picklist(SORT_KEYS),
});

const ProvinceCountSchema = v.object({ code: Short, zh: Short, en: Short, count: Count });
const GroupSiteSchema = v.object({ domain: v.pipe(v.string(), v.maxLength(253)), lastSeen: v.number() });
const FilerMatchSchema = v.object({
  key: Short,
  count: Count,
  sites: v.pipe(v.array(GroupSiteSchema), v.maxLength(SAME_FILER_SITES)),
});

export const HISTORY_MESSAGES = {
  /** history page → background: one page of the sites a query keeps, and the chart's counts. */
  'history-page': {
    from: 'extension-page',
    request: v.object({
      query: QuerySchema,
      offset: v.pipe(Count, v.maxValue(1_000_000)),
      limit: v.pipe(Count, v.minValue(1), v.maxValue(MAX_PAGE_SITES)),
    }),
    reply: v.object({
      total: Count,
      matched: Count,
      sites: v.pipe(v.array(HistorySiteSchema), v.maxLength(MAX_PAGE_SITES)),
      provinces: v.array(ProvinceCountSchema),
      /** The last write was refused for lack of disk space. */
      full: v.boolean(),
    }),
  },
  /** history page → background: sites sharing a subject or an operator, largest group first. */
  'history-groups': {
    from: 'extension-page',
    request: v.object({ by: v.picklist(['subject', 'operator']), query: QuerySchema }),
    reply: v.object({
      groups: v.pipe(
        v.array(
          v.object({
            key: Short,
            label: Short,
            count: Count,
            sites: v.pipe(v.array(GroupSiteSchema), v.maxLength(MAX_GROUP_SITES)),
          }),
        ),
        v.maxLength(MAX_GROUPS),
      ),
      total: Count,
    }),
  },
  /** popup → background: remembered sites of the tab's filing subjects and operator. */
  'same-filer': {
    from: 'extension-page',
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    reply: v.variant('enabled', [
      v.object({ enabled: v.literal(false) }),
      v.object({
        enabled: v.literal(true),
        subjects: v.pipe(v.array(FilerMatchSchema), v.maxLength(20)),
        operator: v.nullable(FilerMatchSchema),
      }),
    ]),
  },
} as const;
