// HTML → Document with happy-dom, as inert as it can be made: no script runs, no file (script,
// stylesheet, image, iframe) is loaded, no navigation happens, and any request that still gets
// through is answered locally with an error. Every page is a new document in one shared window.
// The caller must close() the page when done.
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

/**
 * The HTML standard reads a `<` that is not followed by a letter, `/`, `!` or `?` as text
 * (`新出网证 <京> 字011号` renders as printed in browsers); happy-dom opens an element for it instead.
 * Escaping those makes happy-dom read such text as a browser does.
 */
export function escapeStrayLessThan(html: string): string {
  return html.replace(/<(?![A-Za-z/!?])/g, '&lt;');
}

/**
 * The command line also reads source templates (Vue single-file components, `<template v-if>` around
 * a footer), where `<template>` means "render this", not inert content: its content is put in its
 * place so the page scan reads it. (The extension reads live pages, where frameworks have rendered
 * their templates, and skips `<template>` as a browser does.) Bounded against hostile nesting.
 */
export function unwrapTemplates(doc: Document, max = 10_000): void {
  for (let i = 0; i < max; i++) {
    const template = doc.querySelector('template') as HTMLTemplateElement | null;
    if (!template) return;
    template.replaceWith(template.content);
  }
}

let shared: Window | null = null;

/**
 * One window for the whole process: a window costs far more to make (and to collect) than a page
 * costs to parse, so each page gets a new document in it instead. A long list then runs several
 * times faster and its memory stays flat.
 */
function sharedWindow(): Window {
  shared ??= new Window({
    url: 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      disableIframePageLoading: true,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response(null, { status: 451 }),
          beforeSyncRequest: ({ window: w }) => ({
            status: 451,
            statusText: 'Blocked by icp-lens',
            ok: false,
            url: '',
            redirected: false,
            headers: new w.Headers(),
            body: null,
          }),
        },
      },
    },
  });
  return shared;
}

/**
 * Parses a page into a new document of the shared window. The document's URL (for its relative
 * links) is the window's, so it holds only until the next parseHtml: read the page before then, as
 * the command line does (parse and page scan run in one synchronous step).
 */
export function parseHtml(html: string, url: string | null): ParsedPage {
  const window = sharedWindow();
  window.happyDOM.setURL(url ?? 'about:blank');
  const document = window.document.implementation.createHTMLDocument();
  document.write(escapeStrayLessThan(html));
  unwrapTemplates(document as unknown as Document);
  return {
    // happy-dom's Document implements the DOM the collector reads; the types are not the lib.dom ones.
    document: document as unknown as Document,
    // The document is collected once nothing holds it; the shared window stays.
    close: async () => {},
  };
}
