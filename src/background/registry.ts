// Registry checks in the service worker. A check starts from a click in the popup (for a tab) or on
// a history or batch row (for a domain): the worker notes it as pending and opens the official query
// page in a new tab. The user solves the CAPTCHA and searches there; the relay on that page sends
// what the page received ('registry-answer'), and the worker links the answer to the newest pending
// check it concerns (its query or records name the check's domain or number), or else to the
// newest check whose query page is the sender's tab. The verdict then goes to the tab's state, the
// per-domain list and, when the history is on, the history entry of the domain.
//
// Nothing here makes a request: the answer is what the official page's own query received.

import type { RegistryAnswer } from '../core/registry/answer.ts';
import { answerConcerns } from '../core/registry/concerns.ts';
import { queryPageUrl, searchText } from '../core/registry/query-pages.ts';
import { verdict } from '../core/registry/verdict.ts';
import { boundVerdict } from '../core/registry/verdict-schema.ts';
import type { LinkHint, PageReport, Registry, TextBlock } from '../core/types.ts';
import { registrableDomain } from '../site/registrable-domain.ts';
import type { HistoryDb } from '../storage/history-db/store.ts';
import { historyDomain } from '../storage/history-domain.ts';
import type { RegistryChecks } from '../storage/registry-checks.ts';
import {
  MAX_ROW_NUMBERS,
  type PendingCheck,
  type RegistryState,
  type SiteChecks,
} from '../storage/registry-state.ts';
import type { TabStateStore } from '../storage/tab-state.ts';

export interface RegistryDeps {
  state: RegistryState;
  tabs: Pick<TabStateStore, 'read'>;
  analyse: (blocks: readonly TextBlock[], links: readonly LinkHint[], truncated: boolean) => PageReport;
  history: Pick<HistoryDb, 'addRegistryCheck'>;
  /** The "remember checked sites" setting. */
  historyEnabled: () => Promise<boolean>;
  /** Opens a tab (tabs.create) and resolves to its id, or null when it has none. */
  openTab: (url: string) => Promise<number | null>;
  now?: () => number;
  logError?: (context: string, error: unknown) => void;
}

/** A check started from the popup for a tab's page. */
export interface TabCheckRequest {
  tabId: number;
  registry: Registry;
  number: string;
}

/** A check started from a history or batch row: the domain and its numbers come with it. */
export interface SiteCheckRequest {
  domain: string;
  registry: Registry;
  number: string;
  numbers: readonly string[];
}

/** The registry page a message came from (src/background/registry-trust.ts). */
export interface RegistryPage {
  tabId: number;
  frameId: number;
  registry: Registry;
}

/** The domain of a page URL a check is about: its registrable domain, null for an address. */
function domainOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return null;
  }
}

export function createRegistryChecks(deps: RegistryDeps) {
  const now = deps.now ?? Date.now;
  const logError = deps.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));
  // Starting a check (note, open, note the tab) and filling a search box run one after another, so
  // the query page never asks before its check knows the tab it opened in.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  async function start(check: PendingCheck): Promise<{ opened: boolean }> {
    return serial(async () => {
      await deps.state.addPending(check);
      const tabId = await deps.openTab(queryPageUrl(check.registry, check.number));
      if (tabId === null) return { opened: false };
      await deps.state.updatePending(check.at, check.registry, { openedTab: tabId });
      return { opened: true };
    });
  }

  /** The page a pending check is about, as the verdict needs it; null when its tab moved on. */
  async function pageOf(check: PendingCheck) {
    if (check.tabId === null) {
      const blocks = check.numbers.map((text, id) => ({ text, region: 'footer' as const, id }));
      return { licences: deps.analyse(blocks, [], false).licences, operator: undefined };
    }
    const state = await deps.tabs.read(check.tabId);
    if (!state || domainOfUrl(state.url) !== check.domain) return null;
    return { licences: state.report.licences, operator: state.report.operators?.[0]?.printed };
  }

  /** The pending check an answer belongs to, newest first; null when it belongs to none. */
  async function checkFor(answer: RegistryAnswer, page: RegistryPage): Promise<PendingCheck | null> {
    const candidates = (await deps.state.pending()).filter((c) => c.registry === answer.registry);
    return (
      candidates.find((c) => answerConcerns(answer, c)) ??
      candidates.find((c) => c.openedTab === page.tabId) ??
      null
    );
  }

  async function keep(check: PendingCheck, answer: RegistryAnswer): Promise<boolean> {
    const page = await pageOf(check);
    if (!page) return false;
    const result = {
      number: check.number,
      verdict: boundVerdict(
        verdict({ domain: check.domain, licences: page.licences }, page.operator, answer),
      ),
    };
    if (check.tabId !== null) await deps.state.mergeTab(check.tabId, check.domain, result);
    if (check.domain === null) return true;
    await deps.state.mergeSite(check.domain, result);
    const remembered = historyDomain(`https://${check.domain}/`);
    try {
      if (remembered && (await deps.historyEnabled()))
        await deps.history.addRegistryCheck(remembered, result);
    } catch (error) {
      // The history is a side record: the tab's verdict is kept either way.
      logError('registry history', error);
    }
    return true;
  }

  return {
    async startForTab({ tabId, registry, number }: TabCheckRequest): Promise<{ opened: boolean }> {
      const state = await deps.tabs.read(tabId);
      if (!state) return { opened: false };
      const domain = domainOfUrl(state.url);
      return start({
        tabId,
        openedTab: null,
        registry,
        domain,
        number,
        numbers: [],
        at: now(),
        filled: false,
      });
    },

    startForSite({ domain, registry, number, numbers }: SiteCheckRequest): Promise<{ opened: boolean }> {
      return start({
        tabId: null,
        openedTab: null,
        registry,
        domain: domainOfUrl(`https://${domain}/`),
        number,
        numbers: [number, ...numbers.filter((n) => n !== number)].slice(0, MAX_ROW_NUMBERS),
        at: now(),
        filled: false,
      });
    },

    async answer(answer: RegistryAnswer, page: RegistryPage): Promise<{ linked: boolean }> {
      if (answer.registry !== page.registry) return { linked: false };
      const check = await checkFor(answer, page);
      return { linked: check !== null && (await keep(check, answer)) };
    },

    /** The text for the search box of a query page opened by a check, once; null otherwise. */
    fill(page: RegistryPage): Promise<{ text: string | null }> {
      return serial(async () => {
        if (page.frameId !== 0) return { text: null };
        const check = (await deps.state.pending()).find(
          (c) => c.openedTab === page.tabId && c.registry === page.registry && !c.filled,
        );
        if (!check) return { text: null };
        await deps.state.updatePending(check.at, check.registry, { filled: true });
        return { text: searchText(check.registry, check.domain, check.number) };
      });
    },

    async view(tabId: number): Promise<RegistryChecks> {
      return (await deps.state.readTab(tabId))?.checks ?? {};
    },

    sites: (): Promise<SiteChecks[]> => deps.state.sites(),

    forgetTab: (tabId: number) => deps.state.forgetTab(tabId),
  };
}

export type RegistryChecker = ReturnType<typeof createRegistryChecks>;
