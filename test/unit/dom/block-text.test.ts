import { describe, expect, it } from 'vitest';
import { cleanText, MAX_WINDOW_MARKERS, windowsAround } from '../../../src/dom/block-text.ts';

describe('cleanText', () => {
  it('collapses whitespace and keeps one line break per run that has one', () => {
    expect(cleanText('  京ICP备 \u00a0 12345678号\n\t\n -1  ')).toBe('京ICP备 12345678号\n-1');
  });

  it('drops JSP comments, whole or with the opener already swallowed', () => {
    expect(cleanText('a <%-- 京ICP备12345678号 --%> b')).toBe('a b');
    expect(cleanText('x\n闽公网安备 35012802000176号--%>\ny')).toBe('x\ny');
  });
});

describe('windowsAround', () => {
  it('leaves short text alone', () => {
    expect(windowsAround('京ICP备12345678号', 2000)).toEqual({ windows: ['京ICP备12345678号'], cut: false });
  });

  it('keeps ±radius around every marker and merges close ones', () => {
    const text = `${'a'.repeat(3000)}京ICP备12345678号 京公网安备11010502030143号${'b'.repeat(3000)}粤B2-20090059${'c'.repeat(3000)}`;
    const { windows, cut } = windowsAround(text, 2000);
    expect(cut).toBe(false);
    expect(windows).toHaveLength(2);
    expect(windows[0]).toContain('京ICP备12345678号 京公网安备11010502030143号');
    expect(windows[1]).toContain('粤B2-20090059');
    for (const w of windows) expect(w.length).toBeLessThanOrEqual(2000);
  });

  it('says when there were too many markers', () => {
    const text = '网证1 '.repeat(MAX_WINDOW_MARKERS + 10);
    expect(windowsAround(text, 2000).cut).toBe(true);
  });
});
