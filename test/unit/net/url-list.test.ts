import { describe, expect, it } from 'vitest';
import { parseLine, parseUrlList } from '../../../src/net/url-list.ts';

describe('batch list', () => {
  it('turns domains into https URLs, keeps http(s) URLs and marks the rest invalid', () => {
    expect(parseLine('  example.cn ')).toEqual({ input: 'example.cn', url: 'https://example.cn/' });
    expect(parseLine('www.example.com.cn:8080/a')).toEqual({
      input: 'www.example.com.cn:8080/a',
      url: 'https://www.example.com.cn:8080/a',
    });
    expect(parseLine('http://a.cn/x?y')).toEqual({ input: 'http://a.cn/x?y', url: 'http://a.cn/x?y' });
    expect(parseLine('中文.中国')?.url).toBe('https://xn--fiq228c.xn--fiqs8s/');
    expect(parseLine('ftp://a.cn')).toEqual({ input: 'ftp://a.cn', url: null });
    expect(parseLine('javascript:alert(1)')).toEqual({ input: 'javascript:alert(1)', url: null });
    expect(parseLine('not a domain')).toEqual({ input: 'not a domain', url: null });
    expect(parseLine('# comment')).toBeNull();
    expect(parseLine('   ')).toBeNull();
  });

  it('reads CRLF and CR lists, drops duplicates and caps the count', () => {
    const { lines } = parseUrlList('a.cn\r\nb.cn\rhttps://a.cn/\n\nc.cn');
    expect(lines.map((l) => l.url)).toEqual(['https://a.cn/', 'https://b.cn/', 'https://c.cn/']);
    const capped = parseUrlList('a.cn\nb.cn\nc.cn', 2);
    expect(capped.lines.length).toBe(2);
    expect(capped.dropped).toBe(1);
  });
});
