// How the main-world observer hands what it saw to the isolated-world relay without the page
// listening in or posting forgeries. Both scripts run at document_start, before any script of the
// page. The observer makes a private, detached element and offers it to the relay in the
// `relatedTarget` of an event on the document (DOM nodes are shared between the worlds; plain
// objects are not). Once the relay has taken one offer it ignores every other, and observations
// travel as events on that element only, which no page script holds. Whichever of the two starts
// second completes the pairing: the relay asks for an offer when it starts, the observer offers one
// when it starts and when asked, until it is paired.

/** observer → document: MouseEvent whose relatedTarget is the private element. */
export const OFFER_EVENT = 'icp-lens-registry-offer';
/** relay → document: "offer again" (the relay started after the observer). */
export const ASK_EVENT = 'icp-lens-registry-ask';
/** relay → private element: the offer was taken. */
export const PAIRED_EVENT = 'icp-lens-registry-paired';
/** observer → private element: CustomEvent whose detail is one Observation as JSON text. */
export const OBSERVATION_EVENT = 'icp-lens-registry-observation';

/** Observations kept while the relay has not paired yet (older ones are dropped). */
export const MAX_QUEUED = 8;

/** What the observer saw of one registry response (all bounded by the observer, checked by the relay). */
export interface Observation {
  /** Absolute request URL. */
  url: string;
  /** HTTP status; 0 when the request failed without a response. */
  status: number;
  contentType: string | null;
  /** The response text, or null when it was longer than MAX_BODY_CHARS. */
  body: string | null;
  /** The request body when it was text of at most MAX_REQUEST_CHARS, else null. */
  request: string | null;
}
