import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml } from '../../../src/cli/decode.ts';

const GBK_ICP = Uint8Array.from([0xbe, 0xa9, 0x49, 0x43, 0x50, 0xb1, 0xb8]); // 京ICP备 in GBK
const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeHtml', () => {
  it('defaults to UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>京ICP备</p>'))).toBe('<p>京ICP备</p>');
  });

  it('follows <meta charset>', () => {
    const bytes = concat(ascii('<meta charset="gbk"><p>'), GBK_ICP);
    expect(decodeHtml(bytes)).toBe('<meta charset="gbk"><p>京ICP备');
  });

  it('follows <meta http-equiv content-type> with gb2312', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    expect(decodeHtml(concat(ascii(head), GBK_ICP))).toBe(`${head}京ICP备`);
  });

  it('prefers the HTTP charset over <meta>', () => {
    const bytes = concat(ascii('<meta charset="utf-8">'), GBK_ICP);
    expect(decodeHtml(bytes, 'text/html; charset=GB18030')).toContain('京ICP备');
  });

  it('prefers a byte-order mark over everything and strips it', () => {
    const bytes = concat(
      Uint8Array.from([0xef, 0xbb, 0xbf]),
      new TextEncoder().encode('<meta charset=gbk>京'),
    );
    expect(decodeHtml(bytes, 'text/html; charset=gbk')).toBe('<meta charset=gbk>京');
  });

  it('ignores unknown labels', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-nonsense">京'))).toContain('京');
  });

  it('reads the charset parameter', () => {
    expect(charsetOf('text/html; charset="utf-8"')).toBe('utf-8');
    expect(charsetOf('text/html;charset=GBK')).toBe('GBK');
    expect(charsetOf('text/html')).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
});
