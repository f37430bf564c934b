// Main-world observer on the registries' query pages: reads the responses of the page's own query
// calls (MIIT's icpAbbreviateInfo/*, the police site's query/websearch), made with XMLHttpRequest or
// fetch. It never changes, adds or replays a request: the page's calls go through the browser's own
// functions with the page's own arguments, the page gets the very same promise and XHR object back,
// and fetch responses are read from a clone. The wrappers are Proxies of the originals, so `name`,
// `length` and `prototype` stay the same, and nothing is added to any object the page can reach.
// Everything else the page does passes untouched.
import { registryCall } from '../core/registry/calls.ts';
import { MAX_BODY_CHARS } from '../core/registry/limits.ts';
import { MAX_REQUEST_CHARS } from '../core/registry/request.ts';
import type { Observation } from './channel.ts';

/** The parts of a window the observer wraps. */
export interface ObservedWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  Request: typeof Request;
  URL: typeof URL;
  TextDecoder: typeof TextDecoder;
  EventTarget: typeof EventTarget;
  location: { href: string };
}

interface XhrState {
  url: string;
  request: string | null;
  aborted: boolean;
}

function requestText(body: unknown): string | null {
  return typeof body === 'string' && body.length <= MAX_REQUEST_CHARS ? body : null;
}

/** The text of a body stream up to MAX_BODY_CHARS; null past that (and the clone is cancelled). */
async function readText(
  win: ObservedWindow,
  body: ReadableStream<Uint8Array> | null,
): Promise<string | null> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new win.TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length > MAX_BODY_CHARS) {
      reader.cancel().catch(() => {});
      return null;
    }
  }
}

/** An XHR's response as text, whatever its responseType; null when too large or not readable. */
async function xhrText(win: ObservedWindow, xhr: XMLHttpRequest): Promise<string | null> {
  const type = xhr.responseType;
  if (type === '' || type === 'text')
    return xhr.responseText.length > MAX_BODY_CHARS ? null : xhr.responseText;
  const response: unknown = xhr.response;
  if (response === null || response === undefined) return '';
  if (type === 'json') {
    const text = JSON.stringify(response);
    return text.length > MAX_BODY_CHARS ? null : text;
  }
  if (type === 'arraybuffer' && response instanceof ArrayBuffer) {
    return response.byteLength > MAX_BODY_CHARS * 4 ? null : new win.TextDecoder().decode(response);
  }
  if (type === 'blob' && typeof (response as Blob).size === 'number') {
    const blob = response as Blob;
    return blob.size > MAX_BODY_CHARS * 4 ? null : blob.text();
  }
  return null;
}

/** Wraps `win`'s fetch and XMLHttpRequest; `report` gets one Observation per registry response. */
export function installObserver(win: ObservedWindow, report: (observation: Observation) => void): void {
  const absolute = (url: unknown): string | null => {
    try {
      return new win.URL(String(url), win.location.href).href;
    } catch {
      return null;
    }
  };
  const safeReport = (observation: Observation) => {
    try {
      report(observation);
    } catch {
      // never disturb the page
    }
  };

  // XMLHttpRequest: remember the URL at open(), listen for the end at send().
  const proto = win.XMLHttpRequest.prototype;
  const addListener = win.EventTarget.prototype.addEventListener;
  const states = new WeakMap<XMLHttpRequest, XhrState>();
  proto.open = new Proxy(proto.open, {
    apply(target, self: XMLHttpRequest, args: unknown[]) {
      const result = Reflect.apply(target, self, args);
      const url = absolute(args[1]);
      if (url && registryCall(url)) states.set(self, { url, request: null, aborted: false });
      else states.delete(self);
      return result;
    },
  });
  proto.send = new Proxy(proto.send, {
    apply(target, self: XMLHttpRequest, args: unknown[]) {
      const state = states.get(self);
      if (state) {
        state.request = requestText(args[0]);
        state.aborted = false;
        const onEnd = () => {
          if (state.aborted || states.get(self) !== state) return;
          const status = self.status;
          const contentType = self.getResponseHeader('content-type');
          const done = (body: string | null) =>
            safeReport({ url: state.url, status, contentType, body, request: state.request });
          xhrText(win, self).then(done, () => done(null));
        };
        Reflect.apply(addListener, self, ['abort', () => (state.aborted = true), { once: true }]);
        Reflect.apply(addListener, self, ['loadend', onEnd, { once: true }]);
      }
      return Reflect.apply(target, self, args);
    },
  });

  // fetch: the page gets the original promise; a clone of the response is read on the side.
  win.fetch = new Proxy(win.fetch, {
    apply(target, self, args: unknown[]) {
      const promise: Promise<Response> = Reflect.apply(target, self, args);
      try {
        const input = args[0];
        const url = absolute(input instanceof win.Request ? input.url : input);
        if (url && registryCall(url)) {
          const init = args[1] as { body?: unknown } | undefined;
          const request = requestText(init?.body);
          promise.then(
            (response) => {
              const clone = response.clone();
              const done = (body: string | null) =>
                safeReport({
                  url,
                  status: clone.status,
                  contentType: clone.headers.get('content-type'),
                  body,
                  request,
                });
              readText(win, clone.body).then(done, () => done(null));
            },
            (error: unknown) => {
              // An abort by the page is not a registry failure.
              if ((error as { name?: unknown } | null)?.name === 'AbortError') return;
              safeReport({ url, status: 0, contentType: null, body: null, request });
            },
          );
        }
      } catch {
        // never disturb the page
      }
      return promise;
    },
  });
}
