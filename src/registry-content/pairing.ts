// Both ends of the private channel described in channel.ts, written against a plain Document so
// unit tests can run them in one happy-dom window.
import {
  ASK_EVENT,
  MAX_QUEUED,
  OBSERVATION_EVENT,
  type Observation,
  OFFER_EVENT,
  PAIRED_EVENT,
} from './channel.ts';

/**
 * The observer's end: makes the private element, offers it (now, and whenever the relay asks
 * until one took it) and returns the function that sends an Observation over it. Observations
 * made before the pairing are queued, a few at most.
 */
export function observerChannel(doc: Document): (observation: Observation) => void {
  const node = doc.createElement('span');
  const view = doc.defaultView;
  let paired = false;
  const queue: string[] = [];
  const emit = (text: string) => node.dispatchEvent(new CustomEvent(OBSERVATION_EVENT, { detail: text }));
  const offer = () => {
    if (paired) return;
    const MouseEventCtor = view?.MouseEvent ?? MouseEvent;
    doc.dispatchEvent(new MouseEventCtor(OFFER_EVENT, { relatedTarget: node }));
  };
  const onAsk = () => offer();
  node.addEventListener(PAIRED_EVENT, () => {
    if (paired) return;
    paired = true;
    doc.removeEventListener(ASK_EVENT, onAsk);
    for (const text of queue.splice(0)) emit(text);
  });
  doc.addEventListener(ASK_EVENT, onAsk);
  offer();
  return (observation) => {
    const text = JSON.stringify(observation);
    if (paired) emit(text);
    else {
      queue.push(text);
      if (queue.length > MAX_QUEUED) queue.shift();
    }
  };
}

/**
 * The relay's end: takes the first offer of a detached element (asking for one if the observer
 * started first), then passes the `detail` text of each observation event on that element to
 * `receive`. Offers after the first, events anywhere else and details that are not text are ignored.
 */
export function relayChannel(doc: Document, receive: (text: string) => void): { paired(): boolean } {
  let node: EventTarget | null = null;
  const onObservation = (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    if (typeof detail === 'string') receive(detail);
  };
  const onOffer = (event: Event) => {
    if (node) return;
    const target = (event as MouseEvent).relatedTarget as Node | null;
    // Only a detached element: never the document, the window or a node of the page.
    if (target?.nodeType !== 1 || target.isConnected) return;
    node = target;
    doc.removeEventListener(OFFER_EVENT, onOffer);
    node.addEventListener(OBSERVATION_EVENT, onObservation);
    node.dispatchEvent(new CustomEvent(PAIRED_EVENT));
  };
  doc.addEventListener(OFFER_EVENT, onOffer);
  if (!node) doc.dispatchEvent(new CustomEvent(ASK_EVENT));
  return { paired: () => node !== null };
}
