// Registry checks through the worker's handler table, with fake storage and tabs: a check from the
// popup opens the query page and notes the check; the relay on that page gets the search text once;
// its answers are linked to the check and kept for the tab, per domain and in the history (when on);
// forged senders, answers for the other registry, expired checks and corrupt storage come to nothing.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createMessageHandler } from '../../../src/background/handler.ts';
import { createHistoryRecorder } from '../../../src/background/history.ts';
import { createRegistryChecks } from '../../../src/background/registry.ts';
import { createTabLifecycle } from '../../../src/background/tab-lifecycle.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import type { RegistryAnswer } from '../../../src/core/registry/answer.ts';
import { parseMiitResponse } from '../../../src/core/registry/miit.ts';
import { parsePsbResponse } from '../../../src/core/registry/psb.ts';
import { answerMessage } from '../../../src/registry-content/relay.ts';
import { registryTabKey } from '../../../src/storage/registry-key.ts';
import { createRegistryState, PENDING_KEY, PENDING_TTL_MS } from '../../../src/storage/registry-state.ts';
import { createTabStateStore } from '../../../src/storage/tab-state.ts';
import { FakeSession } from './fake-session.ts';
import { testHistory } from './test-history.ts';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const MIIT = 'https://beian.miit.gov.cn';
const PSB = 'https://beian.mps.gov.cn';
const PAGE_TAB = 5;
const QUERY_TAB = 9;
const FILING = '京ICP备16045689号-1';
const FOOTER = `北京云途文化传媒有限公司 京ICP证160517号 ${FILING} 京公网安备 11010502038816号`;

const tab = (id: number) => ({
  id,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
});
const popup: Runtime.MessageSender = { id: 'ourid', url: 'chrome-extension://ourid/src/popup/index.html' };
const pageSender = (url = 'https://www.yuntu-video.cn/'): Runtime.MessageSender => ({
  id: 'ourid',
  url,
  frameId: 0,
  tab: tab(PAGE_TAB),
});
const registrySender = (origin: string, over: Record<string, unknown> = {}) =>
  ({
    id: 'ourid',
    url: `${origin}/`,
    origin,
    frameId: 0,
    tab: tab(QUERY_TAB),
    ...over,
  }) as Runtime.MessageSender;

function miitAnswer(query: string | null, items: object[] | 'empty' | 'blocked'): RegistryAnswer {
  if (items === 'blocked')
    return parseMiitResponse(
      'list',
      { status: 403, contentType: 'text/html', body: '<html>blocked</html>' },
      query,
      1_000,
    );
  const list = items === 'empty' ? [] : items;
  const body = JSON.stringify({ code: 200, success: true, params: { list, total: list.length } });
  return parseMiitResponse('list', { status: 200, contentType: 'application/json', body }, query, 1_000);
}

const record = (domain: string, serviceLicence: string) => ({
  domain,
  domainId: 1,
  mainLicence: serviceLicence.replace(/-\d+$/, ''),
  serviceLicence,
  unitName: '北京云途文化传媒有限公司',
  natureName: '企业',
  updateRecordTime: '2024-03-01 10:00:00',
  limitAccess: '否',
});

function setup({ historyOn = false } = {}) {
  const session = new FakeSession();
  let clock = 10_000;
  const now = () => clock;
  const opened: string[] = [];
  const store = createTabStateStore(session, now);
  const history = testHistory();
  const registry = createRegistryChecks({
    state: createRegistryState(session, now),
    tabs: store,
    analyse: analysePage,
    history,
    historyEnabled: async () => historyOn,
    openTab: async (url) => {
      opened.push(url);
      return QUERY_TAB;
    },
    now,
  });
  const handle = createMessageHandler({
    self: SELF,
    analyse: analysePage,
    store,
    setBadge: async () => {},
    history,
    recordHistory: createHistoryRecorder({ store: history, enabled: async () => historyOn, now }),
    registry,
  });
  const lifecycle = createTabLifecycle({
    store,
    clearBadge: async () => {},
    forgetAlso: (id) => registry.forgetTab(id),
  });
  const scan = (url?: string) =>
    handle(
      { type: 'page-scan', blocks: [{ text: FOOTER, region: 'footer', id: 0 }], links: [], truncated: false },
      pageSender(url),
    );
  const send = (message: object, sender: Runtime.MessageSender = popup) => handle(message, sender);
  const answer = (a: RegistryAnswer, sender = registrySender(a.registry === 'miit' ? MIIT : PSB)) =>
    send({ type: 'registry-answer', answer: a }, sender);
  const checks = async () => {
    const reply = await send({ type: 'get-registry', tabId: PAGE_TAB });
    return reply.ok
      ? (reply.value as { checks: Record<string, { verdict: { outcome: object } }> }).checks
      : null;
  };
  return {
    session,
    history,
    opened,
    scan,
    send,
    answer,
    checks,
    lifecycle,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

const checkMiit = { type: 'registry-check', tabId: PAGE_TAB, registry: 'miit', number: FILING };

describe('a check from the popup', () => {
  it('opens the query page, fills its search box once, and keeps the verdict for the tab', async () => {
    const t = setup();
    await t.scan();
    expect(await t.send(checkMiit)).toEqual({ ok: true, value: { opened: true } });
    expect(t.opened).toEqual(['https://beian.miit.gov.cn/']);

    const fill = () => t.send({ type: 'registry-fill' }, registrySender(MIIT));
    expect(await t.send({ type: 'registry-fill' }, registrySender(MIIT, { frameId: 2 }))).toEqual({
      ok: true,
      value: { text: null },
    });
    expect(await fill()).toEqual({ ok: true, value: { text: 'yuntu-video.cn' } });
    expect(await fill()).toEqual({ ok: true, value: { text: null } });

    const reply = await t.answer(miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', FILING)]));
    expect(reply).toEqual({ ok: true, value: { linked: true } });
    expect((await t.checks())?.miit).toMatchObject({
      number: FILING,
      verdict: {
        registry: 'miit',
        outcome: {
          code: 'miit-match',
          licence: FILING,
          record: { unitName: '北京云途文化传媒有限公司', natureName: '企业', domain: 'yuntu-video.cn' },
        },
      },
    });
  });

  it('a borrowed number, found by querying the number, names the other domain', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    await t.answer(miitAnswer(FILING, [record('elsewhere.cn', FILING)]));
    expect((await t.checks())?.miit?.verdict.outcome).toMatchObject({
      code: 'miit-borrowed',
      domains: ['elsewhere.cn'],
    });
  });

  it('a later empty or blocked answer does not wipe the record; the police check is kept beside it', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    await t.answer(miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', '京ICP备99999999号-1')]));
    await t.answer(miitAnswer('yuntu-video.cn', 'empty'));
    await t.answer(miitAnswer('yuntu-video.cn', 'blocked'));
    await t.send({ ...checkMiit, registry: 'psb', number: '京公网安备11010502038816号' });
    const body = JSON.stringify({
      success: true,
      code: 200,
      data: {
        maindm: 'yuntu-video.cn',
        unitnm: '北京云途文化传媒有限公司',
        polnm: '京公网安备11010502038816号',
        department: '北京市公安局朝阳分局',
        audittime: '2017-05-02',
      },
    });
    await t.answer(
      parsePsbResponse({ status: 200, contentType: 'application/json', body }, 'yuntu-video.cn', 2),
    );
    const checks = await t.checks();
    expect(checks?.miit?.verdict.outcome).toMatchObject({ code: 'miit-other-number' });
    expect(checks?.psb?.verdict.outcome).toMatchObject({
      code: 'psb-match',
      policeOffice: '北京市公安局朝阳分局',
    });
  });

  it('an answer to an unrelated query on the opened tab says so; elsewhere it is not linked', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    const other = miitAnswer('mi.cn', [record('mi.cn', '京ICP备10046444号-9')]);
    expect(await t.answer(other, registrySender(MIIT, { tab: tab(77) }))).toEqual({
      ok: true,
      value: { linked: false },
    });
    expect(await t.checks()).toEqual({});
    expect(await t.answer(other)).toEqual({ ok: true, value: { linked: true } });
    expect((await t.checks())?.miit?.verdict.outcome).toMatchObject({
      code: 'miit-unrelated',
      query: 'mi.cn',
    });
  });

  it('goes to the history entry of the domain when the history is on', async () => {
    const t = setup({ historyOn: true });
    await t.scan();
    await t.send(checkMiit);
    await t.answer(miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', FILING)]));
    const [site] = await t.history.all();
    expect(site?.domain).toBe('yuntu-video.cn');
    expect(site?.registry?.miit?.verdict.outcome.code).toBe('miit-match');
    // A later scan of the site keeps it.
    await t.scan('https://yuntu-video.cn/about');
    expect((await t.history.all())[0]?.registry?.miit?.verdict.outcome.code).toBe('miit-match');
  });

  it('stays out of the history when the history is off', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    await t.answer(miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', FILING)]));
    expect(await t.history.all()).toEqual([]);
  });

  it('is forgotten when the tab navigates, and expires when nobody queries', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    await t.answer(miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', FILING)]));
    await t.lifecycle.onCommitted({ tabId: PAGE_TAB, frameId: 0 });
    expect(await t.checks()).toEqual({});
    expect(t.session.data.has(registryTabKey(PAGE_TAB))).toBe(false);

    await t.scan();
    await t.send(checkMiit);
    t.tick(PENDING_TTL_MS);
    expect(await t.answer(miitAnswer('yuntu-video.cn', 'empty'))).toEqual({
      ok: true,
      value: { linked: false },
    });
    expect(await t.checks()).toEqual({});
  });

  it('is not kept for a tab that moved on to another site meanwhile', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    await t.scan('https://another-site.cn/');
    expect(await t.answer(miitAnswer('yuntu-video.cn', 'empty'))).toEqual({
      ok: true,
      value: { linked: false },
    });
  });
});

describe('the relay’s messages', () => {
  it('are what the protocol accepts: an observation relayed on the MIIT page is linked to the check', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    const observation = JSON.stringify({
      url: 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo/queryByCondition',
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        code: 200,
        success: true,
        params: { list: [record('yuntu-video.cn', FILING)] },
      }),
      request: JSON.stringify({ unitName: 'yuntu-video.cn', serviceType: 1 }),
    });
    const message = answerMessage(observation, MIIT, 5_000);
    expect(await t.send(message as object, registrySender(MIIT))).toEqual({
      ok: true,
      value: { linked: true },
    });
    expect((await t.checks())?.miit?.verdict.outcome).toMatchObject({ code: 'miit-match' });
  });
});

describe('a check from a history or batch row', () => {
  it('is verdicted on the row’s numbers and listed per domain', async () => {
    const t = setup();
    const reply = await t.send({
      type: 'registry-check-site',
      domain: 'yuntu-video.cn',
      registry: 'miit',
      number: FILING,
      numbers: ['京ICP证160517号'],
    });
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    await t.answer(miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', FILING)]));
    const sites = await t.send({ type: 'get-registry-sites' });
    expect(sites).toMatchObject({
      ok: true,
      value: {
        sites: [
          { domain: 'yuntu-video.cn', checks: { miit: { verdict: { outcome: { code: 'miit-match' } } } } },
        ],
      },
    });
  });
});

describe('who may send registry messages', () => {
  const answer = miitAnswer('yuntu-video.cn', [record('yuntu-video.cn', FILING)]);
  it.each<[string, Runtime.MessageSender]>([
    ['an extension page', popup],
    ['our content script on a web page', pageSender()],
    ['a look-alike host', registrySender('https://beian.miit.gov.cn.evil.cn')],
    ['plain http', registrySender('http://beian.miit.gov.cn')],
    ['another extension', registrySender(MIIT, { id: 'other' })],
    ['no tab', registrySender(MIIT, { tab: undefined })],
    ['a cached document', registrySender(MIIT, { documentLifecycle: 'cached' })],
    ['an origin that disagrees with the URL', registrySender(MIIT, { url: 'https://evil.cn/' })],
  ])('refuses an answer from %s', async (_name, sender) => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    expect(await t.answer(answer, sender)).toEqual({ ok: false, error: 'forbidden' });
    expect(await t.checks()).toEqual({});
  });

  it('the police site cannot answer for MIIT; an iframe of the registry can', async () => {
    const t = setup();
    await t.scan();
    await t.send(checkMiit);
    expect(await t.answer(answer, registrySender(PSB))).toEqual({ ok: true, value: { linked: false } });
    const frame = registrySender(MIIT, { frameId: 3, url: 'about:blank' });
    expect(await t.answer(answer, frame)).toEqual({ ok: true, value: { linked: true } });
  });

  it('a popup cannot pretend to be a registry, and a page cannot start a check', async () => {
    const t = setup();
    await t.scan();
    expect(await t.send({ type: 'registry-fill' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await t.send(checkMiit, pageSender())).toEqual({ ok: false, error: 'forbidden' });
    expect(await t.send({ ...checkMiit, number: '' })).toEqual({ ok: false, error: 'invalid message' });
    expect(
      await t.send({ type: 'registry-answer', answer: { registry: 'miit' } }, registrySender(MIIT)),
    ).toEqual({
      ok: false,
      error: 'invalid message',
    });
  });
});

describe('corrupt storage', () => {
  it('reads as no verdict and no pending check, and is overwritten by the next one', async () => {
    const t = setup();
    await t.scan();
    t.session.data.set(registryTabKey(PAGE_TAB), { v: 1, domain: 'yuntu-video.cn', checks: { miit: 'x' } });
    t.session.data.set(PENDING_KEY, { v: 1, checks: [{ tabId: 'five' }] });
    expect(await t.checks()).toEqual({});
    expect(await t.answer(miitAnswer('yuntu-video.cn', 'empty'))).toEqual({
      ok: true,
      value: { linked: false },
    });
    await t.send(checkMiit);
    await t.answer(miitAnswer('yuntu-video.cn', 'empty'));
    expect((await t.checks())?.miit?.verdict.outcome).toMatchObject({ code: 'miit-no-record' });
  });
});
