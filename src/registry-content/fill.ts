// Types the site being checked into the official query page's search box, in the top frame of a
// query page that a check opened (the service worker says so, once per check). It only sets the
// box's value, as typing would, and tells the page's framework with an input event: it never
// presses search, never touches the CAPTCHA, and leaves a box the user has typed into alone. The
// box is found by its placeholder, which names what it searches for (域名, 备案号 …).

/** How long the relay waits for the page to draw its search box. */
export const FILL_WAIT_MS = 20_000;

const SEARCH_PLACEHOLDER = /域名|备案|网站|ICP|domain/i;
const TEXT_TYPES = new Set(['text', 'search']);

/** The query page's search box, or null while there is none. */
export function findSearchBox(doc: Document): HTMLInputElement | null {
  for (const input of doc.querySelectorAll('input')) {
    // `type` reads "text" for a missing or unknown type attribute.
    if (!TEXT_TYPES.has(input.type) || input.disabled || input.readOnly) continue;
    if (SEARCH_PLACEHOLDER.test(input.placeholder)) return input;
  }
  return null;
}

/** Sets an empty box to `text` and tells the page; false when the box was not empty. */
export function typeInto(input: HTMLInputElement, text: string): boolean {
  if (input.value.trim() !== '') return false;
  input.value = text;
  const view = input.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  input.dispatchEvent(new EventCtor('input', { bubbles: true }));
  input.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return true;
}

export interface FillOptions {
  doc: Document;
  /** Asks the service worker for the text; null when this page was not opened by a check. */
  ask(): Promise<string | null>;
  /** Timer functions of the page's window (injected for tests). */
  setTimeout(f: () => void, ms: number): unknown;
  waitMs?: number;
}

/**
 * Waits (at most waitMs) for the search box, then asks for the text and types it. Resolves to
 * whether it typed anything; never throws.
 */
export function fillWhenReady({
  doc,
  ask,
  setTimeout,
  waitMs = FILL_WAIT_MS,
}: FillOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    let asked = false;
    let observer: MutationObserver | null = null;
    const finish = (typed: boolean) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      resolve(typed);
    };
    const tryNow = () => {
      if (asked || done) return;
      const box = findSearchBox(doc);
      if (!box) return;
      asked = true;
      observer?.disconnect();
      ask().then(
        (text) => finish(text !== null && text !== '' && box.isConnected && typeInto(box, text)),
        () => finish(false),
      );
    };
    const View = doc.defaultView;
    if (View?.MutationObserver) {
      observer = new View.MutationObserver(tryNow);
      observer.observe(doc, { childList: true, subtree: true });
    }
    setTimeout(() => finish(false), waitMs);
    tryNow();
  });
}
