// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type CollectLimits, collectPage } from '../../../src/dom/collect.ts';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_HREF_CHARS, MAX_LINKS } from '../../../src/messaging/limits.ts';
import { PageScanSchema } from '../../../src/messaging/protocol.ts';

function parse(body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${body}</body></html>`,
    'text/html',
  );
}

function scan(body: string, limits: Partial<CollectLimits> = {}) {
  return collectPage(parse(body), limits);
}

function texts(body: string): string[] {
  return scan(body).blocks.map((b) => b.text);
}

describe('inline joining', () => {
  it.each([
    ['<p>京ICP备<span>12345678</span>号</p>', '京ICP备12345678号'],
    ['<p>京ICP<b>备</b>12345678号</p>', '京ICP备12345678号'],
    [
      '<p><span>京</span><span>ICP</span><span>备</span><span>12345678</span><span>号</span></p>',
      '京ICP备12345678号',
    ],
    ['<p><a href="/">京ICP备<em>1234</em><i>5678</i></a>号-1</p>', '京ICP备12345678号-1'],
    ['<div>京公网安备<custom-el>11010502030143</custom-el>号</div>', '京公网安备11010502030143号'],
  ])('reads %s whole', (html, expected) => {
    expect(texts(html)).toEqual([expected]);
  });

  it('turns <br> into a line break', () => {
    expect(texts('<p>京公网安备<br>11010502030143号</p>')).toEqual(['京公网安备\n11010502030143号']);
  });

  it('does not glue a link to a following block', () => {
    const result = texts('<div><a href="/">京ICP备12345678号-2</a><div>All rights reserved</div></div>');
    expect(result).toEqual(['京ICP备12345678号-2']);
  });

  it('keeps the space before the next inline text', () => {
    expect(texts('<p><a href="/">京ICP备12345678号-2 </a>All rights reserved</p>')).toEqual([
      '京ICP备12345678号-2 All rights reserved',
    ]);
  });

  it('separates a block nested in an inline element with line breaks', () => {
    expect(texts('<p><a href="/">京公网安备<div>11010502030143号</div>链接</a></p>')).toEqual([
      '京公网安备\n11010502030143号\n链接',
    ]);
  });

  it('splits a block at its block-level children, one block per run with a marker', () => {
    const result = texts('<div>京ICP备12345678号<p>关于我们 2024</p>京公网安备11010502030143号</div>');
    expect(result).toEqual(['京ICP备12345678号', '京公网安备11010502030143号']);
  });

  it('does not send text twice when a nested block was read first', () => {
    const html =
      '<div><span class="beian"><a href="/"><p>粤公网安备 44030502002309号</p></a></span> 粤网文[2018]0902-359号</div>';
    const all = texts(html).join('|');
    expect(all.match(/44030502002309/g)).toHaveLength(1);
    expect(all).toContain('0902-359');
  });

  it('collapses whitespace runs to a space, or a line break when the run has one', () => {
    expect(texts('<p>京ICP备&nbsp;&nbsp; 12345678号 \n\t -1\u3000\u3000ok</p>')).toEqual([
      '京ICP备 12345678号\n-1 ok',
    ]);
  });

  it('reads the indentation between tags as the space a browser shows, and <br> as a line break', () => {
    const html =
      '<div>\n\t&copy;2019\n\t<a href="/">IRIS</a> \n\t<a href="/">Systems (Shenzhen) Ltd., ICP License No.: 11010329</a>' +
      '<br>\n\t<span>京公网安备11010502030143号</span>\n</div>';
    expect(texts(html)).toEqual([
      '©2019 IRIS Systems (Shenzhen) Ltd., ICP License No.: 11010329\n京公网安备11010502030143号',
    ]);
  });

  it('reads a huge number of nested inline elements without overflowing the stack', () => {
    const depth = 5000;
    const html = `<p>${'<span>'.repeat(depth)}京ICP备12345678号${'</span>'.repeat(depth)}</p>`;
    expect(texts(html)).toEqual(['京ICP备12345678号']);
  });
});

describe('what counts as text', () => {
  it('reads alt text inline where the image stands', () => {
    expect(
      texts('<p><a href="/"><img src="ga.png" alt="公安备案图标">京公网安备 11010502030143号</a></p>'),
    ).toEqual(['公安备案图标京公网安备 11010502030143号']);
  });

  it('finds a number printed only in alt text', () => {
    expect(texts('<div><a href="/"><img src="b.png" alt="鄂公网安备 42011202110904号"></a></div>')).toEqual([
      '鄂公网安备 42011202110904号',
    ]);
    expect(texts('<div><input type="image" src="x.png" alt="京ICP备12345678号"></div>')).toEqual([
      '京ICP备12345678号',
    ]);
  });

  it('reads a marked title attribute as its own block', () => {
    expect(texts('<div><a href="/" title="京ICP备12345678号-1"><img src="icp.png"></a></div>')).toEqual([
      '京ICP备12345678号-1',
    ]);
  });

  it('drops a title block that repeats text already read', () => {
    expect(texts('<p><a href="/" title="京ICP备12345678号">京ICP备12345678号</a></p>')).toEqual([
      '京ICP备12345678号',
    ]);
  });

  it('skips script, style, template, noscript, textarea and comments', () => {
    const html = [
      '<script>var icp = "京ICP备11111111号";</script>',
      '<style>.a:after{content:"京ICP备22222222号"}</style>',
      '<template><p>京ICP备33333333号</p></template>',
      '<noscript><p>京ICP备44444444号</p></noscript>',
      '<textarea>京ICP备55555555号</textarea>',
      '<!-- 京ICP备66666666号 -->',
      '<p>京ICP备77777777号</p>',
    ].join('');
    expect(texts(html)).toEqual(['京ICP备77777777号']);
  });

  it('never reads PHP or JSP comments as text', () => {
    const html = [
      '<div><?php echo "京ICP备11111111号"; ?></div>',
      '<div><%-- 京ICP备22222222号 --%></div>',
      '<div><%--\t<p>--%>\n<%--\t\t京ICP备33333333号--%>\n<%--\t\t&emsp;<img src="<%=request.getContextPath()%>/a.png"/>闽公网安备 35012802000176号--%>\n<%--\t</p>--%></div>',
    ].join('');
    expect(texts(html)).toEqual([]);
  });

  it('drops a JSP comment that a browser keeps as text', () => {
    const doc = parse('<p id="p"></p><p>京ICP备77777777号</p>');
    doc.getElementById('p')?.append(doc.createTextNode('<%-- 京ICP备22222222号 --%>版权所有 2024'));
    expect(collectPage(doc).blocks.map((b) => b.text)).toEqual(['京ICP备77777777号']);
  });

  it('counts hidden text', () => {
    const html =
      '<div style="display:none">京ICP备12345678号</div><div hidden>京公网安备11010502030143号</div>' +
      '<div class="hidden-xs" style="position:absolute;left:-9999px">京B2-20090059</div>';
    expect(texts(html).sort()).toEqual(['京B2-20090059', '京ICP备12345678号', '京公网安备11010502030143号']);
  });

  it('gives no blocks for a page without a marker', () => {
    expect(
      scan('<main><h1>Welcome</h1><p>Call 010-12345678, Room 302, No. 88 Jianguo Road.</p></main>').blocks,
    ).toEqual([]);
  });

  it('gives no blocks for a marker without a digit', () => {
    expect(
      scan('<p>我们保证正品，假一赔十。</p><footer>ICP备案号：{{ config.icp }}</footer>').blocks,
    ).toEqual([]);
  });
});

describe('footer first', () => {
  const page = `
    <div id="app">
      <header class="border-bottom"><p>许可证 2021 年发放</p></header>
      <main><h1>News</h1><p>2024 年经营许可证年检通过</p></main>
      <div class="foot"><p>京ICP备12345678号-1</p></div>
    </div>`;

  it('puts footer blocks first, then the body, with ids in order', () => {
    const { blocks } = scan(page);
    expect(blocks).toEqual([
      { text: '京ICP备12345678号-1', region: 'footer', id: 0, official: [] },
      { text: '许可证 2021 年发放', region: 'body', id: 1, official: [] },
      { text: '2024 年经营许可证年检通过', region: 'body', id: 2, official: [] },
    ]);
  });

  it('keeps the element each block was read from', () => {
    const doc = parse(page);
    const { blocks, anchors } = collectPage(doc);
    expect(anchors).toHaveLength(blocks.length);
    expect(anchors[0]?.localName).toBe('p');
    expect(anchors[0]?.textContent).toBe('京ICP备12345678号-1');
  });

  it.each([
    '<footer><p>京ICP备12345678号</p></footer>',
    '<div role="contentinfo"><p>京ICP备12345678号</p></div>',
    '<div class="site-copyright"><p>京ICP备12345678号</p></div>',
    '<div id="beian"><p>京ICP备12345678号</p></div>',
    '<div class="icp-info"><p>京ICP备12345678号</p></div>',
    '<div class="pageRecord"><p>京ICP备12345678号</p></div>',
    '<div class="page-bottom"><p>京ICP备12345678号</p></div>',
    '<site-footer><p>京ICP备12345678号</p></site-footer>',
  ])('detects %s as a footer', (footer) => {
    const html = `<div class="main"><h1>Title</h1><p>one</p></div>${footer}<div class="modal"><p>x</p></div><div><p>y</p></div><div><p>z</p></div><div><p>w</p></div>`;
    expect(scan(html).blocks).toEqual([{ text: '京ICP备12345678号', region: 'footer', id: 0, official: [] }]);
  });

  it.each([
    '<div class="border-bottom"><p>京ICP备12345678号</p></div>',
    '<div class="fixed-bottom"><p>京ICP备12345678号</p></div>',
    '<div class="absolute bottom-0"><p>京ICP备12345678号</p></div>',
    '<div class="topicpage"><p>京ICP备12345678号</p></div>',
  ])('does not take layout classes for a footer: %s', (el) => {
    const html = `${el}<div class="main"><h1>Title</h1></div><div>a</div><div>b</div><div>c</div><div>d</div>`;
    expect(scan(html).blocks[0]?.region).toBe('body');
  });

  it('takes the last section of the page as footer when nothing names one', () => {
    const html = `<div id="app"><div class="wrap">
      <div class="hd"><p>许可证 2021</p></div>
      <div class="bd"><article><h1>T</h1><p>2024 经营许可证</p></article></div>
      <div class="ft"><p>滇ICP备19004762号-2</p></div>
    </div></div>`;
    expect(scan(html).blocks.map((b) => [b.text, b.region])).toEqual([
      ['滇ICP备19004762号-2', 'footer'],
      ['许可证 2021', 'body'],
      ['2024 经营许可证', 'body'],
    ]);
  });

  it('reads a footer first even when the node budget runs out in the body', () => {
    const filler = '<p>filler text</p>'.repeat(2000);
    const result = scan(
      `<main>${filler}<p>2024 经营许可证</p></main><footer><p>京ICP备12345678号</p></footer>`,
      {
        maxNodes: 1000,
      },
    );
    expect(result.truncated).toBe(true);
    expect(result.blocks).toEqual([{ text: '京ICP备12345678号', region: 'footer', id: 0, official: [] }]);
  });
});

describe('shadow roots', () => {
  function withShadow(body: string, id: string, shadowHtml: string): Document {
    const doc = parse(body);
    const host = doc.getElementById(id);
    if (!host) throw new Error(`no #${id}`);
    host.attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
    return doc;
  }

  it('reads open shadow roots', () => {
    const doc = withShadow(
      '<div><x-beian id="h"></x-beian></div>',
      'h',
      '<p>京ICP备<span>12345678</span>号</p>',
    );
    expect(collectPage(doc).blocks).toEqual([
      { text: '京ICP备12345678号', region: 'body', id: 0, official: [] },
    ]);
  });

  it('reads nested shadow roots', () => {
    const doc = withShadow(
      '<div><x-outer id="h"></x-outer></div>',
      'h',
      '<div><x-inner id="i"></x-inner></div>',
    );
    const outer = doc.getElementById('h')?.shadowRoot;
    const inner = outer?.getElementById('i');
    inner?.attachShadow({ mode: 'open' }).append(doc.createTextNode('京公网安备11010502030143号'));
    expect(collectPage(doc).blocks.map((b) => b.text)).toEqual(['京公网安备11010502030143号']);
  });

  it('gives a shadow root inside a footer the footer region', () => {
    const doc = withShadow(
      '<main><h1>T</h1><p>2024 经营许可证</p></main><footer><x-icp id="h"></x-icp></footer>',
      'h',
      '<span>京ICP备12345678号</span>',
    );
    expect(collectPage(doc).blocks.map((b) => b.region)).toEqual(['footer', 'body']);
  });

  it('recognises a footer inside a shadow root', () => {
    const doc = withShadow(
      '<x-app id="h"></x-app>',
      'h',
      '<main><h1>T</h1><p>2024 经营许可证</p></main><footer><p>京ICP备12345678号</p></footer>',
    );
    expect(collectPage(doc).blocks.map((b) => [b.text, b.region])).toEqual([
      ['京ICP备12345678号', 'footer'],
      ['2024 经营许可证', 'body'],
    ]);
  });
});

describe('bounds', () => {
  it('caps the number of blocks and says so', () => {
    const result = scan(`${'<p>京ICP备12345678号</p>'.repeat(MAX_BLOCKS + 50)}`);
    expect(result.blocks).toHaveLength(MAX_BLOCKS);
    expect(result.truncated).toBe(true);
  });

  it('keeps footer blocks when the body alone would fill the cap', () => {
    const body = '<p>2024 经营许可证</p>'.repeat(MAX_BLOCKS + 10);
    const result = scan(`<main><h1>T</h1>${body}</main><footer><p>京ICP备12345678号</p></footer>`);
    expect(result.blocks).toHaveLength(MAX_BLOCKS);
    expect(result.blocks[0]).toEqual({ text: '京ICP备12345678号', region: 'footer', id: 0, official: [] });
    expect(result.truncated).toBe(true);
  });

  it('is not truncated on an ordinary page', () => {
    expect(scan('<footer><p>京ICP备12345678号</p></footer>').truncated).toBe(false);
  });

  it('cuts a long block into windows around each marker', () => {
    const filler = '这是一段很长的正文内容。'.repeat(400); // 4800 characters
    const html = `<p>${filler}京ICP备12345678号-1${filler}京公网安备11010502030143号${filler}</p>`;
    const result = scan(html);
    expect(result.blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of result.blocks) expect(block.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    const all = result.blocks.map((b) => b.text);
    expect(all.some((t) => t.includes('京ICP备12345678号-1'))).toBe(true);
    expect(all.some((t) => t.includes('京公网安备11010502030143号'))).toBe(true);
  });

  it('stops at the node budget and says so', () => {
    const result = scan('<p>京ICP备12345678号</p>'.repeat(50), { maxNodes: 20 });
    expect(result.truncated).toBe(true);
    expect(result.blocks.length).toBeLessThan(50);
  });

  it('produces a message the background schema accepts, even at the caps', () => {
    const long = `<p>${'正文'.repeat(3000)}京ICP备12345678号${'正文'.repeat(3000)}</p>`;
    const links = Array.from(
      { length: MAX_LINKS + 5 },
      (_, i) => `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=${i}">x</a>`,
    );
    const result = scan(`${long}${'<p>京ICP备12345678号</p>'.repeat(MAX_BLOCKS)}${links.join('')}`);
    const { anchors: _anchors, ...page } = result;
    expect(() => v.parse(PageScanSchema, { type: 'page-scan', ...page })).not.toThrow();
  });
});

describe('link hints', () => {
  it('reports links that may carry a number, footer first', () => {
    const html = `
      <main><h1>T</h1><p><a href="https://beian.miit.gov.cn/">body link</a> <a href="/about">about</a></p></main>
      <footer>
        <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802023571">京公网安备11010802023571号</a>
        <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802023571">x</a>
        <a href="http://www.miitbeian.gov.cn/">y</a>
        <a href="https://example.com/">z</a>
        <a href="https://beian.miit.gov.cn/">again</a>
      </footer>`;
    expect(scan(html).links).toEqual([
      {
        href: 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802023571',
        region: 'footer',
      },
      { href: 'https://beian.mps.gov.cn/#/query/webSearch?code=11010802023571', region: 'footer' },
      { href: 'http://www.miitbeian.gov.cn/', region: 'footer' },
      { href: 'https://beian.miit.gov.cn/', region: 'footer' },
    ]);
  });

  it('caps the number and length of links', () => {
    const tail = 'a'.repeat(2000);
    const links = Array.from(
      { length: MAX_LINKS + 5 },
      (_, i) => `<a href="https://beian.miit.gov.cn/${i}?q=${tail}">x</a>`,
    );
    const result = scan(links.join(''));
    expect(result.links).toHaveLength(MAX_LINKS);
    expect(result.truncated).toBe(true);
    for (const link of result.links) expect(link.href.length).toBeLessThanOrEqual(MAX_HREF_CHARS);
  });
});

describe('large pages', () => {
  // 300,000 characters of plain text: more than one whole-page candidate query is worth.
  const filler = `<p>${'新闻 '.repeat(500)}</p>`.repeat(100);

  it('reads attributes and links in the footer and around numbers, nowhere else', () => {
    const result = scan(
      `<main>${filler}<img alt="沪ICP备11111111号"><p>有关<a href="https://beian.miit.gov.cn/">京ICP备22222222号</a></p>${filler}</main>` +
        '<footer><p title="粤ICP备33333333号">备案</p><a href="https://beian.miit.gov.cn/">浙ICP备44444444号</a></footer>',
    );
    expect(result.truncated).toBe(false);
    expect(result.blocks.map((b) => [b.text, b.region, b.official?.length])).toEqual([
      ['粤ICP备33333333号', 'footer', 0],
      ['浙ICP备44444444号', 'footer', 1],
      ['有关京ICP备22222222号', 'body', 1],
    ]);
  });

  it('looks through the whole page when numbers are everywhere', () => {
    const marked = '<p>京ICP备12345678号</p>'.repeat(300);
    const result = scan(`<main>${filler}<img alt="沪ICP备11111111号">${marked}</main>`);
    expect(result.blocks.map((b) => b.text)).toContain('沪ICP备11111111号');
  });
});
