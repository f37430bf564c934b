// Host → list entry. The longest matching suffix wins, so an entry for fonts.googleapis.com is an
// exception to the one for googleapis.com whatever their order. A lookup costs one map lookup per
// label of the host (at most 127), never a scan of the list. Hosts are untrusted: anything that is
// not a plausible DNS name (IP literals, ports, paths, empty labels, over-long names) matches nothing.
import { parseIp } from '../hosting/ip-parse.ts';
import { HOST_LIST } from './hosts.ts';
import type { Category, HostEntry, Status } from './types.ts';

/** Longer inputs are refused before any work is done on them. */
const MAX_INPUT = 1024;
const MAX_NAME = 253;
const MAX_LABEL = 63;
/** A label: ASCII letters, digits, hyphen, underscore, or any non-ASCII letter, mark or digit. */
const LABEL = /^[a-z0-9_\p{L}\p{M}\p{N}-]+$/u;
/** A last label the URL standard reads as an IPv4 number (127.1, 0x7f.1): not a name. */
const NUMERIC = /^(0x[0-9a-f]*|[0-9]+)$/;
/** Dots that IDNA maps to "." (ideographic and half-width full stops; NFKC covers the full-width one). */
const DOTS = /[\u3002\uff61]/g;

/**
 * A host name as the list is keyed: NFKC (full-width letters become ASCII), lower case, IDNA dots
 * mapped, one trailing dot dropped. Punycode labels (xn--…) stay as they are; Unicode labels are kept
 * as Unicode (the list has none, so only their ASCII suffix can match). null for anything that is not
 * a host name, including IP addresses.
 */
export function normaliseHost(input: string): string | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_INPUT) return null;
  let host = input.normalize('NFKC').replace(DOTS, '.').toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > MAX_NAME || host.startsWith('[') || host.includes(':')) return null;
  if (parseIp(host)) return null;
  const labels = host.split('.');
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL || !LABEL.test(label)) return null;
  }
  if (NUMERIC.test(labels[labels.length - 1] as string)) return null;
  return host;
}

export interface HostMatch {
  /** The host, normalised. */
  host: string;
  entry: HostEntry;
  /** The path rule that applied, or null. */
  rule: string | null;
  /** The entry's category and name, or the path rule's. */
  category: Category;
  name: string;
  status: Status;
}

export interface HostMatcher {
  /** The entry for `host` (and, for hosts split by path, `path`); null when none matches. */
  match(host: string, path?: string | null): HostMatch | null;
}

export function createMatcher(entries: readonly HostEntry[]): HostMatcher {
  const bySuffix = new Map<string, HostEntry>();
  for (const entry of entries) bySuffix.set(entry.suffix, entry);
  return {
    match(rawHost, path = null) {
      const host = normaliseHost(rawHost);
      if (host === null) return null;
      for (let at = 0; ; ) {
        const entry = bySuffix.get(at === 0 ? host : host.slice(at));
        if (entry) return withPath(host, entry, path);
        const dot = host.indexOf('.', at);
        if (dot === -1) return null;
        at = dot + 1;
      }
    },
  };
}

function withPath(host: string, entry: HostEntry, path: string | null): HostMatch {
  const rule = path ? entry.paths?.find((p) => path.startsWith(p.prefix)) : undefined;
  return {
    host,
    entry,
    rule: rule?.prefix ?? null,
    category: rule?.category ?? entry.category,
    name: rule?.name ?? entry.name,
    status: entry.status,
  };
}

let shipped: HostMatcher | null = null;

/** The matcher over the shipped list, built on first use. */
export function shippedMatcher(): HostMatcher {
  shipped ??= createMatcher(HOST_LIST.entries);
  return shipped;
}

/** `shippedMatcher().match(host, path)`. */
export function matchHost(host: string, path?: string | null): HostMatch | null {
  return shippedMatcher().match(host, path);
}
