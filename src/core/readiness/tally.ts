// The per-page accumulator: what a page has loaded from listed hosts that fail or are unreliable in
// mainland China. Plain JSON, bounded (at most MAX_TALLY_HOSTS hosts, counts saturate at
// MAX_COUNT), so the background can keep one per tab in storage.session and read it back with
// parseTally (schema.ts). Hosts that match nothing, or match a `works` entry, are only counted.
import { type HostMatcher, shippedMatcher } from './match.ts';
import { type Category, MAX_COUNT, MAX_TALLY_HOSTS, RESOURCE_TYPES, type ResourceType } from './types.ts';

export { MAX_COUNT, MAX_TALLY_HOSTS } from './types.ts';
export const TALLY_VERSION = 1;

export interface HostTally {
  /** The host, normalised (lower case, no trailing dot). */
  host: string;
  /** The path prefix of the entry's path rule that applied (www.google.com /recaptcha/), or null. */
  rule: string | null;
  /** Requests by resource type. */
  counts: Partial<Record<ResourceType, number>>;
  /** Requests the page waits for before it shows (render-blocking), known or inferred from the type. */
  waits: number;
}

export interface ReadinessTally {
  v: typeof TALLY_VERSION;
  /** Requests seen, to any host. */
  requests: number;
  /** Requests to listed failing hosts not kept because MAX_TALLY_HOSTS hosts were already kept. */
  dropped: number;
  hosts: HostTally[];
}

/** One request, as webRequest reports it or as the static HTML says it. */
export interface ObservedRequest {
  host: string;
  /** webRequest's `type` (main_frame, script, stylesheet …), or `hint` for preconnect/dns-prefetch. */
  type: string;
  /** URL path, for hosts whose entry is split by path. */
  path?: string | null;
  /**
   * Whether the page waits for it: true for a parser-blocking script or a stylesheet in static HTML,
   * false for async/defer/module scripts and print stylesheets; null or absent when not known
   * (webRequest), and then the resource type decides.
   */
  blocking?: boolean | null;
}

const KNOWN: ReadonlySet<string> = new Set(RESOURCE_TYPES);
const ALIASES: ReadonlyMap<string, ResourceType> = new Map([
  ['imageset', 'image'],
  ['beacon', 'ping'],
  ['fetch', 'xmlhttprequest'],
  ['speculative', 'hint'],
]);

/** A resource type name from webRequest (Chromium or Firefox) or elsewhere, in our vocabulary. */
export function resourceType(name: string): ResourceType {
  if (KNOWN.has(name)) return name as ResourceType;
  return ALIASES.get(name) ?? 'other';
}

/** Categories whose scripts are the page's own code (a library, a loader), not a widget or a tag. */
const PAGE_SCRIPT_CATEGORIES: ReadonlySet<Category> = new Set([
  'fonts',
  'avatars',
  'cdn',
  'storage',
  'other',
]);

/** Whether the page waits for a request whose blocking is not known, by its type and category. */
export function waitsFor(type: ResourceType, category: Category): boolean {
  if (type === 'stylesheet' || type === 'font') return true;
  return type === 'script' && PAGE_SCRIPT_CATEGORIES.has(category);
}

export function emptyTally(): ReadinessTally {
  return { v: TALLY_VERSION, requests: 0, dropped: 0, hosts: [] };
}

const bump = (n: number | undefined): number => Math.min(MAX_COUNT, (n ?? 0) + 1);

/**
 * Counts one request into `tally` (in place). The main document itself is not kept: the page's own
 * host is judged from the page URL. Returns true when the request went to a listed failing host
 * (so the caller knows the report may have changed), false otherwise.
 */
export function addRequest(
  tally: ReadinessTally,
  request: ObservedRequest,
  matcher: HostMatcher = shippedMatcher(),
): boolean {
  tally.requests = bump(tally.requests);
  const type = resourceType(request.type);
  if (type === 'main_frame') return false;
  const match = matcher.match(request.host, request.path ?? null);
  if (!match || match.status === 'works') return false;
  let kept = tally.hosts.find((h) => h.host === match.host && h.rule === match.rule);
  if (!kept) {
    if (tally.hosts.length >= MAX_TALLY_HOSTS) {
      tally.dropped = bump(tally.dropped);
      return true;
    }
    kept = { host: match.host, rule: match.rule, counts: {}, waits: 0 };
    tally.hosts.push(kept);
  }
  kept.counts[type] = bump(kept.counts[type]);
  const waits = type === 'hint' ? false : (request.blocking ?? waitsFor(type, match.category));
  if (waits) kept.waits = bump(kept.waits);
  return true;
}
