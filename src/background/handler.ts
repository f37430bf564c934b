// The one runtime.onMessage handler: validate, check the sender, act. It never throws; every
// outcome is a reply object. Browser APIs come in as dependencies so the handler is unit-tested
// with fakes.
import type { Runtime } from 'webextension-polyfill';
import type { LinkHint, PageReport, TextBlock } from '../core/types.ts';
import { parseMessage } from '../shared/protocol.ts';
import type { Reply } from '../shared/reply.ts';
import type { TabStateStore } from '../shared/tab-state.ts';
import { type Badge, badgeFor } from './badge.ts';
import { contentScriptTab, type ExtensionIdentity, isExtensionPage } from './trust.ts';

export interface HandlerDeps {
  self: ExtensionIdentity;
  analyse: (blocks: readonly TextBlock[], links: readonly LinkHint[], truncated: boolean) => PageReport;
  store: TabStateStore;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
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
          try {
            await deps.setBadge(tabId, badgeFor(report));
          } catch (error) {
            // The tab may have closed meanwhile; the stored state is still right.
            logError('badge', error);
          }
          return { ok: true };
        }
        case 'get-report': {
          if (!isExtensionPage(sender, deps.self)) return { ok: false, error: 'forbidden' };
          const state = await deps.store.read(message.tabId);
          return { ok: true, report: state?.report ?? null };
        }
      }
    } catch (error) {
      logError(message.type, error);
      return { ok: false, error: 'internal error' };
    }
  };
}
