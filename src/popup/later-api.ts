// The popup's browser calls that the first licence does not wait for, loaded after the first render
// (main.tsx): they carry the whole message protocol, whose schemas the entry chunk leaves out.
import browser from 'webextension-polyfill';
import { BACKGROUND_MESSAGES, CONTENT_MESSAGES } from '../messaging/protocol.ts';
import { createSend, replyValue } from '../messaging/send.ts';
import type { HostingAnswer, SameFilerAnswer } from './api.ts';
import { fetchHosting } from './hosting-client.ts';
import { fetchReadiness } from './readiness-client.ts';
import { registryClient } from './registry-client.ts';
import { watchSession } from './session-watch.ts';

const send = createSend(BACKGROUND_MESSAGES, (message) => browser.runtime.sendMessage(message));

/** To the content script in the tab's top frame. No content script (browser page, store page, file:
 * without access, or a tab not reloaded since install) gives an error reply. */
const sendToTab = (tabId: number) =>
  createSend(CONTENT_MESSAGES, (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));

export const contentReachable = async (tabId: number) => (await sendToTab(tabId)('content-status', {})).ok;

export async function showBlock(tabId: number, block: number): Promise<boolean> {
  const reply = await sendToTab(tabId)('show-block', { block });
  return reply.ok && reply.value.shown;
}

export const hosting = (tabId: number): Promise<HostingAnswer> => fetchHosting(send, tabId);

export const sameFiler = async (tabId: number): Promise<SameFilerAnswer> =>
  replyValue('same-filer', await send('same-filer', { tabId }));

export const readiness = (tabId: number) => fetchReadiness(send, tabId);

export const registry = registryClient(send, watchSession);
