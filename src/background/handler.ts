// The one runtime.onMessage handler: validate, check the sender, act. It never throws; every
// outcome is a reply object. Browser APIs come in as dependencies so the handler is unit-tested
// with fakes.

import type { Runtime } from 'webextension-polyfill';
import type { LinkHint, PageReport, TextBlock } from '../core/types.ts';
import { parseMessage } from '../messaging/protocol.ts';
import type { Reply } from '../messaging/reply.ts';
import { siteWithDomain } from '../site/registrable-domain.ts';
import type { BadgeStyle } from '../storage/settings.ts';
import type { TabStateStore } from '../storage/tab-state.ts';
import { type Badge, badgeFor } from './badge.ts';
import type { RecordHistory } from './history.ts';
import type { HostingTracker } from './hosting.ts';
import { contentScriptTab, type ExtensionIdentity, isExtensionPage } from './trust.ts';

export interface HandlerDeps {
  self: ExtensionIdentity;
  analyse: (blocks: readonly TextBlock[], links: readonly LinkHint[], truncated: boolean) => PageReport;
  store: TabStateStore;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** The user's badge style (src/storage/settings.ts); 'province' when not given. */
  badgeStyle?: () => Promise<BadgeStyle>;
  /** Where tabs' pages were served from (src/background/hosting.ts); no hosting verdict without it. */
  hosting?: Pick<HostingTracker, 'view'>;
  /** Remembers the page's site in the local history (src/background/history.ts), when on. */
  recordHistory?: RecordHistory;
  /** Where unexpected failures are reported; defaults to console.error. */
  logError?: (context: string, error: unknown) => void;
}

export function createMessageHandler(deps: HandlerDeps) {
  const logError = deps.logError ?? ((context, error) => console.error(`[icp-lens] ${context}`, error));

  return async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply> {
    const message = parseMessage(raw);
    if (!message) return { ok: false, error: 'invalid message' };

    try {
      switch (message.type) {
        case 'page-scan': {
          const tabId = contentScriptTab(sender, deps.self);
          if (tabId === null) return { ok: false, error: 'forbidden' };
          const report = deps.analyse(message.blocks, message.links, message.truncated);
          await deps.store.write(tabId, report, sender.url);
          let hosting: Awaited<ReturnType<HostingTracker['view']>> | undefined;
          try {
            hosting = await deps.hosting?.view(tabId, report, sender.url);
            await deps.setBadge(
              tabId,
              badgeFor(report, (await deps.badgeStyle?.()) ?? 'province', hosting?.verdict),
            );
          } catch (error) {
            // The tab may have closed meanwhile; the stored state is still right.
            logError('badge', error);
          }
          try {
            await deps.recordHistory?.(report, sender.url, hosting?.verdict);
          } catch (error) {
            logError('history', error);
          }
          return { ok: true };
        }
        case 'get-report': {
          if (!isExtensionPage(sender, deps.self)) return { ok: false, error: 'forbidden' };
          const state = await deps.store.read(message.tabId);
          // The URL lets the popup name the site; the report replaces the last one (never merged).
          // The site is named here, where the public-suffix list is loaded anyway, so the popup
          // does not have to load it (about 250 KB) before it can draw anything.
          const site = siteWithDomain(state?.url);
          return state?.url
            ? { ok: true, report: state.report, url: state.url, ...(site ? { site } : {}) }
            : { ok: true, report: state?.report ?? null };
        }
        case 'get-hosting': {
          if (!isExtensionPage(sender, deps.self) || !deps.hosting) return { ok: false, error: 'forbidden' };
          const state = await deps.store.read(message.tabId);
          return {
            ok: true,
            hosting: await deps.hosting.view(message.tabId, state?.report ?? null, state?.url),
          };
        }
      }
    } catch (error) {
      logError(message.type, error);
      return { ok: false, error: 'internal error' };
    }
  };
}
