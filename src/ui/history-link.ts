// Links into the history page filtered to one filing subject or one operator (from the popup's
// "same filer" lines and the batch page), and how the history page reads them back.
export interface FilerFilter {
  subject?: string;
  operator?: string;
}

/** The history page's URL relative to another extension page, filtered to `filter`. */
export function historyHref(filter: FilerFilter): string {
  const params = new URLSearchParams();
  if (filter.subject) params.set('subject', filter.subject);
  if (filter.operator) params.set('operator', filter.operator);
  const search = params.toString();
  return `../history/index.html${search ? `?${search}` : ''}`;
}

/** The filter a history page URL's search part names; bounded like the query schema. */
export function filterFromSearch(search: string): FilerFilter {
  const params = new URLSearchParams(search);
  const read = (name: string) => params.get(name)?.trim().slice(0, 200) || undefined;
  const subject = read('subject');
  const operator = read('operator');
  return { ...(subject ? { subject } : {}), ...(operator ? { operator } : {}) };
}
