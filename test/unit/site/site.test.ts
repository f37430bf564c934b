import { describe, expect, it } from 'vitest';
import { unavailableReason } from '../../../src/popup/unavailable.ts';
import { siteWithDomain as siteOf } from '../../../src/site/registrable-domain.ts';

describe('siteOf', () => {
  it.each([
    ['https://www.baidu.com/s?wd=1', 'baidu.com', false],
    ['https://news.sina.com.cn/', 'sina.com.cn', false],
    ['https://a.b.gov.cn/x', 'b.gov.cn', false],
    ['http://127.0.0.1:8080/', '127.0.0.1', true],
    ['http://localhost:3000/', 'localhost', true],
    ['http://192.168.1.10/', '192.168.1.10', true],
    ['http://10.0.0.5/', '10.0.0.5', true],
    ['http://172.20.1.1/', '172.20.1.1', true],
    ['http://[::1]/', '[::1]', true],
    ['http://printer.local/', 'printer.local', true],
    ['http://intranet/', 'intranet', true],
    ['http://8.8.8.8/', '8.8.8.8', false],
  ])('%s → %s (local %s)', (url, name, local) => {
    expect(siteOf(url)).toEqual({ name, local });
  });

  it('is null without a usable URL', () => {
    expect(siteOf(undefined)).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('unavailableReason', () => {
  it.each([
    ['chrome://extensions/', false, 'reasonBrowserPage'],
    ['about:blank', false, 'reasonBrowserPage'],
    ['https://chromewebstore.google.com/detail/x', false, 'reasonStorePage'],
    ['https://chrome.google.com/webstore/detail/x', false, 'reasonStorePage'],
    ['https://addons.mozilla.org/en-US/firefox/', false, 'reasonStorePage'],
    ['file:///home/me/page.html', false, 'reasonFile'],
    ['file:///home/me/page.html', true, 'reasonReload'],
    ['https://example.cn/', false, 'reasonReload'],
    ['data:text/html,hi', false, 'reasonNotWeb'],
    [undefined, false, 'reasonUnknown'],
  ] as const)('%s (file access %s) → %s', (url, fileAccess, reason) => {
    expect(unavailableReason(url, fileAccess)).toBe(reason);
  });
});
