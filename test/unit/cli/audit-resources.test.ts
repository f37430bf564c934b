// What `icp-lens audit` reads from static HTML: every kind of resource reference, resolved as a
// browser would, bounded, and nothing from <noscript> or non-script <script> types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cssReferences, withoutComments } from '../../../src/cli/audit/css-refs.ts';
import { MAX_RESOURCES, pageResources, resolveUrl } from '../../../src/cli/audit/resources.ts';
import { type ParsedPage, parseHtml } from '../../../src/cli/document.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
let open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.map((p) => p.close()));
  open = [];
});

function resourcesOf(html: string, url: string | null) {
  const page = parseHtml(html, url);
  open.push(page);
  return pageResources(page.document, url);
}
const brief = (r: ReturnType<typeof resourcesOf>) =>
  r.resources.map((x) => `${x.type} ${x.blocking} ${x.url} (${x.source})`);

describe('pageResources on the fixture pages', () => {
  it('reads every third-party reference of the Google page, and nothing from <noscript>', () => {
    const html = readFileSync(join(PAGES, 'readiness-google.html'), 'utf8');
    const found = resourcesOf(html, 'file:///tmp/readiness-google.html');
    expect(found.truncated).toBe(false);
    // Relative URLs of a file page point into the file system, so they do not count.
    expect(brief(found)).toEqual([
      'hint false https://fonts.googleapis.com/ (link preconnect)',
      'hint false https://fonts.gstatic.com/ (link preconnect)',
      'stylesheet true https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap (link stylesheet)',
      'stylesheet false https://fonts.googleapis.com/css2?family=Lora&display=swap (link stylesheet)',
      'script false https://www.googletagmanager.com/gtag/js?id=G-ABC123DEF4 (script)',
      'script false https://www.google.com/recaptcha/api.js (script)',
      'stylesheet true https://fonts.googleapis.com/css?family=Roboto+Slab (style @import)',
      'font null https://fonts.gstatic.com/s/icons/v1/icons.woff2 (style url())',
      'sub_frame false https://www.youtube.com/embed/dQw4w9WgXcQ (iframe)',
      'image false https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg (img)',
    ]);
  });

  it('resolves the relative URLs of a page served over http against its URL', () => {
    const html = readFileSync(join(PAGES, 'readiness-mainland.html'), 'utf8');
    const found = resourcesOf(html, 'https://www.qinghe-tea.example/shop/');
    const urls = found.resources.map((r) => r.url);
    expect(urls).toContain('https://www.qinghe-tea.example/css/site.css');
    expect(urls).toContain('https://www.qinghe-tea.example/img/tea-garden.jpg');
    expect(urls).toContain('https://www.qinghe-tea.example/img/shop-1x.jpg');
    expect(urls).toContain('https://lib.baomitu.com/');
    expect(urls).toContain('https://player.bilibili.com/player.html?bvid=BV1xx411c7mD');
    expect(found.resources.find((r) => r.host === 'static.geetest.com')?.blocking).toBe(false);
    expect(found.resources.find((r) => r.host === 'webapi.amap.com')?.blocking).toBe(true);
  });
});

describe('pageResources details', () => {
  it('uses <base href>, wherever it stands, for every URL', () => {
    const found = resourcesOf(
      '<img src="a.png"><base href="https://static.example.org/v2/"><script src="app.js"></script>',
      'https://www.example.org/page',
    );
    expect(found.resources.map((r) => r.url)).toEqual([
      'https://static.example.org/v2/a.png',
      'https://static.example.org/v2/app.js',
    ]);
  });

  it('reads protocol-relative URLs of a saved page as https, and a page from stdin only by absolute URLs', () => {
    const html = '<script src="//cdn.jsdelivr.net/npm/x"></script><img src="/logo.png">';
    expect(resourcesOf(html, 'file:///tmp/x.html').resources.map((r) => r.url)).toEqual([
      'https://cdn.jsdelivr.net/npm/x',
    ]);
    expect(resourcesOf(html, null).resources.map((r) => r.url)).toEqual(['https://cdn.jsdelivr.net/npm/x']);
    expect(resourcesOf(html, 'http://a.example/').resources.map((r) => r.url)).toEqual([
      'http://cdn.jsdelivr.net/npm/x',
      'http://a.example/logo.png',
    ]);
  });

  it('knows which scripts and stylesheets the page waits for', () => {
    const found = resourcesOf(
      `<script src="https://a.example/sync.js"></script>
       <script src="https://a.example/async.js" async></script>
       <script src="https://a.example/defer.js" defer></script>
       <script src="https://a.example/mod.js" type="module"></script>
       <script src="https://a.example/old.js" nomodule></script>
       <script src="https://a.example/tpl.html" type="text/template"></script>
       <script src="https://a.example/consent.js" type="text/plain"></script>
       <link rel="stylesheet" href="https://a.example/all.css">
       <link rel="stylesheet" href="https://a.example/print.css" media="print">
       <link rel="alternate stylesheet" href="https://a.example/alt.css">
       <link rel="preload" href="https://a.example/f.woff2" as="font" crossorigin>
       <link rel="preload" href="https://a.example/s.css" as="style">
       <link rel="modulepreload" href="https://a.example/m.js">
       <link rel="icon" href="https://a.example/favicon.ico">
       <link rel="dns-prefetch" href="//b.example">
       <link rel="canonical" href="https://a.example/">`,
      'https://a.example/',
    );
    expect(brief(found)).toEqual([
      'script true https://a.example/sync.js (script)',
      'script false https://a.example/async.js (script)',
      'script false https://a.example/defer.js (script)',
      'script false https://a.example/mod.js (script)',
      'stylesheet true https://a.example/all.css (link stylesheet)',
      'stylesheet false https://a.example/print.css (link stylesheet)',
      'font null https://a.example/f.woff2 (link preload)',
      'stylesheet false https://a.example/s.css (link preload)',
      'script false https://a.example/m.js (link modulepreload)',
      'image false https://a.example/favicon.ico (link icon)',
      'hint false https://b.example/ (link dns-prefetch)',
    ]);
  });

  it('reads media, frames, objects, srcset and style attributes', () => {
    const found = resourcesOf(
      `<picture><source srcset="https://i.example/a.webp 1x, https://i.example/a2.webp 2x"><img src="https://i.example/a.jpg"></picture>
       <img srcset="https://i.example/s.jpg 480w, https://i.example/l.jpg 800w">
       <video src="https://v.example/v.mp4" poster="https://v.example/p.jpg"><track src="https://v.example/t.vtt"></video>
       <audio><source src="https://v.example/a.mp3"></audio>
       <object data="https://o.example/x.swf"></object><embed src="https://o.example/y.swf">
       <frameset><frame src="https://f.example/"></frameset>
       <div style="background: url(https://i.example/bg.png)"></div>`,
      null,
    );
    expect(found.resources.map((r) => `${r.type} ${r.url}`)).toEqual([
      'image https://i.example/a.webp',
      'image https://i.example/a.jpg',
      'image https://i.example/s.jpg',
      'media https://v.example/v.mp4',
      'image https://v.example/p.jpg',
      'media https://v.example/t.vtt',
      'media https://v.example/a.mp3',
      'object https://o.example/x.swf',
      'object https://o.example/y.swf',
      'sub_frame https://f.example/',
      'image https://i.example/bg.png',
    ]);
  });

  it('ignores what is not a loaded URL', () => {
    expect(resolveUrl('javascript:alert(1)', null)).toBeNull();
    expect(resolveUrl('data:image/png;base64,AAAA', null)).toBeNull();
    expect(resolveUrl('mailto:a@b.example', null)).toBeNull();
    expect(resolveUrl('https://', null)).toBeNull();
    expect(resolveUrl(`https://a.example/${'x'.repeat(5000)}`, null)).toBeNull();
    expect(resolveUrl('  ', null)).toBeNull();
    expect(resolveUrl('wss://live.example/socket', null)?.hostname).toBe('live.example');
  });

  it('stays bounded on hostile pages', { timeout: 30_000 }, () => {
    // Three resources per element, so few elements (happy-dom's parsing is the slow part).
    const many =
      '<video src="https://v.example/a" poster="https://v.example/p" style="background:url(https://v.example/b)"></video>'.repeat(
        3_400,
      );
    const found = resourcesOf(many, null);
    expect(found.resources).toHaveLength(MAX_RESOURCES);
    expect(found.truncated).toBe(true);
    const css = `<style>${'url('.repeat(200_000)}</style>`;
    expect(resourcesOf(css, null).resources).toEqual([]);
  });

  it('scans hostile CSS in linear time', () => {
    // Each of these took seconds to minutes with unbounded quantifiers; now they take milliseconds.
    // A generous deadline, not a benchmark: the machine is shared.
    for (const css of [
      'url('.repeat(250_000),
      `url(${' '.repeat(500_000)}`,
      `@import${' '.repeat(500_000)}`,
      'url("'.repeat(200_000),
      `url(${'a'.repeat(5_000)} `.repeat(100),
      '/*'.repeat(300_000),
      '@font-face{'.repeat(100_000),
    ]) {
      const started = performance.now();
      cssReferences(css);
      expect(performance.now() - started, css.slice(0, 12)).toBeLessThan(3_000);
    }
  });
});

describe('cssReferences', () => {
  it('finds @import, font and image URLs, and skips comments', () => {
    const css = `
      @import "https://a.example/one.css";
      @import url(https://a.example/two.css) screen;
      /* @import url(https://a.example/commented.css); */
      @font-face { font-family: X; src: url('https://f.example/x.woff2') format('woff2'), url(https://f.example/x.woff); }
      body { background: url("https://i.example/bg.png") }
      @FONT-FACE { src: url(/local.woff2) }`;
    expect(cssReferences(css)).toEqual([
      { url: 'https://a.example/one.css', kind: 'import' },
      { url: 'https://a.example/two.css', kind: 'import' },
      { url: 'https://f.example/x.woff2', kind: 'font' },
      { url: 'https://f.example/x.woff', kind: 'font' },
      { url: 'https://i.example/bg.png', kind: 'image' },
      { url: '/local.woff2', kind: 'font' },
    ]);
  });

  it('drops unclosed comments and stops at the limit', () => {
    expect(withoutComments('a /* b */ c /* d')).toBe('a   c  ');
    expect(cssReferences('url(a) url(b) url(c)', 2)).toHaveLength(2);
    expect(cssReferences('@font-face { src: url(x)')).toEqual([{ url: 'x', kind: 'font' }]);
  });
});
