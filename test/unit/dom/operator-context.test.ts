// @vitest-environment happy-dom
// The text read around the page scan's blocks for the operator finder.
import { describe, expect, it } from 'vitest';
import { collectPage } from '../../../src/dom/collect.ts';
import { operatorContext } from '../../../src/dom/operator-context.ts';

function page(body: string) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${body}</body></html>`,
    'text/html',
  );
  return collectPage(doc);
}

describe('operatorContext', () => {
  it('reads the copyright line printed in a paragraph of its own', () => {
    const scan = page(
      '<main><p>正文</p></main><footer><p>© 2024 北京星云科技有限公司 版权所有</p><p>京ICP备2021012345号-1</p></footer>',
    );
    expect(scan.blocks.map((b) => b.text)).toEqual(['京ICP备2021012345号-1']);
    const context = operatorContext(scan);
    expect(context).toHaveLength(1);
    expect(context[0]?.text).toContain('© 2024 北京星云科技有限公司 版权所有\n京ICP备2021012345号-1');
    expect(context[0]).toMatchObject({ region: 'footer', id: scan.blocks.length });
  });

  it('reads one element for blocks that share it', () => {
    const scan = page('<footer><p>京ICP备2021012345号-1</p><p>京公网安备11010502012345号</p></footer>');
    expect(scan.blocks).toHaveLength(2);
    expect(operatorContext(scan)).toHaveLength(1);
  });

  it('does not widen past an ancestor with more text than the limit', () => {
    const long = `<p>${'很长的正文。'.repeat(500)}</p>`;
    const scan = page(
      `<div>${long}<div><p>版权所有：北京星云科技有限公司</p><p>京ICP备2021012345号-1</p></div></div>`,
    );
    const [context] = operatorContext(scan);
    expect(context?.text).toBe('版权所有：北京星云科技有限公司\n京ICP备2021012345号-1');
  });

  it('returns nothing for a page without blocks', () => {
    expect(operatorContext(page('<p>© 2024 北京星云科技有限公司</p>'))).toEqual([]);
  });
});
