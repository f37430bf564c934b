// The batch page's list: one domain or URL per line, pasted or from a text file. A bare host name
// (example.cn) means its home page over https; anything that is not an http(s) URL is kept as an
// invalid line so the user sees it rather than losing it. Duplicates are dropped.

/** A host name with an optional port and path, as people paste them. */
export const BARE_HOST =
  /^(?=.{1,253}$)(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]{0,62}(?::\d{1,5})?(?:\/\S*)?$/i;

/** At most this many lines are checked in one run. */
export const MAX_BATCH_URLS = 1000;

export type ListLine = { input: string; url: string } | { input: string; url: null };

/** One line as a URL, or url null when it is not one; null for empty lines and # comments. */
export function parseLine(line: string): ListLine | null {
  const input = line.trim();
  if (!input || input.startsWith('#')) return null;
  let candidate = input;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && BARE_HOST.test(input)) candidate = `https://${input}`;
  try {
    const url = new URL(candidate);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname)
      return { input, url: url.href };
  } catch {
    // falls through to "invalid"
  }
  return { input, url: null };
}

export function parseUrlList(text: string, max = MAX_BATCH_URLS): { lines: ListLine[]; dropped: number } {
  const seen = new Set<string>();
  const lines: ListLine[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = parseLine(raw);
    if (!line) continue;
    const key = line.url ?? line.input;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(line);
  }
  return { lines: lines.slice(0, max), dropped: Math.max(0, lines.length - max) };
}
