// @vitest-environment happy-dom
// The content script: one page-scan message through whichever runtime API the browser has; a failed
// send is swallowed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../../src/messaging/protocol.ts';

beforeEach(() => {
  vi.resetModules();
  document.body.innerHTML = '<main><h1>T</h1></main><footer><p>京ICP备<span>16046272</span>号-1</p></footer>';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('content script', () => {
  it('sends one valid page-scan message through chrome.runtime', async () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    const mod = await import('../../../src/content/index.ts');
    expect(sendMessage).toHaveBeenCalledTimes(1);
    const message = (sendMessage.mock.calls[0] as unknown[])[0];
    expect(parseMessage(message)).toEqual({
      type: 'page-scan',
      blocks: [{ text: '京ICP备16046272号-1', region: 'footer', id: 0, official: [] }],
      links: [],
      truncated: false,
    });
    expect(mod.anchors.map((a) => a.localName)).toEqual(['p']);
  });

  it('prefers browser.runtime and ignores a rejected send', async () => {
    const sendMessage = vi.fn(() => Promise.reject(new Error('Could not establish connection')));
    const chromeSend = vi.fn();
    vi.stubGlobal('browser', { runtime: { sendMessage } });
    vi.stubGlobal('chrome', { runtime: { sendMessage: chromeSend } });
    await import('../../../src/content/index.ts');
    await Promise.resolve();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(chromeSend).not.toHaveBeenCalled();
  });

  it('survives a synchronous throw (extension context invalidated) and keeps working', async () => {
    const sendMessage = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    const mod = await import('../../../src/content/index.ts');
    // The send was tried and threw, the scan still finished, and the script still listens.
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(mod.anchors.map((a) => a.localName)).toEqual(['p']);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});

describe('content script and page lifecycle', () => {
  it('sends again when the page comes back from the back/forward cache', async () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    await import('../../../src/content/index.ts');
    expect(sendMessage).toHaveBeenCalledTimes(1);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(sendMessage).toHaveBeenCalledTimes(1);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('waits until a prerendered page is shown', async () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    try {
      await import('../../../src/content/index.ts');
      expect(sendMessage).not.toHaveBeenCalled();
      document.dispatchEvent(new Event('prerenderingchange'));
      expect(sendMessage).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(document, 'prerendering');
    }
  });
});
