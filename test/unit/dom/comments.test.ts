// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPage } from '../../../src/dom/collect.ts';

const numbersOn = (html: string) => {
  document.body.innerHTML = html;
  return collectPage(document).blocks.map((b) => b.text);
};

describe('block comments that span elements', () => {
  it('drops text inside a JSX comment that wraps an element', () => {
    const blocks = numbersOn(
      '<footer><div>{/* <p>ICP备案号：京ICP备2024000001号</p> */}<p>京ICP备15012345号</p></div></footer>',
    );
    expect(blocks.join('\n')).not.toContain('2024000001');
    expect(blocks.join('\n')).toContain('京ICP备15012345号');
  });

  it('reads text after the comment has closed', () => {
    const blocks = numbersOn('<div>/* old */<p>京ICP备15012345号</p></div>');
    expect(blocks).toEqual(['京ICP备15012345号']);
  });

  it('does not let a stray opener hide text outside its element', () => {
    const blocks = numbersOn('<div><span>a /* b</span></div><div><p>京ICP备15012345号</p></div>');
    expect(blocks).toEqual(['京ICP备15012345号']);
  });
});
