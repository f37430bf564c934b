// Everything the popup needs from the browser, as one interface: main.tsx implements it with
// webextension-polyfill, unit tests with fakes.
import type { PageReport, Registry } from '../core/types.ts';
import type { BackgroundReply } from '../messaging/protocol.ts';
import type { ReadinessView } from '../messaging/readiness-view.ts';
import type { Site } from '../site/site.ts';
import type { RegistryChecks } from '../storage/registry-checks.ts';

export interface TabResult {
  report: PageReport | null;
  /** URL of the page the report was made from. */
  url?: string;
  /** The site of that URL, named by the background (registrable domain). */
  site?: Site;
}

/** The hosting view, or `available: false` when this build has no hosting check. */
export type HostingAnswer = BackgroundReply<'get-hosting'>;

/** Other remembered sites of the tab's filer, or `enabled: false` while the history is off. */
export type SameFilerAnswer = BackgroundReply<'same-filer'>;

export interface PopupApi {
  /** The tab to describe, or null when there is none. */
  targetTab(): Promise<number | null>;
  /** The stored result for the tab (validated). */
  result(tabId: number): Promise<TabResult>;
  /** Calls back whenever the tab's stored result changes; returns an unsubscribe function. */
  watch(tabId: number, onChange: () => void): () => void;
  /** Whether our content script answers in the tab (false on browser, store and file pages). */
  contentReachable(tabId: number): Promise<boolean>;
  /** The tab's URL where the browser tells us (a real popup, through activeTab). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Whether the user allowed file: URLs for the extension. */
  fileAccess(): Promise<boolean>;
  /** Scrolls the page to a block and highlights it; false when it is gone. */
  showBlock(tabId: number, block: number): Promise<boolean>;
  copy(text: string): Promise<void>;
  /** Where the tab's page was served from and the hosting verdict (src/popup/hosting-client.ts). */
  hosting?(tabId: number): Promise<HostingAnswer>;
  /** Remembered sites with the tab's filing subject or operator (src/popup/SameFiler.tsx). */
  sameFiler?(tabId: number): Promise<SameFilerAnswer>;
  /** What the tab's page loads from listed hosts, and whether it updates (src/popup/readiness-client.ts). */
  readiness?: ReadinessApi;
  /** Registry checks of the tab's page (src/popup/registry-client.ts). */
  registry?: RegistryApi;
  openOptions(): void;
}

export interface ReadinessApi {
  load(tabId: number): Promise<ReadinessView>;
  /** Calls back whenever the tab's tally is written; returns an unsubscribe function. */
  watch(tabId: number, onChange: () => void): () => void;
}

export interface RegistryApi {
  /** The verdicts the worker keeps for the tab. */
  load(tabId: number): Promise<RegistryChecks>;
  /** Calls back whenever they change; returns an unsubscribe function. */
  watch(tabId: number, onChange: () => void): () => void;
  /** Asks the worker to start a check and open the query page; false when it did not. */
  check(tabId: number, registry: Registry, number: string): Promise<boolean>;
}
