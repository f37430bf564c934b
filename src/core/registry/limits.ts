// Bounds on what the registry pages may hand the extension. The observer stops reading a response
// past MAX_BODY_CHARS; the schemas reject longer strings and longer lists, so nothing a page sends
// can grow storage or messages without end.

/** Characters of one response body read at most (an answer of 100 sites is about 60,000). */
export const MAX_BODY_CHARS = 1_000_000;
/** Records kept from one answer; further list items are dropped and the answer says so. */
export const MAX_RECORDS = 200;
/** Characters of one text field of a record (unit names, domains, licence numbers, dates). */
export const MAX_FIELD_CHARS = 300;
/** Characters of the query the page asked for (a domain, a name or a number). */
export const MAX_QUERY_CHARS = 200;
/** Characters of the registry's own error message kept in a failed answer. */
export const MAX_MESSAGE_CHARS = 300;
/** Linked (secondary) domains kept from one police record. */
export const MAX_LINKED_DOMAINS = 100;
