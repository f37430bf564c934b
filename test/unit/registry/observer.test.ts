// The main-world observer on a stand-in window: it reports the registry calls' responses made by
// XHR and by fetch, passes the page's arguments through unchanged, hands the page the very same
// promise and a body it can still read, and reports nothing for other requests.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/registry-content/channel.ts';
import { installObserver, type ObservedWindow } from '../../../src/registry-content/observer.ts';
import { body } from './fixtures.ts';

const LIST = 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/icpAbbreviateInfo/queryByCondition';
const REQUEST = '{"pageNum":"","pageSize":"","unitName":"qq.com","serviceType":1}';

interface Reply {
  status: number;
  body: string;
  type?: string;
}

/** A stand-in XMLHttpRequest: answers `reply` asynchronously, records what it was called with. */
function fakeXhrClass(reply: Reply, calls: unknown[][]) {
  return class FakeXhr extends EventTarget {
    responseType: XMLHttpRequestResponseType = '';
    status = 0;
    responseText = '';
    response: unknown = null;
    open(...args: unknown[]) {
      calls.push(['open', ...args]);
    }
    send(...args: unknown[]) {
      calls.push(['send', ...args]);
      setTimeout(() => {
        this.status = reply.status;
        this.responseText = reply.body;
        this.response = this.responseType === 'json' ? JSON.parse(reply.body) : reply.body;
        this.dispatchEvent(new Event('load'));
        this.dispatchEvent(new Event('loadend'));
      }, 1);
    }
    abort() {
      this.dispatchEvent(new Event('abort'));
      this.dispatchEvent(new Event('loadend'));
    }
    getResponseHeader(name: string) {
      return name === 'content-type' ? (reply.type ?? 'application/json') : null;
    }
  };
}

function setup(reply: Reply, fetchImpl?: (...args: unknown[]) => Promise<Response>) {
  const calls: unknown[][] = [];
  const seen: Observation[] = [];
  const originalFetch =
    fetchImpl ??
    (async (...args: unknown[]) => {
      calls.push(['fetch', ...args]);
      return new Response(reply.body, {
        status: reply.status,
        headers: { 'content-type': reply.type ?? 'application/json' },
      });
    });
  const win = {
    fetch: originalFetch as typeof fetch,
    XMLHttpRequest: fakeXhrClass(reply, calls) as unknown as typeof XMLHttpRequest,
    Request,
    URL,
    TextDecoder,
    EventTarget,
    location: { href: 'https://beian.miit.gov.cn/#/Integrated/recordQuery' },
  } satisfies ObservedWindow;
  installObserver(win, (o) => seen.push(o));
  return { win, calls, seen, originalFetch };
}

const settle = () => new Promise((done) => setTimeout(done, 20));

describe('XMLHttpRequest', () => {
  it('reports the answer of a query call and leaves the request and the page’s answer as they were', async () => {
    const reply = { status: 200, body: body('miit-list-qq.json') };
    const { win, calls, seen } = setup(reply);
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', LIST, true);
    xhr.send(REQUEST);
    await settle();
    expect(calls).toEqual([
      ['open', 'POST', LIST, true],
      ['send', REQUEST],
    ]);
    expect(xhr.responseText).toBe(reply.body);
    expect(seen).toEqual([
      { url: LIST, status: 200, contentType: 'application/json', body: reply.body, request: REQUEST },
    ]);
  });

  it('reads a json responseType as its JSON text', async () => {
    const { win, seen } = setup({ status: 200, body: '{"code":200}' });
    const xhr = new win.XMLHttpRequest();
    xhr.responseType = 'json';
    xhr.open('POST', LIST);
    xhr.send(REQUEST);
    await settle();
    expect(seen[0]?.body).toBe('{"code":200}');
  });

  it('reports nothing for other calls or for an aborted one', async () => {
    const { win, seen } = setup({ status: 200, body: '{}' });
    const other = new win.XMLHttpRequest();
    other.open('POST', 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/auth');
    other.send('authKey=x');
    const aborted = new win.XMLHttpRequest();
    aborted.open('POST', LIST);
    aborted.send(REQUEST);
    aborted.abort();
    // Re-opened to another URL before sending: not observed.
    const reopened = new win.XMLHttpRequest();
    reopened.open('POST', LIST);
    reopened.open('GET', '/index.html');
    reopened.send();
    await settle();
    expect(seen).toEqual([]);
  });

  it('keeps the names and lengths of the wrapped functions', () => {
    const plain = fakeXhrClass({ status: 200, body: '' }, []).prototype;
    const { win } = setup({ status: 200, body: '' });
    expect(win.XMLHttpRequest.prototype.open.name).toBe(plain.open.name);
    expect(win.XMLHttpRequest.prototype.send.length).toBe(plain.send.length);
  });
});

describe('fetch', () => {
  it('returns the page the same promise, whose body it can still read, and reports a clone', async () => {
    const reply = { status: 200, body: body('miit-list-qq.json') };
    let returned: Promise<Response> | null = null;
    const { win, seen, calls } = setup(reply, (...args) => {
      calls.push(['fetch', ...args]);
      returned = Promise.resolve(
        new Response(reply.body, { status: 200, headers: { 'content-type': 'application/json' } }),
      );
      return returned;
    });
    const init = { method: 'POST', body: REQUEST, headers: { 'Content-Type': 'application/json' } };
    const promise = win.fetch(LIST, init);
    expect(promise).toBe(returned);
    expect(calls).toEqual([['fetch', LIST, init]]);
    const json = await (await promise).json();
    expect(json.params.total).toBe(1);
    await settle();
    expect(seen).toEqual([
      { url: LIST, status: 200, contentType: 'application/json', body: reply.body, request: REQUEST },
    ]);
  });

  it('resolves relative URLs and Request objects against the page', async () => {
    const { win, seen } = setup({ status: 200, body: '{}' });
    win.location.href = 'https://beian.mps.gov.cn/#/query/webSearch?code=11010802050023';
    await win.fetch('/cyber_portal/query/websearch', { method: 'POST', body: '{"maindm":"baidu.com"}' });
    await win.fetch(new Request('https://beian.mps.gov.cn/cyber_portal/query/websearch', { method: 'POST' }));
    await win.fetch('/cyber_portal/captcha/get', { method: 'POST' });
    await settle();
    expect(seen.map((o) => [o.url, o.request])).toEqual([
      ['https://beian.mps.gov.cn/cyber_portal/query/websearch', '{"maindm":"baidu.com"}'],
      ['https://beian.mps.gov.cn/cyber_portal/query/websearch', null],
    ]);
  });

  it('a network failure is reported with status 0 and the page sees the same rejection; an abort is not reported', async () => {
    const failure = new TypeError('Failed to fetch');
    const { win, seen } = setup({ status: 0, body: '' }, () => Promise.reject(failure));
    await expect(win.fetch(LIST, { method: 'POST', body: REQUEST })).rejects.toBe(failure);
    const abort = setup({ status: 0, body: '' }, () =>
      Promise.reject(new DOMException('aborted', 'AbortError')),
    );
    await expect(abort.win.fetch(LIST)).rejects.toThrow('aborted');
    await settle();
    expect(seen).toEqual([{ url: LIST, status: 0, contentType: null, body: null, request: REQUEST }]);
    expect(abort.seen).toEqual([]);
  });

  it('stops reading a clone past the size limit and reports no body', async () => {
    const huge = 'x'.repeat(1_200_000);
    const { win, seen } = setup({ status: 200, body: huge });
    const text = await (await win.fetch(LIST)).text();
    expect(text).toHaveLength(huge.length);
    await settle();
    expect(seen).toEqual([
      { url: LIST, status: 200, contentType: 'application/json', body: null, request: null },
    ]);
  });

  it('a throwing report never reaches the page', async () => {
    const win = {
      fetch: (async () => new Response('{}')) as typeof fetch,
      XMLHttpRequest: fakeXhrClass({ status: 200, body: '{}' }, []) as unknown as typeof XMLHttpRequest,
      Request,
      URL,
      TextDecoder,
      EventTarget,
      location: { href: 'https://beian.miit.gov.cn/' },
    };
    installObserver(win, () => {
      throw new Error('boom');
    });
    expect(await (await win.fetch(LIST)).text()).toBe('{}');
    await settle();
  });
});
