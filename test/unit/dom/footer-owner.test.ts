// @vitest-environment happy-dom
// The footer's owner line, read when the footer gave the page scan no block (scan-page.ts).
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../src/dom/scan-page.ts';

function scan(body: string) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${body}</body></html>`,
    'text/html',
  );
  return scanPage(doc);
}

const MAIN = '<header>Brand</header><main><h1>Title</h1><p>Article text.</p></main>';

describe('footer owner line', () => {
  it('reads the copyright line of a footer that prints no number', () => {
    const page = scan(
      `${MAIN}<footer><p>About · Help</p><p>© 2024 Northwind Analytics Ltd. All rights reserved.</p></footer>`,
    );
    expect(page.blocks).toEqual([]);
    expect(page.context).toEqual([
      { text: 'About · Help\n© 2024 Northwind Analytics Ltd. All rights reserved.', region: 'footer', id: 0 },
    ]);
  });

  it('reads the number-less footer beside blocks found elsewhere, numbered after them', () => {
    const page = scan(
      `<main><p>京ICP备2021012345号-1 in an article</p><p>${'x'.repeat(2000)}</p></main><footer><p>版权所有：上海某某信息技术有限公司</p></footer>`,
    );
    expect(page.blocks.map((b) => b.region)).toEqual(['body']);
    expect(page.context.at(-1)).toEqual({
      text: '版权所有：上海某某信息技术有限公司',
      region: 'footer',
      id: page.blocks.length + page.context.length - 1,
    });
  });

  it('adds nothing when the footer gave a block, or holds no cue, or is most of the page', () => {
    const withNumber = scan(`${MAIN}<footer><p>© 2024 某某有限公司</p><p>京ICP备2021012345号-1</p></footer>`);
    // The context around the number has the copyright line already; no second copy of it.
    expect(withNumber.context.filter((c) => c.text.includes('某某有限公司'))).toHaveLength(1);
    expect(scan(`${MAIN}<footer><p>About · Help · Contact</p></footer>`).context).toEqual([]);
    const huge = `<footer><p>${'word '.repeat(4000)}</p><p>© 2024 Northwind Analytics Ltd.</p></footer>`;
    expect(scan(`${MAIN}${huge}`).context).toEqual([]);
  });

  it('skips script text and reads at most three lines', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `<div><p>© 2024 Company ${i} Ltd.</p></div>`).join('');
    const page = scan(`${MAIN}<footer><script>var c = "© 2024 Script Ltd.";</script>${lines}</footer>`);
    expect(page.context.length).toBeLessThanOrEqual(3);
    expect(page.context.map((c) => c.text).join('|')).not.toContain('Script Ltd.');
  });
});
