// get-readiness through the handler table: the popup's answer joins the tab's tally, its licences
// and its hosting verdict; local and non-http pages get none; a tally of another origin is not used;
// the reply passes the popup's schema, and a forged one does not.

import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import type { HostingVerdict } from '../../../src/core/hosting/verdict.ts';
import { addRequest, emptyTally } from '../../../src/core/readiness/tally.ts';
import { verdictLine } from '../../../src/i18n/readiness-text.ts';
import { BACKGROUND_MESSAGES } from '../../../src/messaging/protocol.ts';
import type { ReadinessView } from '../../../src/messaging/readiness-view.ts';
import { createSend } from '../../../src/messaging/send.ts';
import type { ReadinessDoc } from '../../../src/storage/readiness-state.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { EMPTY_REPORT } from './fixtures.ts';
import { testHistory } from './test-history.ts';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const POPUP = { id: 'ourid', url: 'chrome-extension://ourid/src/popup/index.html' } as Runtime.MessageSender;
const CONTENT = {
  id: 'ourid',
  url: 'https://example.cn/',
  frameId: 0,
  tab: { id: 5, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
} as Runtime.MessageSender;

const HONG_KONG: HostingVerdict = {
  kind: 'outside-no-number',
  country: 'HK',
  reason: null,
  unfileableTld: null,
};

function doc(url: string, requests: Array<[string, string]>, fromStart = true): ReadinessDoc {
  const tally = emptyTally();
  for (const [host, type] of requests) addRequest(tally, { host, type });
  return { url, at: 1, fromStart, tally };
}

async function setup(pageUrl: string | null, current: ReadinessDoc | null, withReadiness = true) {
  const store = createTabStateStore(new FakeSession());
  if (pageUrl) await store.write(5, EMPTY_REPORT, pageUrl);
  const handle = createMessageHandler({
    self: SELF,
    analyse: () => EMPTY_REPORT,
    store,
    setBadge: async () => {},
    hosting: {
      view: async () => ({ hosting: { ip: '203.0.113.1', cached: false, place: null }, verdict: HONG_KONG }),
    },
    ...(withReadiness ? { readiness: { current: async () => current } } : {}),
    history: testHistory(),
  });
  // The popup's own send(), so the reply is checked against the protocol's schema.
  const send = createSend(BACKGROUND_MESSAGES, (message) => handle(message, POPUP));
  return { handle, send };
}

const ready = (view: ReadinessView) => {
  if (!view.applies) throw new Error('no readiness answer');
  return view;
};

describe('get-readiness', () => {
  it('groups the hosts, says the verdict and the list date, in a reply the popup accepts', async () => {
    const { send } = await setup(
      'https://shop.example.com/',
      doc('https://shop.example.com/', [
        ['fonts.googleapis.com', 'stylesheet'],
        ['www.youtube.com', 'sub_frame'],
        ['www.google-analytics.com', 'script'],
        ['hm.baidu.com', 'script'],
        ['cdn.example.com', 'image'],
      ]),
    );
    const reply = await send('get-readiness', { tabId: 5 });
    if (!reply.ok) throw new Error(reply.error);
    const view = ready(reply.value);
    expect(view.seen).toBe('all');
    expect(view.list).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { readiness } = view;
    expect(readiness.heldUp.map((h) => h.host)).toEqual(['fonts.googleapis.com']);
    expect(readiness.featuresFail.map((h) => [h.host, h.feature])).toEqual([['www.youtube.com', 'video']]);
    expect(readiness.trackingOnly.map((h) => h.host)).toEqual(['www.google-analytics.com']);
    expect(readiness.requests).toBe(5);
    expect(verdictLine(readiness.verdict)).toBe(
      'Hosted outside the mainland (no ICP needed), but videos from YouTube will not play (and 2 more)',
    );
  });

  it('says "likely to work" for a page that loads nothing listed as failing', async () => {
    const { send } = await setup(
      'https://shop.example.com/',
      doc('https://shop.example.com/', [['hm.baidu.com', 'script']]),
    );
    const reply = await send('get-readiness', { tabId: 5 });
    const view = ready(reply.ok ? reply.value : { applies: false });
    expect(verdictLine(view.readiness.verdict)).toBe(
      'Hosted outside the mainland (no ICP needed): likely to work in mainland China',
    );
  });

  it('does not use a tally of another origin, and says how much was seen', async () => {
    const other = await setup(
      'https://shop.example.com/',
      doc('https://old.example.org/', [['youtube.com', 'script']]),
    );
    const none = await other.handle({ type: 'get-readiness', tabId: 5 }, POPUP);
    expect(none).toMatchObject({
      ok: true,
      value: { applies: true, seen: 'none', readiness: { featuresFail: [] } },
    });

    const part = await setup('https://shop.example.com/', doc('https://shop.example.com/x', [], false));
    expect(await part.handle({ type: 'get-readiness', tabId: 5 }, POPUP)).toMatchObject({
      ok: true,
      value: { applies: true, seen: 'part' },
    });
  });

  it.each<[string, string | null, ReadinessDoc | null, boolean]>([
    [
      'a local address',
      'http://192.168.1.10/',
      doc('http://192.168.1.10/', [['youtube.com', 'script']]),
      true,
    ],
    ['a local name', 'http://printer.local/', null, true],
    ['a file page', 'file:///home/a.html', null, true],
    ['a tab with nothing recorded', null, null, true],
    ['a build without the check', 'https://shop.example.com/', null, false],
  ])('answers "does not apply" for %s', async (_name, url, current, withReadiness) => {
    const { handle } = await setup(url, current, withReadiness);
    expect(await handle({ type: 'get-readiness', tabId: 5 }, POPUP)).toEqual({
      ok: true,
      value: { applies: false },
    });
  });

  it('refuses the content script, and a forged request', async () => {
    const { handle } = await setup('https://shop.example.com/', null);
    expect(await handle({ type: 'get-readiness', tabId: 5 }, CONTENT)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await handle({ type: 'get-readiness', tabId: -1 }, POPUP)).toEqual({
      ok: false,
      error: 'invalid message',
    });
  });

  it('turns a forged reply into "invalid reply" on the popup side', async () => {
    const forged = {
      ok: true,
      value: {
        applies: true,
        seen: 'all',
        list: '2026-08-19',
        readiness: {
          pageHost: 'a.com',
          site: null,
          heldUp: [{ host: 'x' }],
          featuresFail: [],
          trackingOnly: [],
        },
      },
    };
    const send = createSend(BACKGROUND_MESSAGES, async () => forged);
    expect(await send('get-readiness', { tabId: 5 })).toEqual({ ok: false, error: 'invalid reply' });
  });
});
