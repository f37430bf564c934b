// The resources a static HTML page loads, as the browser would request them: scripts, stylesheets,
// preloads, icons, images, frames, media, objects, CSS @import and url() in <style> and style
// attributes, and preconnect/dns-prefetch hints. Nothing is fetched. Relative URLs resolve against
// <base href> or the page URL; a page with no http(s) URL (a file, standard input) only contributes
// absolute URLs. Content inside <noscript> is skipped (visitors with scripts on never load it).
// Bounded: at most MAX_ELEMENTS elements and MAX_CSS_CHARS of CSS are read.
import type { ObservedRequest } from '../../core/readiness/tally.ts';
import type { ResourceType } from '../../core/readiness/types.ts';
import { type CssRefKind, cssReferences } from './css-refs.ts';

export const MAX_ELEMENTS = 50_000;
export const MAX_RESOURCES = 10_000;
export const MAX_CSS_CHARS = 2_000_000;
const MAX_URL = 4096;

export interface StaticResource extends ObservedRequest {
  /** Absolute URL. */
  url: string;
  host: string;
  path: string;
  type: ResourceType;
  blocking: boolean | null;
  /** Where the page asks for it: "script", "link stylesheet", "img", "style @import" … */
  source: string;
}

export interface PageResources {
  resources: StaticResource[];
  /** The page had more than the bounds allow; the rest was not read. */
  truncated: boolean;
}

const JS_TYPES = new Set([
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'module',
]);
const LOADED_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const PRELOAD_TYPES: Readonly<Record<string, ResourceType>> = {
  font: 'font',
  style: 'stylesheet',
  script: 'script',
  image: 'image',
  fetch: 'xmlhttprequest',
  audio: 'media',
  video: 'media',
  track: 'media',
  document: 'sub_frame',
};
const ICON_RELS = ['icon', 'apple-touch-icon', 'apple-touch-icon-precomposed', 'mask-icon'];
const CSS_TYPES: Readonly<Record<CssRefKind, [ResourceType, boolean | null]>> = {
  import: ['stylesheet', true],
  font: ['font', null],
  image: ['image', false],
};

const SELECTOR = [
  'script[src]',
  'link[href]',
  'img',
  'source',
  'video',
  'audio',
  'track[src]',
  'iframe[src]',
  'frame[src]',
  'object[data]',
  'embed[src]',
  'input[type="image" i][src]',
  'style',
  '[style]',
].join(',');

/** The first URL of a srcset (the one a plain browser picks is not knowable statically). */
function firstCandidate(srcset: string | null): string | null {
  const first = srcset?.trim().split(/\s+/, 1)[0]?.replace(/,$/, '');
  return first || null;
}

export function resolveUrl(raw: string | null, base: URL | null): URL | null {
  const text = raw?.trim() ?? '';
  if (!text || text.length > MAX_URL) return null;
  try {
    // A saved page's protocol-relative URLs mean https, not file://host/.
    if (text.startsWith('//') && !(base && /^https?:$/.test(base.protocol))) return new URL(`https:${text}`);
    const url = base ? new URL(text, base) : new URL(text);
    return LOADED_SCHEMES.has(url.protocol) && url.hostname ? url : null;
  } catch {
    return null;
  }
}

function linkResource(rel: readonly string[], el: Element): [ResourceType, boolean | null, string] | null {
  if (rel.includes('stylesheet') && !rel.includes('alternate')) {
    const media = (el.getAttribute('media') ?? '').trim().toLowerCase();
    return ['stylesheet', media !== 'print' && !el.hasAttribute('disabled'), 'link stylesheet'];
  }
  if (rel.includes('modulepreload')) return ['script', false, 'link modulepreload'];
  if (rel.includes('preload')) {
    const type = PRELOAD_TYPES[(el.getAttribute('as') ?? '').trim().toLowerCase()] ?? 'other';
    return [type, type === 'font' ? null : false, 'link preload'];
  }
  if (ICON_RELS.some((r) => rel.includes(r))) return ['image', false, 'link icon'];
  if (rel.includes('preconnect') || rel.includes('dns-prefetch'))
    return ['hint', false, `link ${rel.join(' ')}`];
  if (rel.includes('prefetch') || rel.includes('prerender')) return ['other', false, 'link prefetch'];
  return null;
}

export function pageResources(doc: Document, pageUrl: string | null): PageResources {
  const resources: StaticResource[] = [];
  let truncated = false;
  let cssChars = 0;
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  // The first <base href> sets the base of every URL in the document.
  const base = resolveUrl(doc.querySelector('base[href]')?.getAttribute('href') ?? null, page) ?? page;

  const add = (raw: string | null, type: ResourceType, blocking: boolean | null, source: string) => {
    if (resources.length >= MAX_RESOURCES) {
      truncated = true;
      return;
    }
    const url = resolveUrl(raw, base);
    if (!url) return;
    resources.push({ url: url.href, host: url.hostname, path: url.pathname, type, blocking, source });
  };
  const addCss = (css: string, where: string) => {
    if (cssChars + css.length > MAX_CSS_CHARS) {
      truncated = true;
      return;
    }
    cssChars += css.length;
    for (const ref of cssReferences(css)) {
      const [type, blocking] = CSS_TYPES[ref.kind];
      add(ref.url, type, blocking, `${where} ${ref.kind === 'import' ? '@import' : 'url()'}`);
    }
  };

  const hidden = new Set<Element>(doc.querySelectorAll('noscript *'));
  const elements = doc.querySelectorAll(SELECTOR);
  if (elements.length > MAX_ELEMENTS) truncated = true;
  for (let i = 0; i < Math.min(elements.length, MAX_ELEMENTS); i++) {
    const el = elements[i] as Element;
    if (hidden.has(el)) continue;
    const tag = el.localName;
    const attr = (name: string) => el.getAttribute(name);
    switch (tag) {
      case 'script': {
        const type = (attr('type') ?? '').trim().toLowerCase();
        if ((type && !JS_TYPES.has(type)) || el.hasAttribute('nomodule')) break;
        const deferred = type === 'module' || el.hasAttribute('async') || el.hasAttribute('defer');
        add(attr('src'), 'script', !deferred, 'script');
        break;
      }
      case 'link': {
        const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const kind = linkResource(rel, el);
        if (kind) add(attr('href'), kind[0], kind[1], kind[2]);
        break;
      }
      case 'img':
      case 'input':
        add(attr('src') ?? firstCandidate(attr('srcset')), 'image', false, tag);
        break;
      case 'source': {
        const inMedia = el.parentElement?.localName === 'video' || el.parentElement?.localName === 'audio';
        if (inMedia) add(attr('src'), 'media', false, 'source');
        else add(firstCandidate(attr('srcset')) ?? attr('src'), 'image', false, 'source');
        break;
      }
      case 'video':
      case 'audio':
        add(attr('src'), 'media', false, tag);
        if (tag === 'video') add(attr('poster'), 'image', false, 'video poster');
        break;
      case 'track':
        add(attr('src'), 'media', false, 'track');
        break;
      case 'iframe':
      case 'frame':
        add(attr('src'), 'sub_frame', false, tag);
        break;
      case 'object':
        add(attr('data'), 'object', false, 'object');
        break;
      case 'embed':
        add(attr('src'), 'object', false, 'embed');
        break;
      case 'style':
        addCss(el.textContent ?? '', 'style');
        break;
    }
    const style = attr('style');
    if (style) addCss(style, 'style attribute');
  }
  return { resources, truncated };
}
