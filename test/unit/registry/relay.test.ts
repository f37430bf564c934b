// @vitest-environment happy-dom
// The relay's message filtering: it pairs with the first offered private element only, passes on
// only observations that arrive on that element, are well-formed and bounded, and are answers to
// a query call of this page's own registry; forged posts and events from the page are ignored.
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '../../../src/core/registry/limits.ts';
import { OBSERVATION_EVENT, type Observation, OFFER_EVENT } from '../../../src/registry-content/channel.ts';
import {
  parseRegistryAnswerMessage,
  type RegistryAnswerMessage,
} from '../../../src/registry-content/message.ts';
import { observerChannel } from '../../../src/registry-content/pairing.ts';
import { answerMessage, RATE_LIMIT, startRelay } from '../../../src/registry-content/relay.ts';
import { body } from './fixtures.ts';

const MIIT = 'https://beian.miit.gov.cn';
const PSB = 'https://beian.mps.gov.cn';
const LIST = 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo/queryByCondition';
const WEBSEARCH = 'https://beian.mps.gov.cn/cyber_portal/query/websearch';

function observation(over: Partial<Observation> = {}): Observation {
  return {
    url: LIST,
    status: 200,
    contentType: 'application/json',
    body: body('miit-list-qq.json'),
    request: '{"pageNum":"","pageSize":"","unitName":"qq.com","serviceType":1}',
    ...over,
  };
}

let sent: RegistryAnswerMessage[];
let clock: number;
function relay(origin = MIIT) {
  return startRelay({ doc: document, origin, send: (m) => sent.push(m), now: () => clock });
}

beforeEach(() => {
  sent = [];
  clock = 1_000;
  // A fresh document per test: listeners of earlier relays must not see this test's events.
  document.documentElement.innerHTML = '<head></head><body></body>';
});

/** Fresh document for each pairing, so the listeners of earlier tests are gone. */
function freshDocument(): Document {
  return document.implementation.createHTMLDocument('registry');
}

describe('pairing', () => {
  it('pairs when the observer starts first and when the relay starts first', () => {
    for (const observerFirst of [true, false]) {
      const doc = freshDocument();
      const got: string[] = [];
      let post: ((o: Observation) => void) | null = null;
      if (observerFirst) post = observerChannel(doc);
      startRelay({ doc, origin: MIIT, send: (m) => got.push(m.answer.registry), now: () => 1 });
      if (!observerFirst) post = observerChannel(doc);
      post?.(observation());
      expect(got, `observer first: ${observerFirst}`).toEqual(['miit']);
    }
  });

  it('delivers observations made before the relay paired, a few at most', () => {
    const doc = freshDocument();
    const post = observerChannel(doc);
    // No relay yet: the offer went unanswered; these are queued.
    for (let i = 0; i < 20; i++) post(observation({ request: JSON.stringify({ unitName: `q${i}` }) }));
    const got: Array<string | null> = [];
    startRelay({ doc, origin: MIIT, send: (m) => got.push(m.answer.query), now: () => 1 });
    expect(got).toEqual(['q12', 'q13', 'q14', 'q15', 'q16', 'q17', 'q18', 'q19']);
  });

  it('ignores a second offer: a page cannot take over the channel', () => {
    const doc = freshDocument();
    const got: RegistryAnswerMessage[] = [];
    const post = observerChannel(doc);
    startRelay({ doc, origin: MIIT, send: (m) => got.push(m), now: () => 1 });
    const forged = doc.createElement('i');
    doc.dispatchEvent(new MouseEvent(OFFER_EVENT, { relatedTarget: forged }));
    forged.dispatchEvent(new CustomEvent(OBSERVATION_EVENT, { detail: JSON.stringify(observation()) }));
    expect(got).toEqual([]);
    post(observation());
    expect(got).toHaveLength(1);
  });

  it('takes no offer of the document, the window or an element in the page', () => {
    for (const target of [document, window, document.body]) {
      const got: RegistryAnswerMessage[] = [];
      const r = startRelay({ doc: document, origin: MIIT, send: (m) => got.push(m), now: () => 1 });
      document.dispatchEvent(new MouseEvent(OFFER_EVENT, { relatedTarget: target as EventTarget }));
      expect(r.paired()).toBe(false);
      target.dispatchEvent(new CustomEvent(OBSERVATION_EVENT, { detail: JSON.stringify(observation()) }));
      expect(got).toEqual([]);
    }
  });
});

describe('what the page can post', () => {
  it('window.postMessage and events on the document reach nothing', async () => {
    const r = relay();
    const text = JSON.stringify(observation());
    window.postMessage({ type: 'registry-answer', answer: text }, '*');
    window.postMessage(text, '*');
    document.dispatchEvent(new CustomEvent(OBSERVATION_EVENT, { detail: text }));
    window.dispatchEvent(new CustomEvent(OBSERVATION_EVENT, { detail: text }));
    await new Promise((done) => setTimeout(done, 10));
    expect(r.paired()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('a forged observation over a paired channel is still checked: bad ones are dropped', () => {
    const doc = freshDocument();
    const got: RegistryAnswerMessage[] = [];
    startRelay({ doc, origin: MIIT, send: (m) => got.push(m), now: () => 1 });
    const node = doc.createElement('span');
    doc.dispatchEvent(new MouseEvent(OFFER_EVENT, { relatedTarget: node }));
    const post = (detail: unknown) => node.dispatchEvent(new CustomEvent(OBSERVATION_EVENT, { detail }));
    post({ ...observation() }); // an object, not text
    post('not json');
    post('null');
    post(JSON.stringify({ ...observation(), status: 'ok' }));
    post(JSON.stringify({ ...observation(), url: `${LIST}?${'x'.repeat(3_000)}` }));
    post(
      JSON.stringify({ ...observation(), url: 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/auth' }),
    );
    post(JSON.stringify({ ...observation(), url: WEBSEARCH })); // the police call on the MIIT page
    post(JSON.stringify({ ...observation(), body: 'x'.repeat(MAX_BODY_CHARS + 1) }));
    post(`[${'['.repeat(100_000)}`);
    expect(got).toEqual([]);
    post(JSON.stringify(observation()));
    expect(got).toHaveLength(1);
  });

  it('sends at most RATE_LIMIT answers per ten seconds', () => {
    const doc = freshDocument();
    const post = observerChannel(doc);
    startRelay({ doc, origin: MIIT, send: (m) => sent.push(m), now: () => clock });
    for (let i = 0; i < RATE_LIMIT + 5; i++) post(observation());
    expect(sent).toHaveLength(RATE_LIMIT);
    clock += 10_000;
    post(observation());
    expect(sent).toHaveLength(RATE_LIMIT + 1);
  });
});

describe('answerMessage', () => {
  it('a MIIT answer with the query read from the request body; the message passes its schema', () => {
    const message = answerMessage(JSON.stringify(observation()), MIIT, 5);
    expect(message).toMatchObject({
      type: 'registry-answer',
      answer: { registry: 'miit', call: 'list', query: 'qq.com', readAt: 5, result: { kind: 'records' } },
    });
    expect(parseRegistryAnswerMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it('failures are answers too: the firewall page, a 429, a too-large body', () => {
    const cases: Array<[Partial<Observation>, string]> = [
      [{ status: 403, contentType: 'text/html', body: body('waf-403.html') }, 'blocked'],
      [{ body: body('miit-429.json') }, 'rate-limited'],
      [{ body: null }, 'too-large'],
      [{ status: 0, body: null }, 'network'],
    ];
    for (const [over, reason] of cases) {
      expect(answerMessage(JSON.stringify(observation(over)), MIIT, 5)?.answer.result).toMatchObject({
        reason,
      });
    }
  });

  it('a police answer on the police page, with maindm as the query; MIIT calls there are dropped', () => {
    const psb = observation({
      url: WEBSEARCH,
      body: body('psb-found.json'),
      request: '{"captchaVerification":"…","maindm":"baidu.com"}',
    });
    expect(answerMessage(JSON.stringify(psb), PSB, 5)?.answer).toMatchObject({
      registry: 'psb',
      query: 'baidu.com',
    });
    expect(answerMessage(JSON.stringify(observation()), PSB, 5)).toBeNull();
    expect(answerMessage(JSON.stringify(psb), 'https://example.com', 5)).toBeNull();
  });

  it('reads a form-encoded request body too, and no query from an unreadable one', () => {
    const form = observation({ request: 'unitName=%E7%A4%BA%E4%BE%8B&serviceType=1' });
    expect(answerMessage(JSON.stringify(form), MIIT, 5)?.answer.query).toBe('示例');
    const none = observation({ request: null });
    expect(answerMessage(JSON.stringify(none), MIIT, 5)?.answer.query).toBeNull();
  });
});
